package org.peerchallengehub.knowledge.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.knowledge.UnreadableReport;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;

/**
 * Reads a saved web page (HTML) into blocks with jsoup: headings {@code h1}–{@code h6} as headings,
 * {@code p} (split at {@code br}) and text-only {@code div}s as paragraphs, {@code li} as list items
 * nested by their lists (numbered in an {@code ol}), table rows as paragraphs. Scripts, styles, images,
 * forms and page chrome ({@code nav}, {@code header}, {@code footer}, {@code aside}) are dropped; where
 * the page has a {@code main} or {@code article}, only it is read. A report split over several pages
 * comes as a ZIP of HTML files, read in the order of their names (numbers in names compared as numbers).
 */
final class HtmlReportReader {

    private HtmlReportReader() {}

    /** The most pages one ZIP may hold as one report. */
    static final int MAX_PAGES = 200;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String DROPPED =
            "script, style, noscript, template, img, svg, picture, video, audio, iframe, object, embed, canvas,"
                    + " form, button, input, select, textarea, nav, header, footer, aside, [hidden], [aria-hidden=true]";

    static boolean looksLikeHtml(byte[] content) {
        int n = Math.min(content.length, 2048);
        String start = new String(content, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String s = start.stripLeading().replace("\uFEFF", "");
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3).stripLeading();
        }
        return s.startsWith("<!doctype html")
                || s.startsWith("<html")
                || (s.startsWith("<") && (start.contains("<body") || start.contains("<h1") || start.contains("<p>")));
    }

    static List<Block> read(byte[] content) {
        Document page = Jsoup.parse(new String(content, charset(content)));
        List<Block> blocks = new ArrayList<>();
        new Walker(blocks).page(page);
        return blocks;
    }

    /** A ZIP whose entries are all web pages (and perhaps folders, images or styles), or null for any other ZIP. */
    static @Nullable List<Block> readPages(byte[] zip) {
        List<Page> pages = new ArrayList<>();
        boolean other = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                entries++;
                String name = e.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || lower.startsWith("__macosx/")) {
                    continue;
                }
                if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
                    if (pages.size() >= MAX_PAGES) {
                        throw UnreadableReport.because(
                                Reason.UNSUPPORTED_FORMAT,
                                "The ZIP holds more than " + MAX_PAGES + " web pages; one report is read from at most "
                                        + MAX_PAGES + " pages.");
                    }
                    pages.add(new Page(name, in.readAllBytes()));
                } else if (!(lower.endsWith(".css")
                        || lower.endsWith(".js")
                        || lower.endsWith(".png")
                        || lower.endsWith(".jpg")
                        || lower.endsWith(".jpeg")
                        || lower.endsWith(".gif")
                        || lower.endsWith(".svg")
                        || lower.endsWith(".webp")
                        || lower.endsWith(".ico"))) {
                    other = true;
                }
                if (entries > 10_000) {
                    break;
                }
            }
        } catch (IOException ex) {
            return null;
        }
        if (pages.isEmpty() || other) {
            return null;
        }
        pages.sort(Comparator.comparing(p -> naturalKey(p.name())));
        List<Block> blocks = new ArrayList<>();
        for (Page p : pages) {
            blocks.addAll(read(p.content()));
        }
        return blocks;
    }

    record Page(String name, byte[] content) {}

    /** "page-2.html" before "page-10.html": numbers padded for comparing. */
    static String naturalKey(String name) {
        Matcher m = DIGITS.matcher(name.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(out, "0".repeat(Math.max(0, 12 - digits.length())) + digits);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static java.nio.charset.Charset charset(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("charset=[\"']?([a-z0-9_-]+)").matcher(start);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (RuntimeException e) {
                // unknown name: fall through to UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static final class Walker {
        private final List<Block> blocks;

        Walker(List<Block> blocks) {
            this.blocks = blocks;
        }

        void page(Document page) {
            page.select(DROPPED).remove();
            Element body = page.body();
            Elements main = body.select("main, article, [role=main]");
            Element root = main.isEmpty() ? body : main.first();
            element(root, -1);
        }

        private void element(Element e, int listDepth) {
            String tag = e.normalName();
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    String text = Inline.spaces(e.text()).strip();
                    if (!text.isEmpty()) {
                        blocks.add(Block.heading(tag.charAt(1) - '0', text, null));
                    }
                    return;
                }
                case "ul", "ol" -> {
                    int number = 1;
                    for (Element child : e.children()) {
                        if (child.normalName().equals("li")) {
                            item(child, listDepth + 1, tag.equals("ol") ? number++ + "." : null);
                        } else {
                            element(child, listDepth);
                        }
                    }
                    return;
                }
                case "li" -> {
                    item(e, listDepth + 1, null);
                    return;
                }
                case "tr" -> {
                    List<String> cells = new ArrayList<>();
                    for (Element cell : e.children()) {
                        String t = Inline.spaces(cell.text()).strip();
                        if (!t.isEmpty()) {
                            cells.add(t);
                        }
                    }
                    if (!cells.isEmpty()) {
                        blocks.add(Block.paragraph(String.join(" – ", cells), null));
                    }
                    return;
                }
                case "p", "dt", "dd", "blockquote", "figcaption", "caption" -> {
                    paragraphs(e);
                    return;
                }
                default -> {}
            }
            // A container: its block children in order, and runs of loose text as paragraphs.
            StringBuilder loose = new StringBuilder();
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    loose.append(t.text());
                } else if (n instanceof Element child) {
                    if (isInline(child)) {
                        if (child.normalName().equals("br")) {
                            flush(loose);
                        } else {
                            loose.append(child.text());
                        }
                    } else {
                        flush(loose);
                        element(child, listDepth);
                    }
                }
            }
            flush(loose);
        }

        private void item(Element li, int depth, @Nullable String label) {
            StringBuilder own = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node n : li.childNodes()) {
                if (n instanceof TextNode t) {
                    own.append(t.text());
                } else if (n instanceof Element child) {
                    if (child.normalName().equals("ul") || child.normalName().equals("ol")) {
                        nested.add(child);
                    } else {
                        own.append(' ').append(child.text());
                    }
                }
            }
            String text = Inline.spaces(own.toString()).strip();
            if (!text.isEmpty()) {
                blocks.add(Block.item(Math.max(0, depth), label, text, boldLead(li, text)));
            }
            for (Element list : nested) {
                element(list, depth);
            }
        }

        /** A paragraph, split where a line break stands in it (web lists written as lines). */
        private void paragraphs(Element p) {
            List<StringBuilder> lines = new ArrayList<>();
            lines.add(new StringBuilder());
            for (Node n : p.childNodes()) {
                if (n instanceof Element child && child.normalName().equals("br")) {
                    lines.add(new StringBuilder());
                } else if (n instanceof TextNode t) {
                    lines.getLast().append(t.text());
                } else if (n instanceof Element child) {
                    lines.getLast().append(child.text());
                }
            }
            boolean whole = lines.size() == 1;
            for (StringBuilder line : lines) {
                String text = Inline.spaces(line.toString()).strip();
                if (!text.isEmpty()) {
                    blocks.add(Block.paragraph(text, whole ? boldLead(p, text) : null));
                }
            }
        }

        private void flush(StringBuilder loose) {
            String text = Inline.spaces(loose.toString()).strip();
            if (!text.isEmpty()) {
                blocks.add(Block.paragraph(text, null));
            }
            loose.setLength(0);
        }

        private static boolean isInline(Element e) {
            return switch (e.normalName()) {
                case "a",
                        "abbr",
                        "b",
                        "strong",
                        "i",
                        "em",
                        "span",
                        "u",
                        "small",
                        "sup",
                        "sub",
                        "code",
                        "mark",
                        "time",
                        "cite",
                        "q",
                        "s",
                        "br",
                        "font",
                        "label" -> true;
                default -> false;
            };
        }

        /** The bold words the element starts with ("<strong>Headline.</strong> Explanation"), or null. */
        private static @Nullable String boldLead(Element e, String text) {
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t && t.isBlank()) {
                    continue;
                }
                if (n instanceof Element child
                        && (child.normalName().equals("strong")
                                || child.normalName().equals("b"))) {
                    String bold = Inline.spaces(child.text()).strip();
                    return bold.isEmpty() || !text.startsWith(bold) ? null : bold;
                }
                return null;
            }
            return null;
        }
    }
}

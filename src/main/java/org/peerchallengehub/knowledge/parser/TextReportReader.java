package org.peerchallengehub.knowledge.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain text and Markdown into blocks. Paragraphs are separated by blank lines; lines that
 * start with a bullet ("-", "*", "•", "o" when indented …) or a number ("1.", "1)", "a)") are list
 * items, nested by their indentation; "#" lines and setext underlines are headings. Markdown
 * emphasis is removed, remembering a bold start ("**Headline.** Explanation").
 */
final class TextReportReader {

    private TextReportReader() {}

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern BULLET = Pattern.compile(
            "^([ \\t]*)([-*+\\u2022\\u25E6\\u25AA\\u2023\\u25CF\\u25CB\\u25A0\\u25A1\\u2013\\u00B7\\u2043\\u2219\\uF0B7\\uF0A7]|o(?=\\s))[ \\t]+(\\S.*)$");
    /** A number written after a bullet ("- 1) **Headline.** …"): the item is an ordered one. */
    private static final Pattern NUMBER_AFTER_BULLET = Pattern.compile("^(\\(?\\d{1,3}[.)])[ \\t]+(\\S.*)$");

    private static final Pattern ORDERED =
            Pattern.compile("^([ \\t]*)(\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])[ \\t]+(\\S.*)$");

    static List<Block> read(String text) {
        return new Builder().run(text);
    }

    private static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Integer> indents = new ArrayDeque<>();
        private final List<String> lines = new ArrayList<>();
        private Block.@Nullable Kind open;
        private int depth;
        private @Nullable String label;
        private int itemIndent;
        private boolean blankBefore = true;
        /**
         * Web text copied from a page: one paragraph a line and blank lines rare. Each line is then a
         * block of its own, and a line without a bullet after an item starts a paragraph instead of
         * running on from the item (unless it is indented under it).
         */
        private boolean lineMode;

        List<Block> run(String text) {
            String[] all = text.split("\\R", -1);
            int blank = 0;
            int nonBlank = 0;
            for (String l : all) {
                if (l.isBlank()) {
                    blank++;
                } else {
                    nonBlank++;
                }
            }
            lineMode = nonBlank >= 6 && blank * 3 < nonBlank;
            for (String raw : all) {
                String line = raw.replace('\t', ' ').replace('\f', ' ');
                line(raw, line);
            }
            flush();
            return blocks;
        }

        private void line(String raw, String line) {
            if (line.isBlank()) {
                if (open == Block.Kind.PARAGRAPH) {
                    flush();
                }
                blankBefore = true;
                return;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                flush();
                indents.clear();
                String content = atx.group(2);
                blocks.add(Block.heading(atx.group(1).length(), Inline.markdown(content), boldLead(content)));
                blankBefore = false;
                return;
            }
            if (open == Block.Kind.PARAGRAPH
                    && !lines.isEmpty()
                    && SETEXT.matcher(line).matches()) {
                String content = String.join(" ", lines);
                lines.clear();
                open = null;
                blocks.add(Block.heading(
                        line.strip().startsWith("=") ? 1 : 2, Inline.markdown(content), boldLead(content)));
                blankBefore = false;
                return;
            }
            if (THEMATIC_BREAK.matcher(line).matches()) {
                flush();
                blankBefore = true;
                return;
            }
            int indent = indentOf(raw);
            Matcher bullet = BULLET.matcher(line);
            Matcher ordered = ORDERED.matcher(line);
            boolean isBullet = bullet.matches()
                    && (!bullet.group(2).equals("o") || indent > 0)
                    && !(bullet.group(2).equals("\u2013") && open == Block.Kind.PARAGRAPH && !blankBefore);
            boolean isOrdered = !isBullet
                    && ordered.matches()
                    && (open != Block.Kind.PARAGRAPH || blankBefore || startsList(ordered.group(2)));
            if (isBullet || isOrdered) {
                flush();
                Matcher m = isBullet ? bullet : ordered;
                if (blocks.isEmpty() || !blocks.getLast().isItem()) {
                    indents.clear();
                }
                while (!indents.isEmpty() && indents.peek() > indent) {
                    indents.pop();
                }
                if (indents.isEmpty() || indents.peek() < indent) {
                    indents.push(indent);
                }
                open = Block.Kind.ITEM;
                depth = indents.size() - 1;
                label = isBullet ? null : m.group(2);
                String content = m.group(3);
                Matcher numbered = NUMBER_AFTER_BULLET.matcher(content);
                if (isBullet && numbered.matches()) {
                    label = numbered.group(1);
                    content = numbered.group(2);
                }
                itemIndent = indent;
                lines.add(content);
                blankBefore = false;
                return;
            }
            if (open == Block.Kind.ITEM && (!blankBefore && !lineMode || indent > itemIndent)) {
                lines.add(line.strip());
                blankBefore = false;
                return;
            }
            if (open == Block.Kind.ITEM || open == Block.Kind.PARAGRAPH && lineMode) {
                flush();
            }
            if (open == null) {
                open = Block.Kind.PARAGRAPH;
                indents.clear();
            }
            lines.add(line.strip());
            blankBefore = false;
        }

        private static boolean startsList(String marker) {
            String m = marker.replace("(", "");
            return m.startsWith("1") && m.length() == 2 || m.equalsIgnoreCase("a.") || m.equalsIgnoreCase("a)");
        }

        private void flush() {
            if (open != null && !lines.isEmpty()) {
                String content = String.join(" ", lines);
                String text = Inline.markdown(content);
                if (!text.isEmpty()) {
                    blocks.add(
                            open == Block.Kind.ITEM
                                    ? Block.item(depth, label, text, boldLead(content))
                                    : Block.paragraph(text, boldLead(content)));
                }
            }
            lines.clear();
            open = null;
        }

        private static @Nullable String boldLead(String content) {
            return Inline.markdownBoldLead(content);
        }

        private static int indentOf(String raw) {
            int n = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ' ') {
                    n++;
                } else if (c == '\t') {
                    n += 4;
                } else {
                    break;
                }
            }
            return n;
        }
    }
}

package org.peerchallengehub.knowledge.parser;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.knowledge.UnreadableReport;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;

/**
 * Reads a PDF's text layer with Apache PDFBox into blocks: lines in reading order (the order the page
 * draws them: columns one after another, a jump back up the page starting a new block), page headers and footers that repeat on most pages dropped, lines joined into
 * paragraphs and list items by their spacing and indentation (across page breaks too), hyphens at
 * line ends joined, and larger type taken as headings.
 */
final class PdfReportReader {

    private PdfReportReader() {}

    private static final Pattern MARKER = Pattern.compile(
            "^([\\u2022\\u25E6\\u25AA\\u2023\\u25CF\\u25CB\\u25A0\\u25A1\\u00B7\\u2043\\u2219\\uF0B7\\uF0A7\\u2013*o-]"
                    + "|\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\\s+(\\S.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** One line of text on a page. */
    /** One line of text on a page, its text joined once. */
    record Line(int page, float x, float y, float size, float pageHeight, List<Segment> segments, String text) {
        static Line of(int page, float x, float y, float size, float pageHeight, List<Segment> segments) {
            StringBuilder out = new StringBuilder();
            for (Segment s : segments) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(s.text());
            }
            return new Line(page, x, y, size, pageHeight, segments, Inline.spaces(out.toString()));
        }

        boolean bold() {
            for (Segment s : segments) {
                if (!s.bold()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A word (or run of words) with its boldness. */
    record Segment(String text, boolean bold, float x) {}

    static List<Block> read(byte[] content) {
        List<Line> lines;
        try (PDDocument document = Loader.loadPDF(content)) {
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(false);
            collector.getText(document);
            lines = collector.lines;
        } catch (InvalidPasswordException e) {
            throw UnreadableReport.because(
                    Reason.ENCRYPTED, "The PDF is protected by a password; save an unprotected copy and try again.", e);
        } catch (IOException | RuntimeException e) {
            throw UnreadableReport.because(Reason.CORRUPT, "The PDF is damaged and cannot be read.", e);
        }
        int letters = 0;
        for (Line line : lines) {
            for (char c : line.text().toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (letters < 20) {
            throw UnreadableReport.because(
                    Reason.NO_TEXT,
                    "The PDF has no text layer (a scanned image?); only PDFs with selectable text can be read.");
        }
        return new Assembly(withoutRunningHeaders(lines)).run();
    }

    /** Drops lines near the top or bottom of the page that repeat on most pages, and page numbers. */
    static List<Line> withoutRunningHeaders(List<Line> lines) {
        Map<Integer, List<Line>> byPage = new HashMap<>();
        for (Line line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        int pages = byPage.size();
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (Line line : lines) {
            if (inMargin(line)) {
                pagesByKey.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
            }
        }
        int needed = Math.max(2, (int) Math.ceil(pages * 0.5));
        List<Line> kept = new ArrayList<>(lines.size());
        for (Line line : lines) {
            boolean margin = inMargin(line);
            if (margin && PAGE_NUMBER.matcher(line.text()).matches()) {
                continue;
            }
            if (margin && pages >= 3 && pagesByKey.get(key(line)).size() >= needed) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean inMargin(Line line) {
        float h = line.pageHeight() <= 0 ? 842 : line.pageHeight();
        return line.y() < h * 0.10 || line.y() > h * 0.90;
    }

    private static String key(Line line) {
        return DIGITS.matcher(line.text()).replaceAll("#").toLowerCase(Locale.ROOT);
    }

    /** Collects the stripper's output as lines with position, size and boldness. */
    private static final class LineCollector extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private float x = Float.NaN;
        private float y;
        private float size;
        private float pageHeight;
        /** Whether each font is bold, worked out once a font rather than once a character. */
        private final Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

        LineCollector() {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.getFirst();
            if (Float.isNaN(x)) {
                x = first.getXDirAdj();
                y = first.getYDirAdj();
                size = first.getFontSizeInPt();
                pageHeight = first.getPageHeight();
            }
            boolean bold = true;
            for (TextPosition p : positions) {
                if (!Character.isWhitespace(
                                p.getUnicode() == null ? ' ' : p.getUnicode().charAt(0))
                        && !bold(p.getFont())) {
                    bold = false;
                    break;
                }
            }
            segments.add(new Segment(text, bold, first.getXDirAdj()));
        }

        @Override
        protected void writeWordSeparator() {}

        @Override
        protected void writeLineSeparator() {
            if (!segments.isEmpty()) {
                Line line = Line.of(getCurrentPageNo(), x, y, size, pageHeight, List.copyOf(segments));
                if (!line.text().isEmpty()) {
                    lines.add(line);
                }
            }
            segments.clear();
            x = Float.NaN;
        }

        @Override
        protected void writePageEnd() throws IOException {
            writeLineSeparator();
            super.writePageEnd();
        }

        private boolean bold(@Nullable PDFont font) {
            return font != null && boldFonts.computeIfAbsent(font, LineCollector::isBold);
        }

        private static boolean isBold(@Nullable PDFont font) {
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold")
                    || name.contains("black")
                    || name.contains("heavy")
                    || name.contains("semibold")) {
                return true;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        }
    }

    /** Turns lines into blocks. */
    private static final class Assembly {
        private final List<Line> lines;
        private final List<Block> blocks = new ArrayList<>();
        private final Set<String> vocabulary = new HashSet<>();
        private final float bodySize;
        private final float bodyX;
        private final float lineGap;
        private final TreeSet<Float> headingSizes = new TreeSet<>();
        private final Deque<Float> markerXs = new ArrayDeque<>();

        private @Nullable Line last;
        private Block.@Nullable Kind kind;
        private final StringBuilder text = new StringBuilder();
        private @Nullable String label;
        private int depth;
        private float size;
        private boolean allBold;
        private @Nullable String boldLead;
        private float continuationX;

        Assembly(List<Line> lines) {
            this.lines = lines;
            Map<Float, Integer> sizes = new HashMap<>();
            Map<Float, Integer> xs = new HashMap<>();
            Map<Float, Integer> gaps = new HashMap<>();
            Line previous = null;
            for (Line line : lines) {
                String t = line.text();
                float s = Math.round(line.size() * 2) / 2f;
                sizes.merge(s, t.length(), Integer::sum);
                if (!MARKER.matcher(t).matches()) {
                    xs.merge((float) Math.round(line.x()), t.length(), Integer::sum);
                }
                if (previous != null
                        && previous.page() == line.page()
                        && Math.abs(previous.size() - line.size()) < 0.5) {
                    float gap = Math.round(line.y() - previous.y());
                    if (gap > 0) {
                        gaps.merge(gap, 1, Integer::sum);
                    }
                }
                addWords(t.toLowerCase(Locale.ROOT), vocabulary);
                previous = line;
            }
            this.bodySize = mode(sizes, 12f);
            this.bodyX = mode(xs, 72f);
            this.lineGap = mode(gaps, bodySize * 1.2f);
            for (Float s : sizes.keySet()) {
                if (s > bodySize + 0.9f) {
                    headingSizes.add(s);
                }
            }
        }

        /** Adds the text's words — runs of letters and hyphens — to the set, scanning it once. */
        static void addWords(String text, Set<String> words) {
            int start = -1;
            int i = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                boolean part = Character.isLetter(c) || c == '-';
                if (part && start < 0) {
                    start = i;
                } else if (!part && start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
                i += Character.charCount(c);
            }
            if (start >= 0) {
                words.add(text.substring(start));
            }
        }

        private static float mode(Map<Float, Integer> counts, float fallback) {
            return counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(fallback);
        }

        List<Block> run() {
            for (Line line : lines) {
                line(line);
            }
            flush();
            return blocks;
        }

        private void line(Line line) {
            String t = line.text();
            Matcher marker = MARKER.matcher(t);
            Line previous = last;
            last = line;
            boolean newPage = previous == null || previous.page() != line.page();
            float gap = newPage ? Float.MAX_VALUE : line.y() - previous.y();
            float expected = lineGap * Math.max(line.size(), bodySize) / bodySize;
            boolean paragraphGap = !newPage && (gap > expected * 1.35f || gap < -2);
            boolean sizeChange = kind != null && Math.abs(line.size() - size) > 0.9f;
            boolean indented = line.x() > bodyX + 2;
            boolean listStart = marker.matches()
                    && line.size() < bodySize + 0.9f
                    && (indented || paragraphGap || newPage && kind != null && endsSentence())
                    && !(kind == Block.Kind.ITEM && !paragraphGap && Math.abs(line.x() - continuationX) < 2);
            if (listStart) {
                flush();
                startItem(line, marker);
                return;
            }
            boolean continues = kind != null
                    && !sizeChange
                    && (!newPage && !paragraphGap
                            || newPage && !endsSentence() && Math.abs(line.x() - continuationX) < 3)
                    && !(kind == Block.Kind.ITEM && line.x() < continuationX - 3);
            if (continues) {
                append(line);
                return;
            }
            flush();
            kind = Block.Kind.PARAGRAPH;
            label = null;
            size = line.size();
            continuationX = line.x();
            allBold = line.bold();
            boldLead = leadingBold(line.segments());
            text.append(t);
            markerXs.clear();
        }

        private boolean endsSentence() {
            int end = text.length() - 1;
            while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
                end--;
            }
            if (end < 0) {
                return true;
            }
            char c = text.charAt(end);
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
        }

        private void startItem(Line line, Matcher marker) {
            kind = Block.Kind.ITEM;
            String mark = marker.group(1);
            label = Character.isLetterOrDigit(mark.charAt(0)) && mark.length() > 1 || mark.startsWith("(")
                    ? mark
                    : null;
            float x = line.x();
            while (!markerXs.isEmpty() && markerXs.peek() > x + 3) {
                markerXs.pop();
            }
            if (markerXs.isEmpty() || markerXs.peek() < x - 3) {
                markerXs.push(x);
            }
            depth = markerXs.size() - 1;
            size = line.size();
            List<Segment> segments = new ArrayList<>(line.segments());
            // The marker is its own segment, or the start of the first one.
            String firstText = segments.getFirst().text().strip();
            if (firstText.equals(mark)) {
                segments.removeFirst();
            } else if (firstText.startsWith(mark)) {
                Segment first = segments.removeFirst();
                segments.addFirst(new Segment(
                        first.text().strip().substring(mark.length()).strip(), first.bold(), first.x()));
            }
            allBold = !segments.isEmpty() && segments.stream().allMatch(Segment::bold);
            boldLead = leadingBold(segments);
            text.append(marker.group(2));
            // Continuation lines of an item start where its text starts, past the marker.
            continuationX = segments.isEmpty() || segments.getFirst().x() <= line.x() + 1
                    ? line.x() + 2f * line.size()
                    : segments.getFirst().x();
        }

        private void append(Line line) {
            String next = line.text();
            allBold = allBold && line.bold();
            joinHyphenated(next);
        }

        private void joinHyphenated(String next) {
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == '\u00AD') {
                text.setLength(end - 1);
                text.append(next);
                return;
            }
            if (end > 1
                    && text.charAt(end - 1) == '-'
                    && Character.isLetter(text.charAt(end - 2))
                    && !next.isEmpty()
                    && Character.isLowerCase(next.charAt(0))) {
                int start = end - 2;
                while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                String head = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
                int tailEnd = 0;
                while (tailEnd < next.length() && Character.isLetter(next.charAt(tailEnd))) {
                    tailEnd++;
                }
                String tail = next.substring(0, tailEnd).toLowerCase(Locale.ROOT);
                boolean keepHyphen = !vocabulary.contains(head + tail)
                        && (vocabulary.contains(head + "-" + tail) || vocabulary.contains(tail));
                if (!keepHyphen) {
                    text.setLength(end - 1);
                }
                text.append(next);
                return;
            }
            text.append(' ').append(next);
        }

        private static @Nullable String leadingBold(List<Segment> segments) {
            StringBuilder bold = new StringBuilder();
            for (Segment s : segments) {
                if (!s.bold()) {
                    break;
                }
                if (!bold.isEmpty()) {
                    bold.append(' ');
                }
                bold.append(s.text());
            }
            String lead = Inline.spaces(bold.toString());
            return lead.isEmpty() ? null : lead;
        }

        private void flush() {
            if (kind == null) {
                return;
            }
            String content = Inline.spaces(text.toString());
            text.setLength(0);
            if (!content.isEmpty()) {
                String bold = allBold ? content : boldLead;
                if (kind == Block.Kind.ITEM) {
                    blocks.add(Block.item(depth, label, content, bold));
                } else {
                    float s = Math.round(size * 2) / 2f;
                    if (headingSizes.contains(s)) {
                        int level =
                                headingSizes.descendingSet().headSet(s, true).size();
                        blocks.add(Block.heading(level, content, bold));
                    } else {
                        blocks.add(Block.paragraph(content, bold));
                    }
                }
            }
            if (kind != Block.Kind.ITEM) {
                markerXs.clear();
            }
            kind = null;
        }
    }
}

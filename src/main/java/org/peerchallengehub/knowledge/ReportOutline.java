package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's text as its page shows it, with its headings as headings (decision 0058). Word and
 * Markdown reports name their headings, and each paragraph keeps the heading above it; plain text
 * and PDF reports do not, so their headings were stored as paragraphs. For those, a short line
 * without closing punctuation is a heading when it is numbered as a section ("4. Feedback", "4.1
 * Leadership of Place", but not an item of a numbered list) or when it is followed by a sentence or
 * names a usual sub-heading ("Strengths", "Recommendations"). Nothing stored changes.
 */
final class ReportOutline {

    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(?=\\S)");
    private static final Pattern SUBHEADING = Pattern.compile("(?i)^((key |main |areas of |particular )?strengths?"
            + "|((emerging|key|main|particular) )?challenges|areas? for (consideration|improvement|development)"
            + "|((our|key|specific|suggested|detailed) )?(recommendations|suggestions)|notable practice"
            + "|next steps|follow[- ]up visit|the peer team|scope and focus)$");

    /**
     * One line of the page.
     *
     * @param level 0 for a paragraph; else the heading's level on the page (3 to 5)
     */
    record Line(SourceParagraph paragraph, int level) {
        public boolean heading() {
            return level > 0;
        }
    }

    private ReportOutline() {}

    static List<Line> of(List<SourceParagraph> paragraphs) {
        List<Line> lines = new ArrayList<>(paragraphs.size());
        boolean named = paragraphs.stream().anyMatch(p -> p.heading() != null);
        int depth = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            int level = named ? 0 : levelOf(paragraphs, i, depth);
            if (level > 0 && SECTION_NUMBER.matcher(paragraphs.get(i).text()).find()) {
                depth = level;
            }
            lines.add(new Line(paragraphs.get(i), level == 0 ? 0 : Math.min(5, level + 2)));
        }
        return lines;
    }

    /** The heading level (1 for a top section) of paragraph {@code i}, or 0 for a paragraph. */
    private static int levelOf(List<SourceParagraph> paragraphs, int i, int depth) {
        String text = paragraphs.get(i).text().strip();
        if (text.isEmpty() || endsSentence(text) || !Character.isUpperCase(firstLetter(text))) {
            return 0;
        }
        Matcher m = SECTION_NUMBER.matcher(text);
        if (m.find()) {
            String[] parts = m.group(1).split("\\.");
            if (words(text.substring(m.end())) > 12) {
                return 0;
            }
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0]);
                if (numbered(paragraphs, i - 1, n - 1) || numbered(paragraphs, i + 1, n + 1)) {
                    return 0; // an item of a numbered list
                }
            }
            return parts.length;
        }
        if (words(text) > 8) {
            return 0;
        }
        boolean known = SUBHEADING.matcher(text).matches();
        boolean beforeSentence = i + 1 < paragraphs.size()
                && (endsSentence(paragraphs.get(i + 1).text().strip())
                        || paragraphs.get(i + 1).text().strip().endsWith(":"));
        return known || beforeSentence && depth > 0 ? depth + 1 : 0;
    }

    private static boolean numbered(List<SourceParagraph> paragraphs, int i, int n) {
        if (i < 0 || i >= paragraphs.size() || n < 1) {
            return false;
        }
        Matcher m = SECTION_NUMBER.matcher(paragraphs.get(i).text());
        return m.find() && m.group(1).equals(Integer.toString(n));
    }

    private static int firstLetter(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().orElse('a');
    }

    private static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '?' || c == '!' || c == ';' || c == ',' || c == ':';
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}

package org.peerchallengehub.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report read for import: what it says ({@link ParsedReport}), its text by paragraph, and the
 * parser's notes on fields it left empty or was unsure of (decision 0037), shown on the review page.
 */
record ReadReport(ParsedReport report, List<SourceParagraph> paragraphs, List<String> notes) {

    public ReadReport {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }

    public ReadReport(ParsedReport report, List<SourceParagraph> paragraphs) {
        this(report, paragraphs, List.of());
    }

    /** The report's text, paragraphs separated by blank lines, headings on their own line. */
    public String sourceText() {
        StringBuilder text = new StringBuilder();
        String heading = null;
        for (SourceParagraph paragraph : paragraphs) {
            if (paragraph.heading() != null && !paragraph.heading().equals(heading)) {
                heading = paragraph.heading();
                text.append(heading).append("\n\n");
            }
            text.append(paragraph.text()).append("\n\n");
        }
        return text.toString().strip();
    }

    /** Just the paragraphs' text, for tests and logs. */
    String joined() {
        return paragraphs.stream().map(SourceParagraph::text).collect(Collectors.joining("\n"));
    }
}

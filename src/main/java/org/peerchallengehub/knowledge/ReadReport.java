package org.peerchallengehub.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** A report read for import: what it says ({@link ParsedReport}) and its text by paragraph. */
record ReadReport(ParsedReport report, List<SourceParagraph> paragraphs) {

    public ReadReport {
        paragraphs = List.copyOf(paragraphs);
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

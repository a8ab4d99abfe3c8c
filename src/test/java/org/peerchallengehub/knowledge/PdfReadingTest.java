package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.parser.Block;
import org.peerchallengehub.knowledge.parser.ReportReading;

/** The PDF reader on PDFs made here: running headers and footers, hyphenation, page breaks, lists. */
class PdfReadingTest {

    static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A line of text at a position; y counts from the top of the page. */
    record Text(float x, float y, PDType1Font font, float size, String text) {}

    static byte[] pdf(List<List<Text>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<Text> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Text t : lines) {
                        content.beginText();
                        content.setFont(t.font(), t.size());
                        content.newLineAtOffset(t.x(), height - t.y());
                        content.showText(t.text());
                        content.endText();
                    }
                }
            }
            return BadFilesTest.save(document);
        }
    }

    static Text body(float y, String text) {
        return new Text(72, y, BODY, 11, text);
    }

    static List<Text> page(int number, Text... lines) {
        List<Text> all = new java.util.ArrayList<>();
        all.add(new Text(72, 30, BODY, 9, "Example Borough Council – Corporate Peer Challenge – Final report"));
        all.addAll(List.of(lines));
        all.add(new Text(290, 770, BODY, 9, "Page " + number + " of 3"));
        return all;
    }

    @Test
    void running_headers_and_footers_go_hyphenation_is_joined_and_paragraphs_continue_across_pages()
            throws IOException {
        byte[] pdf = pdf(List.of(
                page(
                        1,
                        new Text(72, 80, BOLD, 16, "Peer challenge feedback"),
                        body(120, "The council has worked on the improve-"),
                        body(134, "ment of its services and its decision-"),
                        body(148, "making, and the team saw that improvement and what making"),
                        body(162, "it stick will take. The work carries on")),
                page(
                        2,
                        body(80, "over the page without a break in the sentence."),
                        new Text(84, 110, BODY, 11, "\u2022"),
                        new Text(102, 110, BODY, 11, "A first point that is long enough to wrap on to"),
                        new Text(102, 124, BODY, 11, "a second line"),
                        new Text(84, 140, BODY, 11, "\u2022"),
                        new Text(102, 140, BODY, 11, "A second point")),
                page(3, body(80, "A closing paragraph."))));

        List<Block> blocks = ReportReading.blocks(pdf);

        assertThat(blocks).extracting(Block::text).noneMatch(t -> t.contains("Final report") || t.startsWith("Page "));
        assertThat(blocks.getFirst()).isEqualTo(Block.heading(1, "Peer challenge feedback", "Peer challenge feedback"));
        assertThat(blocks.get(1).text())
                .isEqualTo(
                        "The council has worked on the improvement of its services and its decision-making, and the team"
                                + " saw that improvement and what making it stick will take. The work carries on over the page"
                                + " without a break in the sentence.");
        assertThat(blocks.get(2))
                .isEqualTo(Block.item(0, null, "A first point that is long enough to wrap on to a second line", null));
        assertThat(blocks.get(3)).isEqualTo(Block.item(0, null, "A second point", null));
        assertThat(blocks.get(4)).isEqualTo(Block.paragraph("A closing paragraph.", null));
    }

    @Test
    void two_columns_are_read_in_reading_order_column_by_column() throws IOException {
        byte[] pdf = pdf(List.of(List.of(
                body(100, "The left column starts the story"),
                body(114, "and finishes its first paragraph."),
                new Text(320, 100, BODY, 11, "The right column carries on"),
                new Text(320, 114, BODY, 11, "with a paragraph of its own."))));

        assertThat(ReportReading.blocks(pdf))
                .extracting(Block::text)
                .containsExactly(
                        "The left column starts the story and finishes its first paragraph.",
                        "The right column carries on with a paragraph of its own.");
    }
}

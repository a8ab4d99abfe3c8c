package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peerchallengehub.knowledge.parser.Block;
import org.peerchallengehub.knowledge.parser.ReportReading;

/** Whatever arrives, the parser answers with a report or a clear refusal, never anything else, and in time. */
class ParserRobustnessTest {

    static final ReportParser PARSER = ReportParser.withRegisterFromClasspath();

    static void parsesOrRefuses(byte[] content) {
        try {
            ParsedReport report = PARSER.parse(content);
            assertThat(ParsedReportJson.write(report)).startsWith("{");
        } catch (UnreadableReport refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Test
    void mangled_reports_never_break_the_parser() {
        List<String> sources = new ArrayList<>(List.of(SampleReport.TEXT));
        Fixtures.names().forEach(name -> sources.add(Fixtures.text(name)));
        Random random = new Random(42);
        for (String source : sources) {
            List<String> lines = List.of(source.split("\n", -1));
            for (int round = 0; round < 40; round++) {
                List<String> mangled = new ArrayList<>(lines);
                switch (round % 4) {
                    case 0 -> Collections.shuffle(mangled, random);
                    case 1 ->
                        mangled.subList(random.nextInt(mangled.size()), mangled.size())
                                .clear();
                    case 2 -> mangled.removeIf(l -> random.nextInt(3) == 0);
                    default -> mangled.replaceAll(l -> random.nextBoolean() ? l : "  - " + l);
                }
                byte[] content = String.join("\n", mangled).getBytes(StandardCharsets.UTF_8);
                assertThatCode(() -> parsesOrRefuses(content)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void odd_but_valid_text_is_parsed() {
        for (String text : List.of(
                "x",
                "# Only a heading",
                "- a\n- b\n  - c\n    - d",
                "1.\n2.\n3)",
                "Strengths\n\nRecommendations\n\n- one",
                "Peer Challenge 31 February 2016 – 2 March 2016")) {
            assertThatCode(() -> PARSER.parse(text.getBytes(StandardCharsets.UTF_8)))
                    .as(text)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void markup_with_no_words_is_an_empty_file() {
        for (String text : List.of("**", "* * *\n___\n---", "__\n\n**")) {
            UnreadableReport refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    UnreadableReport.class, () -> PARSER.parse(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(refused).as(text).isNotNull();
            assertThat(refused.reason()).isEqualTo(UnreadableReport.Reason.EMPTY);
        }
    }

    @Test
    @Timeout(120)
    void a_very_long_report_and_pathological_markdown_finish_in_time() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 10 * 1024 * 1024) {
            big.append(SampleReport.TEXT).append("\n**Bold heading**\n\n");
        }
        parsesOrRefuses(big.toString().getBytes(StandardCharsets.UTF_8));

        String stars = "*a _b ".repeat(200_000);
        parsesOrRefuses(stars.getBytes(StandardCharsets.UTF_8));
        String oneLine = "word ".repeat(2_000_000);
        parsesOrRefuses(oneLine.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_word_document_made_here_is_read_by_its_styles_runs_and_tables() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Corporate Peer Challenge");
            XWPFParagraph lead = document.createParagraph();
            XWPFRun bold = lead.createRun();
            bold.setBold(true);
            bold.setText("A bold headline.");
            lead.createRun().setText(" And its explanation.");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("In a table");
            table.getRow(0).getCell(1).setText("Next cell");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }

        List<Block> blocks = ReportReading.blocks(docx);

        assertThat(blocks)
                .containsExactly(
                        Block.heading(1, "Corporate Peer Challenge", "Corporate Peer Challenge"),
                        Block.paragraph("A bold headline. And its explanation.", "A bold headline."),
                        Block.paragraph("In a table", null),
                        Block.paragraph("Next cell", null));
    }
}

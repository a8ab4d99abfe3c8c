package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.peerchallengehub.knowledge.parser.Block;
import org.peerchallengehub.knowledge.parser.ReportReading;

/**
 * Each fixture written afresh as a Word document at test time with Apache POI, unlike the fixture
 * DOCX files: its own numbering definitions (bullets at three levels, numbered lists restarting at
 * their first number, "1)" or "1." as written), heading styles, bold runs and a page header and
 * footer. The parser must still give the expected report.
 */
class DocxLayoutVariationTest {

    static Stream<String> fixtureNames() {
        return Fixtures.present() ? Fixtures.names().stream() : Stream.of("(fixtures absent)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void a_fixture_written_as_another_word_document_gives_the_expected_report(String name) throws IOException {
        Fixtures.assumePresent();
        String text = Fixtures.text(name);
        byte[] docx = write(ReportReading.blocks(text.getBytes(StandardCharsets.UTF_8)));

        ParsedReport report = ReportParser.withRegisterFromClasspath().parse(docx);

        assertThat(JsonComparison.differences(Fixtures.expected(name), Fixtures.json(report), Set.of("councilGss")))
                .as("differences for %s written with POI", name)
                .isEmpty();
    }

    static byte[] write(List<Block> blocks) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Peer challenge report");
            document.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Page");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger bullets = numbering.addNum(abstractNum(numbering, 0, STNumberFormat.BULLET, "\u2022"));
            Map<String, BigInteger> numbered = new HashMap<>();
            numbered.put(".", abstractNum(numbering, 1, STNumberFormat.DECIMAL, "%1."));
            numbered.put(")", abstractNum(numbering, 2, STNumberFormat.DECIMAL, "%1)"));
            BigInteger list = null;
            Block previous = null;
            for (Block b : blocks) {
                XWPFParagraph p = document.createParagraph();
                if (b.isHeading()) {
                    p.setStyle("Heading" + b.level());
                } else if (b.isItem()) {
                    if (b.label() == null) {
                        p.setNumID(bullets);
                    } else {
                        boolean continues = previous != null && previous.isOrderedItem();
                        if (!continues || list == null) {
                            String suffix = b.label().endsWith(")") ? ")" : ".";
                            list = numbering.addNum(numbered.get(suffix));
                            CTNumLvl start = numbering.getNum(list).getCTNum().addNewLvlOverride();
                            start.setIlvl(BigInteger.ZERO);
                            start.addNewStartOverride()
                                    .setVal(BigInteger.valueOf(
                                            Long.parseLong(b.label().replaceAll("\\D", ""))));
                        }
                        p.setNumID(list);
                    }
                    p.setNumILvl(BigInteger.valueOf(b.level()));
                }
                XWPFRun run = p.createRun();
                run.setText(b.text());
                run.setBold(b.isBold());
                previous = b;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static BigInteger abstractNum(XWPFNumbering numbering, int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText()
                    .setVal(format == STNumberFormat.BULLET ? text : text.replace("1", String.valueOf(level + 1)));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}

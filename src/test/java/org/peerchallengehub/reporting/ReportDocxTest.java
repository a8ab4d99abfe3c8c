package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Report outputs: the Word document")
class ReportDocxTest {

    private final ReportDocx docx = new ReportDocx(ReportTemplates.engine());

    @Test
    @DisplayName("headings use Word's heading styles and lists are real Word lists")
    void structure() throws Exception {
        ReportDocument report = ReportDocumentSamples.rutland();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.render(report, null)))) {
            List<XWPFParagraph> ps = word.getParagraphs();
            assertThat(texts(ps, "Title")).containsExactly("Rutland County Council");
            assertThat(texts(ps, "Heading1"))
                    .containsExactly(
                            "1. Executive summary",
                            "2. Key recommendations",
                            "3. Summary of the peer challenge approach",
                            "4. Feedback",
                            "5. Notable practice",
                            "6. Next steps",
                            "7. Signposting");
            assertThat(texts(ps, "Heading2"))
                    .contains(
                            "The peer team",
                            "Scope and focus",
                            "4.1 Local priorities and outcomes",
                            "4.6 Housing growth");
            assertThat(texts(ps, "Heading3")).contains("Strengths", "Areas for consideration", "Recommendations");
            // the styles are Word's own, by name, so a council restyles them in one place
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(word.getStyles().getStyle("ListBullet").getName()).isEqualTo("List Bullet");
            assertThat(word.getStyles().getStyle("ListNumber").getName()).isEqualTo("List Number");

            List<XWPFParagraph> numbered =
                    ps.stream().filter(p -> "ListNumber".equals(p.getStyleID())).toList();
            assertThat(numbered.stream().map(XWPFParagraph::getText).limit(5))
                    .containsExactlyElementsOf(report.keyRecommendations());
            for (XWPFParagraph p : numbered) {
                assertThat(p.getNumID()).isNotNull();
                assertThat(word.getNumbering()
                                .getAbstractNum(word.getNumbering().getAbstractNumID(p.getNumID()))
                                .getCTAbstractNum()
                                .getLvlArray(0)
                                .getNumFmt()
                                .getVal()
                                .toString())
                        .isEqualTo("decimal");
            }
            // the key recommendations and the scope's components are two lists, each starting at 1
            assertThat(numbered.get(0).getNumID()).isNotEqualTo(numbered.get(5).getNumID());
            List<XWPFParagraph> bullets =
                    ps.stream().filter(p -> "ListBullet".equals(p.getStyleID())).toList();
            assertThat(bullets).hasSizeGreaterThan(15).allMatch(p -> p.getNumID() != null);
            assertThat(bullets.stream().map(XWPFParagraph::getText))
                    .contains("Alex Morgan - Chief Executive, Hartwell District Council");

            assertThat(word.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Corporate peer challenge: Rutland County Council");
            assertThat(word.getStyles()
                            .getCtStyles()
                            .getDocDefaults()
                            .getRPrDefault()
                            .getRPr()
                            .getLangArray(0)
                            .getVal())
                    .isEqualTo("en-GB");
            assertThat(ps.stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> r instanceof XWPFHyperlinkRun)
                            .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(word).getURL()))
                    .contains(
                            "https://www.local.gov.uk/our-support/financial-resilience",
                            "mailto:sam.okafor@example.org");
            assertThat(word.getFooterList()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("LibreOffice opens it and converts it to PDF without repair")
    void opensInLibreOffice(@TempDir Path dir) throws Exception {
        String soffice = Files.isExecutable(Path.of("/usr/bin/soffice"))
                ? "/usr/bin/soffice"
                : Files.isExecutable(Path.of("/usr/bin/libreoffice")) ? "/usr/bin/libreoffice" : null;
        Assumptions.assumeTrue(
                soffice != null, "LibreOffice is not installed here: the Word document was not opened in it");
        Path file = dir.resolve("report.docx");
        Files.write(file, docx.render(ReportDocumentSamples.rutland(), null));
        Process process = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).as(output).exists();
        try (PDDocument converted = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(converted);
            assertThat(text).contains("Rutland County Council", "4.4 Financial planning and management", "Page 2");
            assertThat(converted.getNumberOfPages()).isGreaterThan(2);
        }
    }

    private static List<String> texts(List<XWPFParagraph> ps, String style) {
        return ps.stream()
                .filter(p -> style.equals(p.getStyleID()))
                .map(XWPFParagraph::getText)
                .toList();
    }
}

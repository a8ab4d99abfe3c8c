package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;

/**
 * Files that are not readable reports, generated here, each refused with its own clear one-line
 * message; and text in other encodings read correctly rather than refused.
 */
class BadFilesTest {

    static final ReportParser PARSER = ReportParser.withRegisterFromClasspath();

    static UnreadableReport refusal(byte[] content) {
        UnreadableReport e = catchThrowableOfType(UnreadableReport.class, () -> PARSER.parse(content));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.getMessage())
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .hasSizeLessThan(200);
        return e;
    }

    @Test
    void an_empty_file() {
        assertThat(refusal(new byte[0]).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal("  \n\n ".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_corrupt_pdf() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), garbage);
        UnreadableReport e = refusal(pdf);
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.getMessage()).contains("PDF is damaged");
    }

    @Test
    void an_encrypted_pdf() throws IOException {
        byte[] pdf;
        try (PDDocument document = textPdf("A report only the password holder may read.")) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            pdf = save(document);
        }
        UnreadableReport e = refusal(pdf);
        assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("password");
    }

    @Test
    void an_image_only_pdf_with_no_text_layer() throws IOException {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
        g.drawString("Corporate Peer Challenge: a scanned page", 20, 100);
        g.dispose();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 400, 500, 166);
            }
            pdf = save(document);
        }
        UnreadableReport e = refusal(pdf);
        assertThat(e.reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(e.getMessage()).contains("no text layer");
    }

    @Test
    void a_docx_that_is_a_zip_bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        byte[] docx = bytes.toByteArray();
        assertThat(docx.length).as("a small file").isLessThan(2 * 1024 * 1024);

        UnreadableReport e = refusal(docx);
        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("ZIP bomb");
    }

    @Test
    void a_damaged_docx_and_an_old_word_file() {
        byte[] damaged = concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), new byte[300]);
        assertThat(refusal(damaged).reason()).isEqualTo(Reason.CORRUPT);
        byte[] doc = concat(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                new byte[512]);
        UnreadableReport e = refusal(doc);
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains(".docx");
    }

    @Test
    void a_60_mb_file() {
        byte[] big = new byte[60 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        UnreadableReport e = refusal(big);
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("60 MB").contains("50 MB");
    }

    @Test
    void binary_data_and_text_in_an_encoding_that_cannot_be_told() {
        byte[] binary = new byte[2048];
        new Random(11).nextBytes(binary);
        binary[0] = 'x';
        binary[10] = 0;
        assertThat(refusal(binary).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);

        // Not UTF-8, and with bytes Windows-1252 leaves undefined.
        byte[] unknown = concat(
                "Corporate Peer Challenge ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0xE9, 0x20, (byte) 0x9D});
        UnreadableReport e = refusal(unknown);
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_ENCODING);
        assertThat(e.getMessage()).contains("UTF-8");
    }

    @Test
    void utf16_with_a_byte_order_mark_or_without_one_reads_as_utf8_does() {
        String utf8 = json(SampleReport.TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(json(concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, SampleReport.TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(utf8);
        assertThat(json(concat(
                        new byte[] {(byte) 0xFE, (byte) 0xFF}, SampleReport.TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(utf8);
        assertThat(json(SampleReport.TEXT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(utf8);
        assertThat(json(concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        SampleReport.TEXT.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(utf8);
    }

    @Test
    void windows_1252_text_is_read_with_its_curly_quotes_dashes_and_pound_signs() {
        byte[] cp1252 = SampleReport.TEXT.getBytes(Charset.forName("windows-1252"));
        assertThat(cp1252).contains((byte) 0x92, (byte) 0x96, (byte) 0xA3);

        ParsedReport report = PARSER.parse(cp1252);

        assertThat(json(cp1252)).isEqualTo(json(SampleReport.TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.onSite().start()).hasToString("2025-03-03");
        assertThat(report.peerTeam().getFirst().name()).isEqualTo("Jane Example");
    }

    private static String json(byte[] content) {
        return ParsedReportJson.write(PARSER.parse(content));
    }

    static PDDocument textPdf(String... lines) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
        return document;
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

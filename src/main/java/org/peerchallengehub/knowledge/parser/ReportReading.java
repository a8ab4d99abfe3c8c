package org.peerchallengehub.knowledge.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.peerchallengehub.knowledge.UnreadableReport;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;

/**
 * Tells a file's format from its bytes (never its name) and reads it into blocks: PDF by its
 * "%PDF-" signature, DOCX by its ZIP signature, anything else as text in an encoding {@link
 * TextDecoding} can tell. Refuses empty, oversized, damaged, protected and unknown files with an
 * {@link UnreadableReport} that says why in one line.
 */
public final class ReportReading {

    private ReportReading() {}

    /** The largest file the parser reads: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The formats told apart by their signatures. */
    public enum Format {
        PDF,
        DOCX,
        /** A saved web page. */
        HTML,
        /** A ZIP of saved web pages: one report split over several pages. */
        HTML_PAGES,
        TEXT
    }

    public static Format format(byte[] content) {
        check(content);
        if (startsWith(content, "PK\u0003\u0004")) {
            return isDocx(content) ? Format.DOCX : Format.HTML_PAGES;
        }
        if (HtmlReportReader.looksLikeHtml(content)) {
            return Format.HTML;
        }
        int scan = Math.min(content.length, 1024);
        for (int i = 0; i + 5 <= scan; i++) {
            if (content[i] == '%' && new String(content, i, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return Format.PDF;
            }
        }
        if (startsWithBytes(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw UnreadableReport.because(
                    Reason.UNSUPPORTED_FORMAT,
                    "The file is an old-format Word document (.doc) or a password-protected Word document; "
                            + "save it as an unprotected .docx and try again.");
        }
        if (startsWithBytes(content, 0x89, 'P', 'N', 'G')
                || startsWithBytes(content, 0xFF, 0xD8, 0xFF)
                || startsWith(content, "GIF8")
                || startsWith(content, "II*\u0000")
                || startsWith(content, "MM\u0000*")) {
            throw UnreadableReport.because(
                    Reason.UNSUPPORTED_FORMAT,
                    "The file is an image; only text, Markdown, Word (.docx), PDF and web page (.html) reports can be read.");
        }
        if (startsWith(content, "{\\rtf")) {
            throw UnreadableReport.because(
                    Reason.UNSUPPORTED_FORMAT,
                    "The file is in Rich Text Format; save it as .docx or PDF and try again.");
        }
        return Format.TEXT;
    }

    /** The report's blocks, read with the reader for its format. */
    public static List<Block> blocks(byte[] content) {
        return switch (format(content)) {
            case PDF -> PdfReportReader.read(content);
            case DOCX -> docx(content);
            case HTML -> nonEmpty(HtmlReportReader.read(content));
            case HTML_PAGES -> pages(content);
            case TEXT -> {
                List<Block> blocks = TextReportReader.read(text(content));
                if (blocks.isEmpty()) {
                    throw empty();
                }
                yield blocks;
            }
        };
    }

    /**
     * The bare text of the file as the libraries give it (PDFBox's text stripper, POI's Word
     * extractor, the decoded text): what the benchmark compares a whole parse with.
     */
    public static String bareText(byte[] content) {
        try {
            return switch (format(content)) {
                case PDF -> {
                    try (PDDocument document = Loader.loadPDF(content)) {
                        yield new PDFTextStripper().getText(document);
                    }
                }
                case DOCX -> {
                    ZipGuard.check(content);
                    try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(content));
                            XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                        yield extractor.getText();
                    }
                }
                case HTML -> org.jsoup.Jsoup.parse(text(content)).text();
                case HTML_PAGES ->
                    String.join("\n", pages(content).stream().map(Block::text).toList());
                case TEXT -> text(content);
            };
        } catch (IOException e) {
            throw UnreadableReport.because(Reason.CORRUPT, "The file is damaged and cannot be read.", e);
        }
    }

    /** A ZIP is a Word document when it holds {@code word/document.xml}; else it may be web pages. */
    private static boolean isDocx(byte[] content) {
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            java.util.zip.ZipEntry e;
            int seen = 0;
            boolean html = false;
            while ((e = in.getNextEntry()) != null && seen++ < 10_000) {
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("word/document.xml") || name.equals("[content_types].xml")) {
                    return true;
                }
                html |= name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
            }
            return !html;
        } catch (IOException | RuntimeException e) {
            return true; // damaged: the Word reader says so
        }
    }

    private static List<Block> pages(byte[] content) {
        ZipGuard.checkPages(content);
        List<Block> blocks = HtmlReportReader.readPages(content);
        if (blocks == null) {
            throw UnreadableReport.because(
                    Reason.UNSUPPORTED_FORMAT,
                    "The ZIP holds files other than web pages; a report split over pages is read from a ZIP of"
                            + " .html files only.");
        }
        return nonEmpty(blocks);
    }

    private static List<Block> nonEmpty(List<Block> blocks) {
        if (blocks.isEmpty()) {
            throw empty();
        }
        return blocks;
    }

    private static List<Block> docx(byte[] content) {
        ZipGuard.check(content);
        List<Block> blocks;
        try {
            blocks = DocxReportReader.read(content);
        } catch (IOException | RuntimeException e) {
            throw UnreadableReport.because(
                    Reason.CORRUPT,
                    "The file is a ZIP archive but not a readable Word document (.docx); it may be damaged.",
                    e);
        }
        if (blocks.isEmpty()) {
            throw empty();
        }
        return blocks;
    }

    private static String text(byte[] content) {
        int counted = 0;
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                counted++;
            }
        }
        boolean binary = counted > 0;
        String text = TextDecoding.decode(content)
                .orElseThrow(() -> binary
                        ? UnreadableReport.because(
                                Reason.UNSUPPORTED_FORMAT,
                                "The file is not text, Markdown, Word (.docx), PDF or a web page (.html); it cannot be read as a report.")
                        : UnreadableReport.because(
                                Reason.UNKNOWN_ENCODING,
                                "The text's character encoding cannot be told (it is not UTF-8, UTF-16 or Windows-1252); "
                                        + "save it as UTF-8 and try again."));
        if (text.isBlank()) {
            throw empty();
        }
        return text;
    }

    private static void check(byte[] content) {
        if (content.length == 0) {
            throw empty();
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(content.length);
        }
    }

    public static UnreadableReport tooLarge(long size) {
        return UnreadableReport.because(
                Reason.TOO_LARGE,
                "The file is " + (size / (1024 * 1024)) + " MB; reports of at most " + (MAX_BYTES / (1024 * 1024))
                        + " MB can be read.");
    }

    private static UnreadableReport empty() {
        return UnreadableReport.because(Reason.EMPTY, "The file is empty: there is no text in it to read.");
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (content[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBytes(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

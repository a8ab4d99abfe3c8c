package org.peerchallengehub.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Renders well-formed XHTML to a tagged, accessible PDF (PDF/UA-1) with openhtmltopdf on PDFBox 3:
 * a structure tree from the markup (headings, tables with their header cells, lists, paragraphs),
 * the document's language and title from {@code <html lang>} and {@code <title>}, and one embedded
 * font, Liberation Sans (SIL Open Font Licence), the one PDFBox ships in its own jar, so nothing
 * falls back to an unembedded standard font. Bold is drawn with the same face.
 */
public final class TaggedPdf {

    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TaggedPdf() {}

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Peer Challenge Hub");
        for (int weight : new int[] {400, 700}) {
            for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                builder.useFont(TaggedPdf::font, FONT_FAMILY, weight, style, true);
            }
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
            return describeLinks(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered as PDF", e);
        }
    }

    /**
     * PDF/UA wants every link annotation to carry a description in its Contents entry; the renderer puts
     * the link's title in the structure tree only, so the title (or else the address) is copied there.
     */
    static byte[] describeLinks(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                        String uri = link.getAction() instanceof PDActionURI action ? action.getURI() : null;
                        link.setContents(uri == null ? "Link" : "Link to " + uri);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static InputStream font() {
        InputStream in = TaggedPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's " + FONT + " is missing from the class path");
        }
        return in;
    }
}

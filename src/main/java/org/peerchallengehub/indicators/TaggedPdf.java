package org.peerchallengehub.indicators;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders well-formed XHTML to a tagged, accessible PDF (PDF/UA-1) with openhtmltopdf on PDFBox 3:
 * a structure tree from the markup (headings, tables with their header cells, lists, paragraphs),
 * the document's language and title from {@code <html lang>} and {@code <title>}, and one embedded
 * font, Liberation Sans (SIL Open Font Licence), the one PDFBox ships in its own jar, so nothing
 * falls back to an unembedded standard font. Bold is drawn with the same face.
 */
final class TaggedPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private TaggedPdf() {}

    static byte[] render(String xhtml) {
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
        } catch (IOException e) {
            throw new UncheckedIOException("The data pack could not be rendered as PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = TaggedPdf.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's " + FONT + " is missing from the class path");
        }
        return in;
    }
}

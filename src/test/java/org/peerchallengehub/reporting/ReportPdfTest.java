package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.pdf.TaggedPdfTest;

@DisplayName("Report outputs: the tagged PDF (PDF/UA-1)")
class ReportPdfTest {

    private final ReportPdf pdfs = new ReportPdf(ReportTemplates.engine());

    @Test
    @DisplayName(
            "veraPDF finds no failed PDF/UA-1 rule; title, language, tags, bookmarks, links and page numbers are there")
    void accessiblePdf() throws Exception {
        byte[] pdf = pdfs.render(ReportDocumentSamples.rutland(), null);

        assertThat(TaggedPdfTest.pdfUaFailures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Corporate peer challenge: Rutland County Council");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();

            List<String> tags = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("H1", "H2", "H3", "H4", "L", "LI", "LBody", "Link");
            assertThat(tags.indexOf("H1")).isLessThan(tags.indexOf("H2"));

            List<String> bookmarks = new ArrayList<>();
            PDOutlineItem feedback = null;
            for (PDOutlineItem item :
                    doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                if (item.getTitle().equals("4. Feedback")) {
                    feedback = item;
                }
            }
            assertThat(bookmarks)
                    .containsExactly(
                            "1. Executive summary",
                            "2. Key recommendations",
                            "3. Summary of the peer challenge approach",
                            "4. Feedback",
                            "5. Notable practice",
                            "6. Next steps",
                            "7. Signposting");
            assertThat(feedback).isNotNull();
            List<String> sections = new ArrayList<>();
            feedback.children().forEach(c -> sections.add(c.getTitle()));
            assertThat(sections).hasSize(6).first().isEqualTo("4.1 Local priorities and outcomes");

            List<String> links = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        assertThat(link.getContents())
                                .as("a link's description")
                                .isNotBlank();
                        links.add(link.getContents());
                    }
                }
            }
            assertThat(links).anyMatch(l -> l.contains("https://www.local.gov.uk/our-support/financial-resilience"));
            assertThat(links).anyMatch(l -> l.contains("mailto:sam.okafor@example.org"));

            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages(), "4.4 Financial planning and management");
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                collect(e, tags);
            }
        }
    }
}

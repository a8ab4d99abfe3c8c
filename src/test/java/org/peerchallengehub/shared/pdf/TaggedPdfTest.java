package org.peerchallengehub.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

public class TaggedPdfTest {

    /** The PDF/UA-1 rules veraPDF finds broken, as "rule: message" lines; empty when the file conforms. */
    public static java.util.List<String> pdfUaFailures(byte[] pdf) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        try (var parser = org.verapdf.pdfa.Foundries.defaultInstance()
                        .createParser(new java.io.ByteArrayInputStream(pdf), flavour);
                var profileXml = org.verapdf.pdfa.validation.profiles.Profiles.class.getResourceAsStream(
                        "/org/verapdf/pdfa/validation/PDFUA-1.xml");
                var validator = org.verapdf.pdfa.validation.validators.ValidatorFactory.createValidator(
                        org.verapdf.pdfa.validation.profiles.Profiles.profileFromXml(profileXml))) {
            var result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        }
    }

    @Test
    void renders_a_tagged_pdf_with_language_title_and_embedded_font() throws Exception {
        byte[] pdf = TaggedPdf.render(
                """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"/><title>Data pack: Rutland</title>
                <style>body { font-family: 'Liberation Sans'; }</style></head>
                <body><h1>Rutland County Council</h1><p>Net revenue expenditure £41.2 million</p>
                <table><caption>Figures</caption><thead><tr><th scope="col">Metric</th><th scope="col">Value</th></tr></thead>
                <tbody><tr><th scope="row">Reserves</th><td>12.3%</td></tr></tbody></table></body></html>
                """);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Data pack: Rutland");
            assertThat(new PDFTextStripper().getText(doc)).contains("Rutland County Council", "£41.2 million");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        assertThat(pdfUaFailures(pdf)).isEmpty();
    }
}

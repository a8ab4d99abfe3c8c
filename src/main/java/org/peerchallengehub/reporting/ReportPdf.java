package org.peerchallengehub.reporting;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.pdf.TaggedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a tagged, accessible PDF (PDF/UA-1): the same body as the web page (the fragment
 * {@code reporting/output/report :: report}) in a print template with the document's title and language,
 * bookmarks from the headings, a title page and page numbers, rendered by the shared {@link TaggedPdf}
 * set-up (the one the data pack uses: structure tree, embedded font, described links).
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF's bytes; {@code publication} adds the publication date and edition to the title page. */
    byte[] render(ReportDocument doc, @Nullable PublishedReport publication) {
        return TaggedPdf.render(xhtml(doc, publication));
    }

    /** The XHTML the PDF is drawn from. */
    String xhtml(ReportDocument doc, @Nullable PublishedReport publication) {
        Context context = new Context(Locale.UK, Map.of("doc", doc));
        if (publication != null) {
            context.setVariable("publication", publication);
        }
        return withMarkers(templates.process("reporting/output/report-pdf", context));
    }

    /**
     * Each list item starts with its marker as text (a bullet, or its number in a numbered list): the
     * renderer draws list markers as shapes, apart from the text, so a PDF reader's text layer (and the
     * report importer) would not see them. The lists stay lists in the structure tree.
     */
    static String withMarkers(String xhtml) {
        Document page = Jsoup.parse(xhtml, "", Parser.xmlParser());
        for (Element list : page.select("ul, ol")) {
            int number =
                    list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
            for (Element item : list.children()) {
                if (item.tagName().equals("li")) {
                    item.prependElement("span")
                            .addClass("hub-marker")
                            .text(list.tagName().equals("ul") ? "\u2022 " : (number++) + ". ");
                }
            }
        }
        page.outputSettings()
                .prettyPrint(false)
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml);
        return page.outerHtml();
    }
}

package org.peerchallengehub.reporting;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.peerchallengehub.knowledge.BackCatalogue;
import org.peerchallengehub.knowledge.BackCatalogue.Paragraph;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A published edition joins the back catalogue at once (decision 0075): in the transaction that publishes
 * it, the edition's interchange-format reading (the same one its JSON download gives) and its text by
 * paragraph are handed to the knowledge module, whose entry for the challenge is made or, for a correction,
 * replaced. The publication is the source; the entry is derived from it and never edited anywhere else.
 */
@Component
class PublishedReportCatalogue {

    private final PublishedReports reports;
    private final ReportJson json;
    private final BackCatalogue catalogue;

    PublishedReportCatalogue(PublishedReports reports, ReportJson json, BackCatalogue catalogue) {
        this.reports = reports;
        this.json = json;
        this.catalogue = catalogue;
    }

    @EventListener
    void on(ReportPublished event) {
        PublishedReports.Publication publication = reports.publication(event.publicationId());
        ReportDocument doc = publication.document();
        catalogue.addPublished(
                event.challengeId(),
                "/published-reports/" + event.slug(),
                json.parsed(doc),
                paragraphs(doc),
                publication.publishedBy());
    }

    /** The report's text by paragraph under its section headings, in the order the outputs give it. */
    static List<Paragraph> paragraphs(ReportDocument doc) {
        List<Paragraph> out = new ArrayList<>();
        narrative(out, "Executive summary", doc.executiveSummary());
        items(out, "Key recommendations", doc.keyRecommendations());
        items(
                out,
                "The peer team",
                doc.team().stream().map(ReportHtml::teamLineOf).toList());
        ReportHtml html = ReportHtml.helper();
        items(out, "Scope and focus", doc.scope().stream().map(html::scopeLine).toList());
        narrative(out, "The peer challenge process", doc.process());
        items(out, "The peer challenge process", ReportHtml.activityLinesOf(doc));
        for (ReportDocument.Section s : doc.feedback()) {
            narrative(out, s.heading(), s.narrative());
            items(out, s.heading(), s.strengths());
            items(out, s.heading(), s.challenges());
            items(out, s.heading(), s.recommendations());
        }
        items(out, "Notable practice", doc.notablePractice());
        narrative(out, "Next steps", doc.nextSteps().narrative());
        narrative(out, "Signposting", doc.signposting());
        return out;
    }

    private static void items(List<Paragraph> out, String heading, List<String> texts) {
        texts.stream().filter(t -> !t.isBlank()).forEach(t -> out.add(new Paragraph(heading, t.strip())));
    }

    /** A narrative's paragraphs, list items and headings, each one paragraph of text. */
    private static void narrative(List<Paragraph> out, String heading, String markdown) {
        for (Element block :
                Jsoup.parseBodyFragment(ReportMarkdown.html(markdown, 3)).body().select("p, li, h3, h4, h5, h6")) {
            if (block.tagName().equals("li") && !block.select("> p").isEmpty()) {
                continue; // its paragraphs are taken one by one
            }
            Element own = block.clone();
            own.select("ul, ol").remove(); // a nested list's items are taken one by one
            String text = own.text();
            if (!text.isBlank()) {
                out.add(new Paragraph(heading, text));
            }
        }
    }
}

package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

@DisplayName("Report outputs: the HTML body shared by the page, the preview and the PDF")
class ReportHtmlTest {

    private final org.thymeleaf.ITemplateEngine templates = ReportTemplates.engine();

    @Test
    @DisplayName("the sections come in the report's order with real headings and lists")
    void structure() {
        ReportDocument doc = ReportDocumentSamples.rutland();
        Document html = Jsoup.parseBodyFragment(ReportHtml.fragment(templates, doc, null));

        assertThat(html.select("h1").eachText()).containsExactly("Rutland County Council");
        assertThat(html.select("h2").eachText())
                .containsExactly(
                        "1. Executive summary",
                        "2. Key recommendations",
                        "3. Summary of the peer challenge approach",
                        "4. Feedback",
                        "5. Notable practice",
                        "6. Next steps",
                        "7. Signposting");
        assertThat(html.select("#key-recommendations + p + ol > li").eachText()).isEqualTo(doc.keyRecommendations());
        assertThat(html.select("#peer-team ~ ul").first().select("li").eachText())
                .containsExactly(
                        "Alex Morgan - Chief Executive, Hartwell District Council",
                        "Cllr Priya Sandhu - Leader, Westbury Borough Council",
                        "Cllr Tom Fairley - Deputy Leader, Eastholme County Council",
                        "Dana Whitfield - Director of Finance, Northcote City Council",
                        "Sam Okafor - Peer challenge manager, Local Government Association");
        assertThat(html.select("h3[id^=section-]").eachText())
                .containsExactly(
                        "4.1 Local priorities and outcomes",
                        "4.2 Organisational and place leadership",
                        "4.3 Governance and culture",
                        "4.4 Financial planning and management",
                        "4.5 Capacity for improvement",
                        "4.6 Housing growth");
        Element finance = html.getElementById("section-4");
        assertThat(itemsAfter(finance, "Areas for consideration"))
                .isEqualTo(doc.feedback().get(3).challenges());
        assertThat(itemsAfter(finance, "Recommendations"))
                .isEqualTo(doc.feedback().get(3).recommendations());
        assertThat(html.text())
                .contains("10-13 March 2026")
                .contains("Spoke to more than 120 people")
                .contains("within the next 9 months, by 11 December 2026")
                .contains("before March 2031")
                .doesNotContain("Published"); // a draft has no publication date
        assertThat(html.select("a[href=https://www.local.gov.uk/our-support/financial-resilience]"))
                .hasSize(1);
        assertThat(html.select("strong").eachText()).contains("stable political leadership");
    }

    @Test
    @DisplayName("a published edition shows its date and edition")
    void published() {
        ReportDocument doc = ReportDocumentSamples.rutland();
        PublishedReport publication = new PublishedReport(
                1, 1, "rutland-2026", 2, LocalDate.of(2026, 6, 1), "A date was wrong", doc, List.of());
        String html = ReportHtml.fragment(templates, doc, publication);
        assertThat(Jsoup.parse(html).text()).contains("Published 1 June 2026, edition 2");
    }

    @Test
    @DisplayName("script and HTML in narrative are inert, and the body is well-formed XHTML")
    void inertAndWellFormed() throws Exception {
        ReportDocument base = ReportDocumentSamples.rutland();
        ReportDocument doc = new ReportDocument(
                base.title(),
                base.council(),
                base.challengeType(),
                base.onSiteStart(),
                base.onSiteEnd(),
                "<script>alert('x')</script> and <b onclick=\"x()\">bold</b> & [bad](javascript:alert(1))\n\nline  \nbreak",
                base.keyRecommendations(),
                base.team(),
                base.scope(),
                base.process(),
                base.activity(),
                base.feedback(),
                base.notablePractice(),
                base.signposting(),
                base.nextSteps());
        String html = ReportHtml.fragment(templates, doc, null);
        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("script, b, [onclick]")).isEmpty();
        assertThat(parsed.select("a[href^=javascript]")).isEmpty();
        assertThat(parsed.text()).contains("<script>alert('x')</script>");
        // The PDF renderer reads XHTML: the body must parse as XML.
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    }

    private static List<String> itemsAfter(Element sectionHeading, String subheading) {
        Element e = sectionHeading.nextElementSibling();
        while (e != null && !e.tagName().equals("h3")) {
            if (e.tagName().equals("h4") && e.text().equals(subheading)) {
                return e.nextElementSibling().select("li").eachText();
            }
            e = e.nextElementSibling();
        }
        return List.of();
    }
}

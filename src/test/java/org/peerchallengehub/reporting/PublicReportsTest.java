package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerchallengehub.knowledge.BackCatalogue;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Published reports: public pages, downloads, the list, the API and the back catalogue")
class PublicReportsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackCatalogue catalogue;

    PublishedReportFixtures.Published rutland;

    @BeforeAll
    void publish() {
        rutland = PublishedReportFixtures.publish(context, ReportDocumentSamples.rutland(), LocalDate.of(2026, 5, 20));
    }

    private MvcResult anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn();
    }

    private String page(String url) throws Exception {
        MvcResult result = anonymous(url);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a published report's page and downloads are open to everyone without signing in")
    void published() throws Exception {
        String base = "/published-reports/" + rutland.slug();
        Document html = Jsoup.parse(page(base));
        assertThat(html.select("h1").eachText()).contains("Rutland County Council");
        assertThat(html.text()).contains("Published 20 May 2026").contains("4.4 Financial planning and management");
        assertThat(html.select("a[href=" + base + ".pdf]")).hasSize(1);
        assertThat(html.select("a[href=" + base + ".docx]")).hasSize(1);
        assertThat(html.select("a[href=" + base + ".json]")).hasSize(1);
        // no action plan or progress review exists yet (issue 18): nothing is shown, no dead link
        assertThat(html.getElementById("follow-up")).isNull();

        MvcResult pdf = anonymous(base + ".pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        MvcResult docx = anonymous(base + ".docx");
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        assertThat(docx.getResponse().getContentType()).isEqualTo(PublicReportController.DOCX);
        assertThat(docx.getResponse().getContentAsByteArray()[0]).isEqualTo((byte) 'P'); // a zip package
        JsonNode json = JsonMapper.builder().build().readTree(page(base + ".json"));
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("councilGss").asString()).isEqualTo("E06000017");
        assertThat(json.get("themes").get(3).get("component").asString()).isEqualTo("financial-planning-and-viability");
    }

    @Test
    @DisplayName("an address no published report has is not found, for the page and every download")
    void unknown() throws Exception {
        for (String suffix : List.of("", ".pdf", ".docx", ".json")) {
            assertThat(anonymous("/published-reports/no-such-report" + suffix)
                            .getResponse()
                            .getStatus())
                    .as(suffix)
                    .isEqualTo(404);
        }
        assertThat(anonymous("/published-reports/" + rutland.slug() + "?edition=9")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("a correction is a new edition with its reason shown; earlier editions stay readable")
    void correction() throws Exception {
        ReportDocument doc = ReportDocumentSamples.rutland();
        PublishedReportFixtures.Published p = PublishedReportFixtures.publish(context, doc, LocalDate.of(2026, 6, 1));
        ReportDocument corrected = new ReportDocument(
                doc.title(),
                doc.council(),
                doc.challengeType(),
                doc.onSiteStart(),
                doc.onSiteEnd(),
                doc.executiveSummary(),
                List.of("Agree a medium-term financial strategy over five years, corrected."),
                doc.team(),
                doc.scope(),
                doc.process(),
                doc.activity(),
                doc.feedback(),
                doc.notablePractice(),
                doc.signposting(),
                doc.nextSteps());
        PublishedReportFixtures.correct(
                context, p, corrected, LocalDate.of(2026, 6, 15), "The strategy runs over five years, not four.");

        Document latest = Jsoup.parse(page("/published-reports/" + p.slug()));
        assertThat(latest.text())
                .contains("Agree a medium-term financial strategy over five years, corrected.")
                .contains("The strategy runs over five years, not four.")
                .contains("Published 15 June 2026, edition 2")
                .doesNotContain("Earlier edition");
        Document first = Jsoup.parse(page("/published-reports/" + p.slug() + "?edition=1"));
        assertThat(first.text()).contains("Earlier edition").contains("Published 1 June 2026");

        // the back catalogue holds one entry for the challenge: the corrected edition's
        assertThat(jdbc.sql("select count(*) from report where challenge_id = :c")
                        .param("c", p.challengeId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select text from report_finding f join report r on r.id = f.report_id"
                                + " where r.challenge_id = :c and f.kind = 'KEY_RECOMMENDATION'")
                        .param("c", p.challengeId())
                        .query(String.class)
                        .list())
                .containsExactly("Agree a medium-term financial strategy over five years, corrected.");
    }

    @Test
    @DisplayName("a published report joins the back catalogue's search at once, with its findings")
    void backCatalogue() throws Exception {
        var entry = jdbc.sql("select id, published_address from report where challenge_id = :c")
                .param("c", rutland.challengeId())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        assertThat(entry[1]).isEqualTo("/published-reports/" + rutland.slug());
        assertThat(jdbc.sql("select count(*) from report_finding where report_id = :r")
                        .param("r", entry[0])
                        .query(Long.class)
                        .single())
                .isEqualTo(findings(ReportDocumentSamples.rutland()));
        String search = page("/reports/search?q=transformation programme depends on a few people");
        assertThat(search).contains("href=\"/reports/" + entry[0]);
        // it is the Hub's report, not an imported one: the back catalogue's imported list leaves it out
        assertThat(catalogue.imported()).noneMatch(r -> r.reportId() == (long) entry[0]);
    }

    /** Key recommendations, every section's items and notable practice: one finding each. */
    private static long findings(ReportDocument doc) {
        return doc.keyRecommendations().size()
                + doc.feedback().stream()
                        .mapToLong(f -> f.strengths().size()
                                + f.challenges().size()
                                + f.recommendations().size())
                        .sum()
                + doc.notablePractice().size();
    }

    @Test
    @DisplayName("the public list: Hub and imported reports, filtered by council, council type, region, year and type")
    void list() throws Exception {
        Document all = Jsoup.parse(page("/published-reports"));
        assertThat(all.select("a[href=/published-reports/" + rutland.slug() + "]"))
                .hasSize(1);
        assertThat(Jsoup.parse(page("/published-reports?council=E06000017"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .hasSize(1);
        assertThat(Jsoup.parse(page("/published-reports?council=E09000022"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .isEmpty();
        assertThat(Jsoup.parse(page(
                                "/published-reports?councilType=UNITARY&region=EAST_MIDLANDS&year=2026&type=CORPORATE"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .hasSize(1);
        assertThat(Jsoup.parse(page("/published-reports?region=LONDON"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .isEmpty();
        assertThat(Jsoup.parse(page("/published-reports?year=2019"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .isEmpty();
        assertThat(Jsoup.parse(page("/published-reports?type=FINANCE"))
                        .select("a[href=/published-reports/" + rutland.slug() + "]"))
                .isEmpty();
        // nonsense filters are ignored, never an error
        assertThat(anonymous("/published-reports?region=atlantis&year=abc&page=1")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("the API lists every published report with its links, paged, Hub and back catalogue alike")
    void api() throws Exception {
        JsonNode list = JsonMapper.builder().build().readTree(page("/api/v1/published-reports?size=500"));
        assertThat(list.get("items").isArray()).isTrue();
        assertThat(list.get("page").asInt()).isEqualTo(1);
        assertThat(list.get("size").asInt()).isEqualTo(500);
        JsonNode item = null;
        int imported = 0;
        for (JsonNode i : list.get("items")) {
            if (i.get("id").asString().equals(rutland.slug())) {
                item = i;
            }
            if (i.get("links").get("pdf").isNull()) {
                imported++;
                assertThat(i.get("links").get("html").asString()).startsWith("/reports/");
            }
        }
        assertThat(imported).isEqualTo(catalogue.imported().size());
        assertThat(item).isNotNull();
        assertThat(item.get("council").asString()).isEqualTo("E06000017");
        assertThat(item.get("title").asString()).isEqualTo("Corporate peer challenge: Rutland County Council");
        assertThat(item.get("published").asString()).isEqualTo("2026-05-20");
        String base = "/published-reports/" + rutland.slug();
        assertThat(item.get("links").get("html").asString()).isEqualTo(base);
        assertThat(item.get("links").get("pdf").asString()).isEqualTo(base + ".pdf");
        assertThat(item.get("links").get("docx").asString()).isEqualTo(base + ".docx");
        assertThat(item.get("links").get("json").asString()).isEqualTo(base + ".json");
        assertThat(list.get("total").asLong()).isEqualTo(list.get("items").size());

        JsonNode one = JsonMapper.builder().build().readTree(page("/api/v1/published-reports?size=1&page=1"));
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("totalPages").asInt())
                .isEqualTo((int) list.get("total").asLong());
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(page("/api/v1/published-reports?council=E06000017"))
                        .get("items")
                        .valueStream()
                        .allMatch(i -> i.get("council").asString().equals("E06000017")))
                .isTrue();
        assertThat(anonymous("/api/v1/published-reports?councilType=castle")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(anonymous("/api/v1/published-reports?size=0").getResponse().getStatus())
                .isEqualTo(400);
    }
}

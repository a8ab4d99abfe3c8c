package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.knowledge.ReportSearch.Hit;
import org.peerchallengehub.knowledge.ReportSearch.Kind;
import org.peerchallengehub.knowledge.ReportSearch.Query;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Full-text search over imported reports: ranking, phrases and boolean queries, filters, escaping, pages. */
@HubIntegrationTest
class ReportSearchTest {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    ReportSearch search;

    @Autowired
    MockMvc mvc;

    long sampleReport;

    @BeforeEach
    void importReports() {
        byte[] sample = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
        ReadReport read = parser.read(sample);
        // A paragraph and a finding with markup in them, as a hostile or careless document could have.
        List<SourceParagraph> paragraphs = new ArrayList<>(read.paragraphs());
        paragraphs.add(new SourceParagraph(
                paragraphs.size() + 1,
                "Odd",
                "The <script>alert(1)</script> zebracrossing & <b>bold</b> claim \u0002x"));
        ParsedReport r = read.report();
        ParsedReport withMarkup = r.withNotablePractice(List.of("<img src=x onerror=alert(1)> zebracrossing scheme"));
        ImportOutcome outcome =
                importer.save("sample.txt", sample, new ReadReport(withMarkup, paragraphs), OnDuplicate.UPDATE, null);
        sampleReport = outcome.reportId();
        for (String name : Fixtures.names()) {
            byte[] content = Fixtures.bytes(name, "txt");
            importer.save(name + ".txt", content, parser.read(content), OnDuplicate.UPDATE, null);
        }
    }

    static Query query(String text) {
        return new Query(text, null, null, null, null, null);
    }

    @Test
    void medium_term_financial_strategy_finds_finance_recommendations_first() {
        List<Hit> hits =
                search.search(query("medium term financial strategy"), 5, 0).hits();
        assertThat(hits).isNotEmpty();
        Hit first = hits.getFirst();
        assertThat(first.kind()).isIn("KEY_RECOMMENDATION", "RECOMMENDATION", "CHALLENGE");
        assertThat(first.snippet().toLowerCase()).contains("<mark>financial</mark>");
    }

    @Test
    void fixtures_rank_the_finance_findings_above_the_report_text() {
        Fixtures.assumePresent();
        List<Hit> hits = search.search(
                        new Query("\"medium term financial strategy\"", null, null, 2011, null, null), 10, 0)
                .hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().kind()).as("a finding, not a paragraph").isNotNull();
        assertThat(hits.getFirst().snippet()).containsIgnoringCase("<mark>financial</mark>");
    }

    @Test
    void phrases_or_and_minus_work_as_typed() {
        long word = search.search(query("zebracrossing"), 50, 0).total();
        assertThat(word).isEqualTo(2);
        assertThat(search.search(query("\"zebracrossing scheme\""), 50, 0).total())
                .isEqualTo(1);
        assertThat(search.search(query("zebracrossing -scheme"), 50, 0).total()).isEqualTo(1);
        assertThat(search.search(query("zebracrossing or nonexistentword"), 50, 0)
                        .total())
                .isEqualTo(2);
        assertThat(search.search(query("\"scheme zebracrossing\""), 50, 0).total())
                .isZero();
        assertThat(search.search(query("  "), 50, 0).total()).isZero();
        assertThat(search.search(query("\"unbalanced (quote & | !"), 50, 0).hits())
                .isNotNull();
    }

    @Test
    void filters_narrow_by_kind_year_council_type_and_component() {
        assertThat(search.search(new Query("zebracrossing", null, null, null, null, Kind.NOTABLE_PRACTICE), 50, 0)
                        .hits())
                .singleElement()
                .satisfies(h -> assertThat(h.kind()).isEqualTo("NOTABLE_PRACTICE"));
        assertThat(search.search(new Query("zebracrossing", null, null, 1999, null, null), 50, 0)
                        .total())
                .isZero();
        assertThat(search.search(new Query("zebracrossing", null, null, 2025, null, null), 50, 0)
                        .total())
                .isEqualTo(2);
        assertThat(search.search(new Query("zebracrossing", "LONDON_BOROUGH", null, null, null, null), 50, 0)
                        .total())
                .isZero();
        assertThat(search.search(new Query("zebracrossing", null, null, null, "no-such-component", null), 50, 0)
                        .total())
                .isZero();
        assertThat(search.search(new Query("strategy", null, null, null, null, Kind.RECOMMENDATION), 50, 0)
                        .hits())
                .allSatisfy(h -> assertThat(h.kind()).isIn("RECOMMENDATION", "KEY_RECOMMENDATION"));
    }

    @Test
    void filters_are_tested_in_the_index_as_facets() {
        assertThat(ReportSearch.facets(
                        new Query("x", "DISTRICT", "LONDON", 2016, "leadership-of-place", Kind.STRENGTH)))
                .isEqualTo("'y2016' & 'tdistrict' & 'rlondon' & 'kstrength' & 'cleadership-of-place'");
        assertThat(ReportSearch.facets(query("x"))).isEmpty();
        // Key recommendations are recommendations too.
        assertThat(search.search(new Query("budget", null, null, 2025, null, Kind.RECOMMENDATION), 50, 0)
                        .hits())
                .extracting(Hit::kind)
                .contains("KEY_RECOMMENDATION", "RECOMMENDATION");
        assertThat(search.search(new Query("zebracrossing", "UNITARY", "EAST_MIDLANDS", 2025, null, null), 50, 0)
                        .total())
                .isEqualTo(2);
    }

    @Test
    void a_search_matching_more_than_can_be_ranked_ranks_the_first_and_says_so() throws Exception {
        ReportSearch.Results all = search.search(query("zebracrossing"), 50, 0);
        assertThat(all.capped()).isFalse();
        ReportSearch.Results capped = search.search(query("zebracrossing"), 50, 0, 1);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.total()).isEqualTo(2).isEqualTo(capped.hits().size());
        assertThat(search.search(query("zebracrossing"), 10, 40).total())
                .as("a page past the end still counts")
                .isEqualTo(2);
    }

    @Test
    void snippets_escape_the_report_and_add_only_marks() throws Exception {
        List<Hit> hits = search.search(query("zebracrossing"), 50, 0).hits();
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.snippet()).doesNotContain("<script", "<b>", "<img");
            assertThat(h.snippet()).contains("<mark>zebracrossing</mark>");
            assertThat(h.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
        assertThat(ReportSearch.highlight("a \u0003 b \u0002c")).isEqualTo("a  b <mark>c</mark>");

        String page = mvc.perform(get("/reports/search").param("q", "zebracrossing"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<mark>zebracrossing</mark>").doesNotContain("<script>alert", "<img src=x");
        assertThat(page).contains("/reports/" + sampleReport + "#p");
    }

    @Test
    void the_report_page_is_public_with_paragraph_anchors_and_findings() throws Exception {
        String page = mvc.perform(get("/reports/" + sampleReport))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"p1\"", "id=\"findings\"", "Refresh the medium term financial strategy");
        assertThat(page).doesNotContain("<script>alert");
        mvc.perform(get("/reports/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/reports/search")
                        .param("q", "strategy")
                        .param("kind", "RECOMMENDATION")
                        .param("year", "2025"))
                .andExpect(status().isOk());
    }

    @Test
    void the_notable_practice_library_and_sector_themes_are_public() throws Exception {
        String library = mvc.perform(get("/reports/notable-practice").param("q", "zebracrossing"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(library)
                .contains("1 item", "Rutland", "zebracrossing scheme")
                .doesNotContain("<img src=x");
        mvc.perform(get("/reports/notable-practice")
                        .param("councilType", "LONDON_BOROUGH")
                        .param("q", "zebracrossing"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("0 items")));
        String themes = mvc.perform(get("/reports/themes"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(themes).contains("id=\"components\"", "Recommendations by framework component", "2025");
        mvc.perform(get("/reports/themes").param("councilType", "UNITARY")).andExpect(status().isOk());
    }
}

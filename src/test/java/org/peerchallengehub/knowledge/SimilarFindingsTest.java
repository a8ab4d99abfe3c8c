package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.knowledge.SimilarFindings.Similar;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Similar across the sector" over real all-MiniLM-L6-v2 vectors of a few made-up reports. */
@HubIntegrationTest
class SimilarFindingsTest {

    static final String RUTLAND = "E06000017";
    static final String THURROCK = "E06000034";
    static final String LAMBETH = "E09000022";
    static final String CORNWALL = "E06000052";

    // Texts no other test uses: other tests import the sample report for other councils, and its
    // finance recommendation would rightly be "similar across the sector" too.
    static final String RESERVES = "Rebuild the council's depleted general fund reserves to a prudent level";
    static final String THURROCK_RESERVES = "Restore usable reserves, which have fallen below a prudent minimum";
    static final String LAMBETH_RESERVES = "Set a plan to replenish the general fund reserve over three years";

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    SimilarFindings similar;

    @Autowired
    EmbeddingWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long rutlandReport;

    /** The reports this test imported (other tests share the database). */
    final Set<Long> ours = new HashSet<>();

    /** The sample report with another council, other dates and other key recommendations. */
    ImportOutcome save(String gss, LocalDate start, List<String> keyRecommendations) {
        byte[] sample = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
        ReadReport read = parser.read(sample);
        ParsedReport r = read.report();
        ParsedReport changed = r.withCouncil(r.council(), gss)
                .withOnSite(new ParsedReport.OnSite(start, start.plusDays(3)))
                .withKeyRecommendations(keyRecommendations)
                .withThemes(List.of())
                .withNotablePractice(List.of());
        ImportOutcome outcome = importer.save(
                gss + ".txt", sample, new ReadReport(changed, read.paragraphs()), OnDuplicate.UPDATE, null);
        ours.add(outcome.reportId());
        return outcome;
    }

    @BeforeEach
    void importReports() throws InterruptedException {
        rutlandReport = save(
                        RUTLAND,
                        LocalDate.of(2019, 5, 13),
                        List.of(RESERVES, "Agree a small number of priorities with partners"))
                .reportId();
        // The same council again, years later, told much the same: never "similar across the sector".
        save(RUTLAND, LocalDate.of(2023, 2, 6), List.of("Rebuild general fund reserves to a prudent level quickly"));
        save(
                THURROCK,
                LocalDate.of(2018, 10, 1),
                List.of(
                        THURROCK_RESERVES,
                        "Improve the condition of parks and playgrounds",
                        "Hold regular residents' meetings in every ward"));
        save(
                LAMBETH,
                LocalDate.of(2017, 3, 20),
                List.of(LAMBETH_RESERVES, "Recruit more planning officers to clear the backlog of applications"));
        save(CORNWALL, LocalDate.of(2020, 1, 27), List.of("Celebrate the success of the county's tourism festival"));
        assertThat(worker.drain(Duration.ofMinutes(2)))
                .as("every text embedded")
                .isTrue();
    }

    long findingId(long reportId, String text) {
        return jdbc.sql("select id from report_finding where report_id = :r and text = :t")
                .param("r", reportId)
                .param("t", text)
                .query(Long.class)
                .single();
    }

    @Test
    void similar_finance_recommendations_of_other_councils_rank_above_unrelated_ones() {
        SimilarFindings.Result result =
                similar.similarTo(findingId(rutlandReport, RESERVES)).orElseThrow();
        assertThat(result.status()).isEqualTo(SimilarFindings.Status.READY);
        List<Similar> found = result.similar();
        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(found).extracting(Similar::councilGss).doesNotContain(RUTLAND);
        assertThat(found).extracting(Similar::text).contains(THURROCK_RESERVES, LAMBETH_RESERVES);
        // Among this test's reports (the shared database holds others'), the two reserves
        // recommendations come first, well above the unrelated ones.
        List<Similar> mine =
                found.stream().filter(s -> ours.contains(s.reportId())).toList();
        assertThat(mine.subList(0, 2))
                .extracting(Similar::text)
                .containsExactlyInAnyOrder(THURROCK_RESERVES, LAMBETH_RESERVES);
        assertThat(mine.subList(0, 2)).extracting(Similar::councilGss).containsExactlyInAnyOrder(THURROCK, LAMBETH);
        assertThat(mine.subList(0, 2)).extracting(Similar::year).containsExactlyInAnyOrder(2018, 2017);
        double unrelated =
                mine.stream().skip(2).mapToDouble(Similar::similarity).max().orElse(0);
        assertThat(mine.get(1).similarity()).isGreaterThan(unrelated + 0.2);
        assertThat(found).extracting(Similar::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void the_page_and_the_api_are_public_and_unknown_findings_are_404() throws Exception {
        long id = findingId(rutlandReport, RESERVES);
        String report = mvc.perform(get("/reports/" + rutlandReport))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("/reports/findings/" + id + "/similar", "Similar across the sector");

        String page = mvc.perform(get("/reports/findings/" + id + "/similar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Similar across the sector",
                        "depleted general fund reserves",
                        "Restore usable reserves",
                        "2018",
                        "%")
                .doesNotContain("still being computed");

        mvc.perform(get("/api/v1/findings/" + id + "/similar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finding.id").value(id))
                .andExpect(jsonPath("$.finding.councilGss").value(RUTLAND))
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.similar[*].text").value(org.hamcrest.Matchers.hasItem(THURROCK_RESERVES)))
                .andExpect(jsonPath("$.similar[0].similarity").isNumber())
                .andExpect(jsonPath("$.similar[0].href").value(org.hamcrest.Matchers.startsWith("/reports/")))
                .andExpect(jsonPath("$.similar[*].councilGss")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(RUTLAND))));

        mvc.perform(get("/reports/findings/999999999/similar")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/findings/999999999/similar"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No finding has the id 999999999"));
    }

    @Test
    void a_text_is_embedded_once_whatever_its_spacing_or_case() {
        long stored = jdbc.sql(
                        """
                        select count(*) from text_embedding e
                        where e.text_key = finding_text_key('  rebuild THE council''s depleted   general fund reserves to a prudent level ')
                        """)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from text_embedding where octet_length(vector) <> 384")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.knowledge.ImportOutcome;
import org.peerchallengehub.knowledge.ReportImporter;
import org.peerchallengehub.knowledge.ReportParser;
import org.peerchallengehub.knowledge.SampleReport;
import org.peerchallengehub.knowledge.SimilarFindings;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Similar across the sector" in the browser, signed out: from a report's finding to the most
 * similar findings of other councils and back into another council's report. Two variations of the
 * made-up sample (other councils, visits in 2014 and 2015 that no other test records).
 */
@HubIntegrationTest
@DisplayName("Browser: similar findings across the sector")
class BrowserSimilarFindingsJourneyTest extends BrowserTestBase {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    SimilarFindings similar;

    @Autowired
    JdbcClient jdbc;

    private long save(String council, String year, String financeRecommendation) {
        byte[] text = SampleReport.TEXT
                .replace("Rutland County Council", council)
                .replace("3 – 6 March 2025", "3 – 6 March " + year)
                .replace("Refresh the medium term financial strategy and close the budget gap", financeRecommendation)
                .getBytes(StandardCharsets.UTF_8);
        ImportOutcome outcome =
                importer.save(council + ".txt", text, parser.read(text), ReportImporter.OnDuplicate.UPDATE, null);
        assertThat(outcome.reportId()).as(outcome.message()).isNotNull();
        return outcome.reportId();
    }

    @Test
    @DisplayName("anyone follows a finding to similar ones of other councils and on to their report")
    void fromAFindingToOtherCouncils() throws InterruptedException {
        // Two near-identical finance recommendations no other test uses.
        long calderdale = save(
                "Calderdale Metropolitan Borough Council",
                "2014",
                "Put the capybara reserve's medium term financial plan on a sustainable footing");
        long wakefield = save(
                "Wakefield Metropolitan District Council",
                "2015",
                "Put the capybara reserve's medium-term financial plan on a sustainable footing by March");
        long finding = jdbc.sql(
                        """
                        select id from report_finding where report_id = :r and kind = 'KEY_RECOMMENDATION'
                        and text like 'Put the capybara%'
                        """)
                .param("r", calderdale)
                .query(Long.class)
                .single();
        // The vectors are computed in the background: wait for them (the page would say so meanwhile).
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (similar.similarTo(finding).orElseThrow().status() == SimilarFindings.Status.COMPUTING
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }

        open("/reports/" + calderdale);
        follow(driver.findElement(By.cssSelector("a[href='/reports/findings/" + finding + "/similar']")));
        assertThat(heading()).isEqualTo("Similar across the sector");
        assertThat(mainText()).contains("capybara reserve", "Wakefield", "2015");
        assertThat(mainText()).doesNotContain("still being computed");
        // The first row is Wakefield's near-identical recommendation: on to its paragraph.
        follow(driver.findElement(By.xpath("//table//a[starts-with(normalize-space(), 'In the report')]")));
        assertThat(path()).startsWith("/reports/" + wakefield + "#");
    }
}

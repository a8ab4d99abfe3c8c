package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's feedback reports as the demo itself builds them on a fresh database (issue 17 item 7): the
 * challenges module walks their challenges to "feedback given", evidence agrees their findings, and the
 * reports are written through the reporting module: one in the council's check with a correction of fact
 * and an opinion, two published (Sheffield and Oxford) at their stable addresses.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.demo-programme=true")
class DemoReportsInTheDemoTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_has_a_report_in_the_council_check_and_two_published() throws InterruptedException {
        // the report findings and the reports are applied after start, on the demo's background thread
        for (int i = 0; i < 240 && appliedLater() < 2; i++) {
            Thread.sleep(500);
        }
        assertThat(jdbc.sql("select name from demo_contribution where name in (:n) order by name")
                        .param(
                                "n",
                                List.of(
                                        "challenges.report-challenges",
                                        "evidence.report-findings",
                                        "reporting.reports"))
                        .query(String.class)
                        .list())
                .containsExactly("challenges.report-challenges", "evidence.report-findings", "reporting.reports");
        assertThat(jdbc.sql(
                                """
                                select p.slug from feedback_report_publication p
                                join feedback_report r on r.id = p.report_id
                                where r.state = 'PUBLISHED' and p.edition = 1 order by p.slug
                                """)
                        .query(String.class)
                        .list())
                .anySatisfy(s -> assertThat(s).matches("oxford-city-council-\\d{4}-finance-pc"))
                .anySatisfy(s -> assertThat(s).matches("sheffield-city-council-\\d{4}-cpc"));
        assertThat(jdbc.sql(
                                """
                                select c.kind from feedback_report_comment c join feedback_report r on r.id = c.report_id
                                where r.state = 'FACTUAL_ACCURACY_CHECK' and c.author_council_gss = 'E06000034'
                                order by c.id
                                """)
                        .query(String.class)
                        .list())
                .containsExactly("FACT_CORRECTION", "OPINION");
        // the published reports quote their agreed findings
        assertThat(jdbc.sql(
                                """
                                select jsonb_array_length(p.document -> 'keyRecommendations')
                                from feedback_report_publication p
                                """)
                        .query(Integer.class)
                        .list())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n).isEqualTo(3));
    }

    private int appliedLater() {
        return jdbc.sql(
                        "select count(*) from demo_contribution where name in ('evidence.report-findings', 'reporting.reports')")
                .query(Integer.class)
                .single();
    }
}

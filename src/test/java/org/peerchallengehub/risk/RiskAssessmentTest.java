package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.indicators.StartingDataset;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Assessments "as known on" a date over the real starting dataset: a figure or an event that became known
 * one day after the date changes nothing; the backtest reads outcomes after the date as ground truth only.
 */
@HubIntegrationTest
class RiskAssessmentTest {

    static final LocalDate D = LocalDate.of(2018, 1, 1);
    /** A county council that existed on D (abolished in 2020), used by no other test. */
    static final String COUNTY = "E10000002";
    /** The county council that issued a section 114 notice on 2 February 2018 (in the outcomes file). */
    static final String FAILED = "E10000021";

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    Assessments assessments;

    @Autowired
    Backtests backtests;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loaded() {
        startingDataset.load();
    }

    @Test
    void a_figure_published_one_day_after_the_date_changes_nothing() {
        Assessment before = assessments.one(COUNTY, D).orElseThrow();
        int metric = jdbc.sql("select num from metric where id = 'usable-reserves-to-nre'")
                .query(Integer.class)
                .single();
        jdbc.sql(
                        """
                        insert into metric_value (area, metric_num, period_end, published, value)
                        values (:area, :metric, date '2017-03-31', :published, 0.1)
                        """)
                .param("area", COUNTY)
                .param("metric", metric)
                .param("published", D.plusDays(1))
                .update();
        try {
            Assessment same = assessments.one(COUNTY, D).orElseThrow();
            assertThat(same).isEqualTo(before);
            Assessment later = assessments.one(COUNTY, D.plusDays(1)).orElseThrow();
            assertThat(result(later, LowReserves.ID).words()).contains(" 0.1 % in 2016-17");
            assertThat(result(before, LowReserves.ID).words()).doesNotContain(" 0.1 % in 2016-17");
        } finally {
            jdbc.sql("delete from metric_value where area = :area and metric_num = :metric and published = :published")
                    .param("area", COUNTY)
                    .param("metric", metric)
                    .param("published", D.plusDays(1))
                    .update();
        }
    }

    @Test
    void an_event_known_one_day_after_the_date_changes_nothing() {
        Assessment before = assessments.one(COUNTY, D).orElseThrow();
        jdbc.sql(
                        """
                        insert into risk_event (council_gss, kind, event_date, known_on, source, recorded_by)
                        values (:area, 'SECTION_114_NOTICE', :happened, :known, 'test', 'Test')
                        """)
                .param("area", COUNTY)
                .param("happened", D.minusDays(3))
                .param("known", D.plusDays(1))
                .update();
        try {
            assertThat(assessments.one(COUNTY, D).orElseThrow()).isEqualTo(before);
            Assessment later = assessments.one(COUNTY, D.plusDays(1)).orElseThrow();
            assertThat(result(later, Section114Notice.ID).points()).isEqualTo(7);
            assertThat(later.level()).isEqualTo(ConcernLevel.SERIOUS_CONCERN);
        } finally {
            jdbc.sql("delete from risk_event where council_gss = :area and source = 'test'")
                    .param("area", COUNTY)
                    .update();
        }
    }

    @Test
    void the_breakdown_says_why_in_words_and_numbers_from_real_figures() {
        Assessment failed = assessments.one(FAILED, D).orElseThrow();
        SignalResult reserves = result(failed, LowReserves.ID);
        assertThat(reserves.flagged()).isTrue();
        assertThat(reserves.words())
                .startsWith(
                        "Usable reserves as a share of net revenue expenditure 4.7 % in 2016-17, lowest quartile of the ");
        // The section 114 notice of 2 February 2018 was not known on 1 January 2018.
        assertThat(result(failed, Section114Notice.ID).flagged()).isFalse();
        assertThat(result(assessments.one(FAILED, LocalDate.of(2018, 2, 2)).orElseThrow(), Section114Notice.ID)
                        .points())
                .isEqualTo(7);
    }

    @Test
    void a_council_that_did_not_exist_on_the_date_has_no_assessment() {
        // Buckinghamshire Council (unitary) was created on 1 April 2020.
        assertThat(assessments.one("E06000060", D)).isEmpty();
        assertThat(assessments.one("E06000060", LocalDate.of(2021, 1, 1))).isPresent();
    }

    @Test
    void the_backtest_ranks_every_council_of_the_date_and_reads_later_outcomes_only_as_ground_truth() {
        Backtest.Result result = backtests.run(D);
        int existing = jdbc.sql(
                        "select count(*) from councils_council_v where (start_date is null or start_date <= :d) and (end_date is null or end_date > :d)")
                .param("d", D)
                .query(Integer.class)
                .single();
        assertThat(result.councils()).isEqualTo(existing);
        List<String> lines = Backtests.csv(result).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("gss_code,council,score,level,top_signals");
        assertThat(lines).hasSize(existing + 1);
        assertThat(result.failures()).extracting(Backtest.Failure::gss).containsExactly(FAILED);
        assertThat(result.failures().getFirst().failedOn()).isEqualTo(LocalDate.of(2018, 2, 2));
        assertThat(Backtests.evaluation(result)).contains("Found in the top 10 %: the method ");
        // Nothing failed after April 2020 in the outcomes file: as of 2020-04-01 there is nothing to find.
        assertThat(backtests.run(LocalDate.of(2020, 4, 1)).failures()).isEmpty();
    }

    static SignalResult result(Assessment assessment, String id) {
        return assessment.results().stream()
                .filter(r -> r.signalId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}

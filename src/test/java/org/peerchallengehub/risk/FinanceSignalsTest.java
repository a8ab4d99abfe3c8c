package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchallengehub.risk.TestFacts.assess;
import static org.peerchallengehub.risk.TestFacts.fifteen;

import org.junit.jupiter.api.Test;

/**
 * The finance signals at their boundaries, without Spring: worst quartile of the comparators (inclusive),
 * the absolute line (strict), the trend (strict), the age of the figures and the number of comparators.
 */
class FinanceSignalsTest {

    static final String RESERVES = "usable-reserves-to-nre";
    static final String YEAR = "2017-03-31";

    /** Low reserves against comparators 30..100 (lower quartile 47.5). */
    static TestFacts reserves(double value) {
        return TestFacts.asOf("2018-01-01").value(RESERVES, YEAR, value).comparators(RESERVES, YEAR, fifteen());
    }

    @Test
    void a_figure_exactly_at_the_lower_quartile_is_in_the_worst_quartile_but_needs_trend_or_line_for_points() {
        SignalResult atQuartile = assess(new LowReserves(), reserves(47.5));
        assertThat(atQuartile.outcome()).isEqualTo(SignalResult.Outcome.CLEAR);
        assertThat(atQuartile.words()).contains("lowest quartile of its 15 nearest neighbours (median 65.0 %)");
        SignalResult above = assess(new LowReserves(), reserves(47.6));
        assertThat(above.words()).contains("not in the worst quartile");
    }

    @Test
    void the_absolute_line_is_strict_and_counts_only_in_the_worst_quartile() {
        TestFacts onLine = TestFacts.asOf("2018-01-01")
                .value(RESERVES, YEAR, 25)
                .comparators(RESERVES, YEAR, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42);
        assertThat(assess(new LowReserves(), onLine).flagged()).isFalse();
        TestFacts below = TestFacts.asOf("2018-01-01")
                .value(RESERVES, YEAR, 24.9)
                .comparators(RESERVES, YEAR, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42);
        SignalResult flagged = assess(new LowReserves(), below);
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.points()).isEqualTo(1);
        assertThat(flagged.words()).contains("below 25.0 %, the line set from figures before April 2020");
        // Beyond the line but not in the worst quartile of its comparators: judged against councils like it, no points.
        TestFacts lowButTypical =
                TestFacts.asOf("2018-01-01").value(RESERVES, YEAR, 20).comparators(RESERVES, YEAR, 5, 6, 7, 8, 9, 10);
        assertThat(assess(new LowReserves(), lowButTypical).flagged()).isFalse();
    }

    @Test
    void a_fall_counts_only_when_larger_than_the_minimum_change() {
        SignalResult fellByOne = assess(new LowReserves(), reserves(40).value(RESERVES, "2016-03-31", 41));
        assertThat(fellByOne.flagged()).isFalse();
        assertThat(fellByOne.words()).contains("down from 41.0 % 1 year earlier");
        SignalResult fellByMore = assess(new LowReserves(), reserves(40).value(RESERVES, "2016-03-31", 41.01));
        assertThat(fellByMore.points()).isEqualTo(1);
        SignalResult both = assess(new LowReserves(), reserves(4.7).value(RESERVES, "2016-03-31", 10));
        assertThat(both.points()).isEqualTo(2);
        assertThat(both.words()).startsWith("Usable reserves as a share of net revenue expenditure 4.7 % in 2016-17");
    }

    @Test
    void figures_older_than_the_age_limit_are_no_data_never_a_clear() {
        SignalResult justInTime = assess(
                new LowReserves(),
                TestFacts.asOf("2019-03-31").value(RESERVES, YEAR, 4).comparators(RESERVES, YEAR, fifteen()));
        assertThat(justInTime.flagged()).isTrue();
        SignalResult tooOld = assess(
                new LowReserves(),
                TestFacts.asOf("2019-04-01").value(RESERVES, YEAR, 4).comparators(RESERVES, YEAR, fifteen()));
        assertThat(tooOld.outcome()).isEqualTo(SignalResult.Outcome.NO_DATA);
        assertThat(tooOld.words()).contains("too old to judge");
        assertThat(assess(new LowReserves(), TestFacts.asOf("2018-01-01")).outcome())
                .isEqualTo(SignalResult.Outcome.NO_DATA);
    }

    @Test
    void fewer_than_five_comparators_with_figures_is_no_data() {
        assertThat(assess(
                                new LowReserves(),
                                TestFacts.asOf("2018-01-01")
                                        .value(RESERVES, YEAR, 4)
                                        .comparators(RESERVES, YEAR, 10, 20, 30, 40))
                        .outcome())
                .isEqualTo(SignalResult.Outcome.NO_DATA);
        assertThat(assess(
                                new LowReserves(),
                                TestFacts.asOf("2018-01-01")
                                        .value(RESERVES, YEAR, 4)
                                        .comparators(RESERVES, YEAR, 10, 20, 30, 40, 50))
                        .flagged())
                .isTrue();
    }

    @Test
    void borrowing_growth_is_worse_when_higher_and_its_line_gives_two_points() {
        String metric = "borrowing-growth-5y";
        String date = "2017-03-31";
        double[] peers = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140};
        SignalResult onLine = assess(
                new BorrowingGrowth(),
                TestFacts.asOf("2018-01-01").value(metric, date, 115).comparators(metric, date, peers));
        assertThat(onLine.flagged()).isFalse();
        assertThat(onLine.words()).contains("highest quartile");
        SignalResult beyond = assess(
                new BorrowingGrowth(),
                TestFacts.asOf("2018-01-01").value(metric, date, 115.1).comparators(metric, date, peers));
        assertThat(beyond.points()).isEqualTo(2);
        assertThat(beyond.words()).contains("31 March 2017");
    }

    @Test
    void each_finance_signal_reads_its_own_metric_from_the_data_file() {
        record Case(Signal signal, String metric, double bad, double[] peers, String period) {}
        double[] low = {50, 60, 70, 80, 90, 100};
        double[] high = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
        for (Case c : java.util.List.of(
                new Case(new FallingReserves(), "usable-reserves-change-3y", -60, low, "2017-03-31"),
                new Case(new ReservesDrawdown(), DerivedSeries.RESERVES_DRAWDOWN, 20, high, "2017-03-31"),
                new Case(new HighBorrowing(), "borrowing-to-nre", 12, high, "2017-03-31"),
                new Case(new ShortTermBorrowing(), DerivedSeries.SHORT_TERM_SHARE, 60, high, "2017-03-31"),
                new Case(new BorrowingFromCouncils(), DerivedSeries.COUNCIL_LENDER_SHARE, 60, high, "2017-03-31"),
                new Case(new InterestBurden(), "external-interest-to-nre", 20, high, "2017-03-31"),
                new Case(new SocialCarePressure(), "social-care-spend-to-nre", 75, high, "2017-03-31"),
                new Case(new LowCouncilTaxShare(), "council-tax-requirement-to-nre", 30, low, "2017-03-31"))) {
            SignalResult result = assess(
                    c.signal(),
                    TestFacts.asOf("2018-01-01")
                            .value(c.metric(), c.period(), c.bad())
                            .comparators(c.metric(), c.period(), c.peers()));
            assertThat(result.flagged())
                    .as(c.signal().id() + ": " + result.words())
                    .isTrue();
            assertThat(result.family()).isEqualTo(Signal.Family.FINANCE);
        }
    }

    @Test
    void derived_series_are_computed_from_the_figures_known() {
        var own = new java.util.HashMap<String, java.util.NavigableMap<java.time.LocalDate, Double>>();
        own.put(
                "usable-reserves",
                new java.util.TreeMap<>(java.util.Map.of(
                        java.time.LocalDate.parse("2016-03-31"),
                        100.0,
                        java.time.LocalDate.parse("2017-03-31"),
                        80.0)));
        own.put(
                "net-revenue-expenditure",
                new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.parse("2017-03-31"), 200.0)));
        own.put(
                "borrowing-total",
                new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.parse("2017-03-31"), 400.0)));
        own.put(
                "borrowing-short-term",
                new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.parse("2017-03-31"), 100.0)));
        DerivedSeries.add(own);
        assertThat(own.get(DerivedSeries.RESERVES_DRAWDOWN))
                .containsEntry(java.time.LocalDate.parse("2017-03-31"), 10.0);
        assertThat(own.get(DerivedSeries.SHORT_TERM_SHARE))
                .containsEntry(java.time.LocalDate.parse("2017-03-31"), 25.0);
        assertThat(own).doesNotContainKey(DerivedSeries.COUNCIL_LENDER_SHARE);
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "As known on date D": for each council, metric and period, the value published last on or before
 * D; never one published after. Revisions and derived metrics follow the same rule.
 */
@HubIntegrationTest
class AsOfQueriesTest {

    static final String METRIC = "test-as-of-visits";
    static final String RUTLAND = "E06000017";
    static final String COUNCIL_B = "E06000018";

    @Autowired
    MetricImports imports;

    @Autowired
    Indicators indicators;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void values() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        Fixtures.define(imports, METRIC, "financial-year");
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value,published
                test-as-of-visits,E06000017,2018-19,100,2019-06-30
                test-as-of-visits,E06000017,2018-19,110,2020-06-30
                test-as-of-visits,E06000017,2019-20,120,2020-06-30
                test-as-of-visits,E06000017,2020-21,130,2021-06-30
                test-as-of-visits,E06000018,2018-19,50,2019-06-30
                test-as-of-visits,E06000018,2019-20,55,2021-01-15
                """,
                null);
    }

    @Test
    void a_value_is_unknown_before_its_publication_and_revised_by_a_later_one() {
        Period year = new Period.FinancialYear(2018);
        assertThat(indicators.value(METRIC, RUTLAND, year, LocalDate.of(2019, 6, 29)))
                .isEmpty();
        assertThat(indicators.value(METRIC, RUTLAND, year, LocalDate.of(2019, 6, 30)))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(100.0);
        assertThat(indicators.value(METRIC, RUTLAND, year, LocalDate.of(2020, 6, 29)))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(100.0);
        assertThat(indicators.value(METRIC, RUTLAND, year, null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(110.0);
    }

    @Test
    void no_query_returns_a_value_published_after_the_date() {
        for (LocalDate asOf = LocalDate.of(2019, 1, 1);
                asOf.isBefore(LocalDate.of(2022, 1, 1));
                asOf = asOf.plusDays(17)) {
            LocalDate d = asOf;
            List<MetricValue> all = new java.util.ArrayList<>();
            all.addAll(indicators.series(METRIC, RUTLAND, d));
            all.addAll(indicators.latest(RUTLAND, d));
            all.addAll(indicators.across(METRIC, new Period.FinancialYear(2019), List.of(RUTLAND, COUNCIL_B), d));
            all.addAll(indicators.latest("E06000034", d));
            List<String> key = List.of(METRIC, "net-revenue-expenditure", "usable-reserves", "no-such-metric");
            List<MetricValue> some = indicators.latest("E06000034", key, d);
            all.addAll(some);
            all.addAll(indicators.latest(RUTLAND, key, d));
            assertThat(all).allSatisfy(v -> assertThat(v.published()).isBeforeOrEqualTo(d));
            // the chosen metrics' latest values are those of every metric's, filtered
            assertThat(some)
                    .containsExactlyInAnyOrderElementsOf(indicators.latest("E06000034", d).stream()
                            .filter(v -> key.contains(v.metricId()))
                            .toList());
            assertThat(indicators.latest(RUTLAND, key, d))
                    .containsExactlyInAnyOrderElementsOf(indicators.latest(RUTLAND, d).stream()
                            .filter(v -> key.contains(v.metricId()))
                            .toList());
            assertThat(indicators.inspections("E06000034", d))
                    .allSatisfy(i -> assertThat(i.published()).isBeforeOrEqualTo(d));
        }
    }

    @Test
    void a_series_has_one_value_per_period_as_known_then() {
        assertThat(indicators.series(METRIC, RUTLAND, LocalDate.of(2020, 12, 31)))
                .extracting(v -> v.period().label(), MetricValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2018-19", 110.0),
                        org.assertj.core.groups.Tuple.tuple("2019-20", 120.0));
        assertThat(indicators.latest(RUTLAND, LocalDate.of(2020, 12, 31)))
                .filteredOn(v -> v.metricId().equals(METRIC))
                .singleElement()
                .extracting(v -> v.period().label())
                .isEqualTo("2019-20");
        assertThat(indicators.across(
                        METRIC,
                        new Period.FinancialYear(2019),
                        List.of(RUTLAND, COUNCIL_B),
                        LocalDate.of(2020, 12, 31)))
                .extracting(MetricValue::area)
                .containsExactly(RUTLAND);
    }

    @Test
    void derived_values_are_known_from_the_latest_of_their_inputs_publications() {
        // Thurrock 2017-18, from the starting dataset: NRE and reserves published 30 November 2018,
        // borrowing at 31 March 2018 on 30 September 2018.
        Period year = new Period.FinancialYear(2017);
        assertThat(indicators.value("borrowing-to-nre", "E06000034", year, LocalDate.of(2018, 11, 29)))
                .isEmpty();
        assertThat(indicators.value("borrowing-to-nre", "E06000034", year, LocalDate.of(2018, 11, 30)))
                .get()
                .satisfies(v -> {
                    assertThat(v.published()).isEqualTo(LocalDate.of(2018, 11, 30));
                    assertThat(v.value()).isCloseTo(792889.0 / 107284, within(1e-9));
                });
    }

    @Test
    void a_revised_input_revises_the_derived_value_from_its_date() {
        // Southampton's unallocated reserves at 31 March 2017: 11,205 in the 2016-17 return (published
        // 30 November 2017), restated as 11,316 by the 2017-18 return (30 November 2018).
        Period at = new Period.Day(LocalDate.of(2017, 3, 31));
        assertThat(indicators.value("unallocated-reserves", "E06000045", at, LocalDate.of(2018, 1, 1)))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(11205.0);
        assertThat(indicators.value("unallocated-reserves", "E06000045", at, null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(11316.0);
        assertThat(indicators.value("usable-reserves", "E06000045", at, LocalDate.of(2018, 1, 1)))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(68549.0 + 11205);
        assertThat(indicators.value("usable-reserves", "E06000045", at, null))
                .get()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo(68549.0 + 11316);
                    assertThat(v.published()).isEqualTo(LocalDate.of(2018, 11, 30));
                });
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.indicators.DerivedMetrics.Computed;
import org.peerchallengehub.indicators.DerivedMetrics.Version;

/** The derived metrics' formulas, and how their values are versioned by their inputs' publication dates. */
class DerivedMetricsTest {

    static final LocalDate NOV_2018 = LocalDate.of(2018, 11, 30);
    static final LocalDate NOV_2019 = LocalDate.of(2019, 11, 30);
    static final LocalDate MAR_2018 = LocalDate.of(2018, 3, 31);
    static final LocalDate FY_2017_18 = MAR_2018;

    final Map<String, NavigableMap<LocalDate, List<Version>>> values = new HashMap<>();

    void put(String metric, LocalDate periodEnd, LocalDate published, double value) {
        values.computeIfAbsent(metric, m -> new TreeMap<>())
                .computeIfAbsent(periodEnd, d -> new ArrayList<>())
                .add(new Version(published, value));
    }

    List<Computed> computed(String metricId) {
        return DerivedMetrics.compute(values).stream()
                .filter(c -> c.metricId().equals(metricId))
                .toList();
    }

    @Test
    void usable_reserves_are_other_earmarked_plus_unallocated_and_exclude_schools() {
        // Thurrock at 31 March 2018 (RS 2017-18): schools 1,542, public health 377, other earmarked 406, unallocated
        // 11,000
        put("schools-reserves", MAR_2018, NOV_2018, 1542);
        put("public-health-reserves", MAR_2018, NOV_2018, 377);
        put("other-earmarked-reserves", MAR_2018, NOV_2018, 406);
        put("unallocated-reserves", MAR_2018, NOV_2018, 11000);
        assertThat(computed("usable-reserves"))
                .containsExactly(new Computed("usable-reserves", MAR_2018, NOV_2018, 11406));
    }

    @Test
    void ratios_to_net_revenue_expenditure() {
        // Thurrock 2017-18: NRE 107,284; council tax requirement 61,683; adult 37,598 and children's 36,624
        // social care; interest 4,591; borrowing at 31 March 2018 792,889 (published later, in 2018-09)
        put("net-revenue-expenditure", FY_2017_18, NOV_2018, 107284);
        put("council-tax-requirement", FY_2017_18, NOV_2018, 61683);
        put("adult-social-care-spend", FY_2017_18, NOV_2018, 37598);
        put("childrens-social-care-spend", FY_2017_18, NOV_2018, 36624);
        put("external-interest-payments", FY_2017_18, NOV_2018, 4591);
        put("borrowing-total", MAR_2018, LocalDate.of(2018, 9, 30), 792889);
        put("other-earmarked-reserves", MAR_2018, NOV_2018, 406);
        put("unallocated-reserves", MAR_2018, NOV_2018, 11000);

        assertThat(single("council-tax-requirement-to-nre").value()).isCloseTo(57.49506, within(1e-4));
        assertThat(single("social-care-spend-to-nre").value()).isCloseTo(69.18273, within(1e-4));
        assertThat(single("external-interest-to-nre").value()).isCloseTo(4.2793, within(1e-4));
        assertThat(single("usable-reserves-to-nre").value()).isCloseTo(10.6316, within(1e-4));
        Computed borrowing = single("borrowing-to-nre");
        assertThat(borrowing.value()).isCloseTo(7.39056, within(1e-5));
        // published: the latest of its inputs' publication dates
        assertThat(borrowing.published()).isEqualTo(NOV_2018);
        assertThat(borrowing.periodEnd()).isEqualTo(FY_2017_18);
    }

    @Test
    void changes_over_years_compare_the_same_date_years_apart() {
        // Thurrock borrowing: 309,639 at 31 March 2015 and 1,413,489 five years later
        put("borrowing-total", LocalDate.of(2015, 3, 31), LocalDate.of(2015, 9, 30), 309639);
        put("borrowing-total", LocalDate.of(2020, 3, 31), LocalDate.of(2020, 9, 30), 1413489);
        Computed growth = single("borrowing-growth-5y");
        assertThat(growth.periodEnd()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(growth.value()).isCloseTo((1413489.0 - 309639) / 309639 * 100, within(1e-9));

        put("other-earmarked-reserves", LocalDate.of(2015, 3, 31), NOV_2018, 100);
        put("unallocated-reserves", LocalDate.of(2015, 3, 31), NOV_2018, 100);
        put("other-earmarked-reserves", MAR_2018, NOV_2018, 50);
        put("unallocated-reserves", MAR_2018, NOV_2018, 100);
        assertThat(single("usable-reserves-change-3y").value()).isCloseTo(-25.0, within(1e-9));
    }

    @Test
    void no_value_where_the_formula_is_undefined_or_an_input_is_missing() {
        put("net-revenue-expenditure", FY_2017_18, NOV_2018, 0);
        put("council-tax-requirement", FY_2017_18, NOV_2018, 100);
        put("adult-social-care-spend", FY_2017_18, NOV_2018, 100);
        assertThat(computed("council-tax-requirement-to-nre")).isEmpty();
        assertThat(computed("social-care-spend-to-nre")).isEmpty(); // no children's social care figure
        put("borrowing-total", LocalDate.of(2015, 3, 31), NOV_2018, 0);
        put("borrowing-total", LocalDate.of(2020, 3, 31), NOV_2019, 10);
        assertThat(computed("borrowing-growth-5y")).isEmpty();
    }

    @Test
    void a_revised_input_makes_a_new_version_dated_by_the_revision() {
        // 2017-18 closing reserves, restated a year later as 2018-19's opening reserves
        put("net-revenue-expenditure", FY_2017_18, NOV_2018, 100000);
        put("other-earmarked-reserves", MAR_2018, NOV_2018, 5000);
        put("unallocated-reserves", MAR_2018, NOV_2018, 5000);
        put("unallocated-reserves", MAR_2018, NOV_2019, 7000);
        List<Computed> ratio = computed("usable-reserves-to-nre");
        assertThat(ratio)
                .containsExactly(
                        new Computed("usable-reserves-to-nre", FY_2017_18, NOV_2018, 10.0),
                        new Computed("usable-reserves-to-nre", FY_2017_18, NOV_2019, 12.0));
    }

    @Test
    void a_republication_of_the_same_figure_makes_no_new_version() {
        put("other-earmarked-reserves", MAR_2018, NOV_2018, 406);
        put("unallocated-reserves", MAR_2018, NOV_2018, 11000);
        put("unallocated-reserves", MAR_2018, NOV_2019, 11000);
        assertThat(computed("usable-reserves")).hasSize(1);
    }

    Computed single(String metricId) {
        List<Computed> all = computed(metricId);
        assertThat(all).as(metricId).hasSize(1);
        return all.getFirst();
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.councils.CouncilNotFound;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparisons against a small fixture on top of the real starting dataset, as known on several dates. */
@HubIntegrationTest
class ComparisonsTest {

    static final String METRIC = "test-cmp-score";
    static final String THURROCK = "E06000034";

    @Autowired
    MetricImports imports;

    @Autowired
    Comparisons comparisons;

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    ComparatorGroups groups;

    @Autowired
    MetricCatalogue catalogue;

    /** The fixture is imported once per test run: the shared context keeps it (and every import is listed). */
    static boolean imported;

    @BeforeEach
    void values() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        if (imported) {
            return;
        }
        imported = true;
        Fixtures.define(imports, METRIC, "financial-year");
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value,published
                test-cmp-score,E06000017,2019-20,12,2020-06-30
                test-cmp-score,E06000018,2019-20,18,2020-06-30
                test-cmp-score,E06000034,2019-20,25,2020-06-30
                test-cmp-score,E06000045,2019-20,22,2020-06-30
                test-cmp-score,E06000001,2019-20,41,2020-06-30
                test-cmp-score,E06000002,2019-20,45,2020-06-30
                test-cmp-score,E06000017,2020-21,10,2021-06-30
                test-cmp-score,E06000018,2020-21,20,2021-06-30
                test-cmp-score,E06000034,2020-21,30,2021-06-30
                test-cmp-score,E06000034,2020-21,35,2022-01-01
                test-cmp-score,E06000045,2020-21,20,2021-06-30
                test-cmp-score,E06000001,2020-21,40,2021-06-30
                test-cmp-score,E06000002,2020-21,50,2021-06-30
                test-cmp-score,E10000021,2020-21,99,2021-06-30
                """,
                null);
    }

    @Test
    void a_metric_across_the_same_type_ranks_the_council_with_median_and_quartiles() {
        MetricAcrossGroup across =
                comparisons.across(METRIC, THURROCK, GroupChoice.SAME_TYPE, null, LocalDate.of(2021, 12, 31));
        assertThat(across.period().label()).isEqualTo("2020-21");
        assertThat(across.bars())
                .extracting(b -> b.council().gss(), MetricAcrossGroup.Bar::value, MetricAcrossGroup.Bar::rank)
                .containsExactly(
                        tuple("E06000002", 50.0, 1),
                        tuple("E06000001", 40.0, 2),
                        tuple(THURROCK, 30.0, 3),
                        tuple("E06000018", 20.0, 4),
                        tuple("E06000045", 20.0, 4),
                        tuple("E06000017", 10.0, 6));
        assertThat(across.bars())
                .filteredOn(MetricAcrossGroup.Bar::highlighted)
                .singleElement()
                .extracting(b -> b.council().gss())
                .isEqualTo(THURROCK);
        assertThat(across.median()).isCloseTo(25, within(1e-9));
        assertThat(across.lowerQuartile()).isCloseTo(20, within(1e-9));
        assertThat(across.upperQuartile()).isCloseTo(37.5, within(1e-9));
        assertThat(across.rank()).isEqualTo(3);
        assertThat(across.ranked()).isEqualTo(6);
        assertThat(across.quartile()).isEqualTo(2);
        assertThat(across.previousValue()).isEqualTo(25.0);
        assertThat(across.previousPeriod().label()).isEqualTo("2019-20");
        assertThat(across.direction()).isEqualTo(Direction.IMPROVING);
        // a county (Northamptonshire) is not of the same type
        assertThat(across.bars()).extracting(b -> b.council().gss()).doesNotContain("E10000021");
    }

    @Test
    void a_value_published_after_the_date_is_never_used() {
        assertThat(comparisons
                        .across(METRIC, THURROCK, GroupChoice.SAME_TYPE, null, null)
                        .bars())
                .filteredOn(MetricAcrossGroup.Bar::highlighted)
                .singleElement()
                .extracting(MetricAcrossGroup.Bar::value)
                .isEqualTo(35.0);
        MetricAcrossGroup before =
                comparisons.across(METRIC, THURROCK, GroupChoice.SAME_TYPE, null, LocalDate.of(2021, 1, 1));
        assertThat(before.period().label()).isEqualTo("2019-20");
        assertThat(before.direction()).isEqualTo(Direction.NO_PREVIOUS);
        assertThat(before.rank()).isEqualTo(3);
        assertThatThrownBy(() ->
                        comparisons.across(METRIC, THURROCK, GroupChoice.SAME_TYPE, null, LocalDate.of(2020, 6, 29)))
                .hasMessageContaining("no figures");
        for (LocalDate d = LocalDate.of(2020, 6, 30); d.isBefore(LocalDate.of(2022, 3, 1)); d = d.plusDays(23)) {
            LocalDate asOf = d;
            MetricOverTime overTime = comparisons.overTime(METRIC, THURROCK, GroupChoice.SAME_TYPE, asOf);
            overTime.points().forEach(p -> {
                if (p.period().label().equals("2020-21") && p.value() != null) {
                    assertThat(p.value()).isEqualTo(asOf.isBefore(LocalDate.of(2022, 1, 1)) ? 30.0 : 35.0);
                }
            });
            assertThat(overTime.points())
                    .allSatisfy(p -> assertThat(p.period().end()).isBefore(asOf));
        }
    }

    @Test
    void over_time_the_council_is_shown_against_the_median_and_interquartile_range() {
        MetricOverTime overTime =
                comparisons.overTime(METRIC, THURROCK, GroupChoice.SAME_TYPE, LocalDate.of(2021, 12, 31));
        assertThat(overTime.points())
                .extracting(p -> p.period().label(), MetricOverTime.Point::value, MetricOverTime.Point::groupValues)
                .containsExactly(tuple("2019-20", 25.0, 6), tuple("2020-21", 30.0, 6));
        MetricOverTime.Point first = overTime.points().getFirst();
        // 12, 18, 22, 25, 41, 45
        assertThat(first.median()).isCloseTo(23.5, within(1e-9));
        assertThat(first.lowerQuartile()).isCloseTo(19, within(1e-9));
        assertThat(first.upperQuartile()).isCloseTo(37, within(1e-9));
    }

    @Test
    void the_profile_has_every_metric_by_theme_with_quartile_rank_and_direction() {
        CouncilProfile profile = comparisons.profile(THURROCK, GroupChoice.SAME_TYPE, LocalDate.of(2021, 12, 31));
        assertThat(profile.themes())
                .extracting(CouncilProfile.ThemeSection::theme)
                .contains(Theme.FINANCE, Theme.CONTEXT);
        CouncilProfile.Row row = profile.themes().stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.metric().id().equals(METRIC))
                .findFirst()
                .orElseThrow();
        assertThat(row.value()).isEqualTo(30.0);
        assertThat(row.rank()).isEqualTo(3);
        assertThat(row.ranked()).isEqualTo(6);
        assertThat(row.quartile()).isEqualTo(2);
        assertThat(row.median()).isCloseTo(25, within(1e-9));
        assertThat(row.direction()).isEqualTo(Direction.IMPROVING);
        // the real figures: Thurrock's net revenue expenditure 2017-18 is among the finance rows
        CouncilProfile.Row nre = profile.themes().stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.metric().id().equals("net-revenue-expenditure"))
                .findFirst()
                .orElseThrow();
        assertThat(nre.period().label()).isEqualTo("2017-18");
        assertThat(nre.value()).isEqualTo(107284.0);
        assertThat(nre.ranked()).isGreaterThan(50);
        // each row's rank agrees with the view across the group
        MetricAcrossGroup across = comparisons.across(
                "net-revenue-expenditure", THURROCK, GroupChoice.SAME_TYPE, nre.period(), LocalDate.of(2021, 12, 31));
        assertThat(across.rank()).isEqualTo(nre.rank());
        assertThat(across.ranked()).isEqualTo(nre.ranked());
        assertThat(across.median()).isEqualTo(nre.median());
    }

    @Test
    void unknown_metric_council_or_period_type_is_refused() {
        assertThatThrownBy(() -> comparisons.across("no-such-metric", THURROCK, GroupChoice.SAME_TYPE, null, null))
                .isInstanceOf(MetricNotFound.class);
        assertThatThrownBy(() -> comparisons.across(METRIC, "E99999999", GroupChoice.SAME_TYPE, null, null))
                .isInstanceOf(CouncilNotFound.class);
        assertThatThrownBy(
                        () -> comparisons.across(METRIC, THURROCK, GroupChoice.SAME_TYPE, new Period.Year(2020), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("financial year");
        assertThatThrownBy(() -> comparisons.profile(THURROCK, GroupChoice.custom(987654), null))
                .isInstanceOf(ComparatorGroupNotFound.class);
    }

    /**
     * The chart over time (statistics computed in the database) agrees, period by period, with the view across
     * the group for that period (values read and their statistics computed in Java): count, median, quartiles
     * and the council's own value; and its periods are exactly those the view across has figures for.
     */
    @Test
    void over_time_agrees_with_the_view_across_the_group_in_every_period() {
        MetricCatalogue.Entry entry = catalogue.find(METRIC).orElseThrow();
        LocalDate[] days = {LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 30), null};
        int compared = 0;
        for (String gss : new String[] {THURROCK, "E06000017", "E06000001", "E10000021"}) {
            for (GroupChoice choice : new GroupChoice[] {
                GroupChoice.SAME_TYPE, GroupChoice.SAME_REGION, GroupChoice.ENGLAND, GroupChoice.NEAREST_NEIGHBOURS
            }) {
                for (LocalDate day : days) {
                    ComparatorGroup group = groups.group(gss, choice, null, day);
                    MetricOverTime overTime = comparisons.overTime(entry, group, day);
                    for (MetricOverTime.Point point : overTime.points()) {
                        String what = gss + " against " + choice.slug() + " as known on " + day + ", " + point.period();
                        MetricAcrossGroup across = comparisons.across(entry, group, point.period(), day);
                        assertThat(point.groupValues())
                                .as(what)
                                .isEqualTo(across.bars().size());
                        assertThat(point.median()).as(what).isEqualTo(across.median());
                        assertThat(point.lowerQuartile()).as(what).isEqualTo(across.lowerQuartile());
                        assertThat(point.upperQuartile()).as(what).isEqualTo(across.upperQuartile());
                        assertThat(point.value())
                                .as(what)
                                .isEqualTo(across.bars().stream()
                                        .filter(MetricAcrossGroup.Bar::highlighted)
                                        .map(MetricAcrossGroup.Bar::value)
                                        .findFirst()
                                        .orElse(null));
                        compared++;
                    }
                    // a period without a point has no figures across the group either
                    if (!overTime.points().isEmpty()) {
                        Period first = overTime.points().getFirst().period();
                        Period before = Period.ending(first.type(), first.end().minusYears(1));
                        assertThat(comparisons.across(entry, group, before, day).bars())
                                .as(gss + " before its first period")
                                .isEmpty();
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The precomputed latest periods give exactly the live answer: every row of the profile (value, period,
 * quartile, rank, count, median, direction) for councils of every tier against every kind of group; a date
 * before the build day is answered live; a write to the values table makes the snapshot stale.
 */
@HubIntegrationTest
class LatestDistributionsTest {

    static final String METRIC = "test-latest-dist";

    /** A unitary, a county, a district, a London borough, a metropolitan district. */
    static final List<String> COUNCILS =
            List.of("E06000034", "E10000003", "E07000223", "E09000022", "E08000025", "E06000001");

    static final List<GroupChoice> GROUPS = List.of(
            GroupChoice.NEAREST_NEIGHBOURS, GroupChoice.SAME_TYPE, GroupChoice.SAME_REGION, GroupChoice.ENGLAND);

    @Autowired
    Comparisons comparisons;

    @Autowired
    LatestDistributions distributions;

    @Autowired
    MetricImports imports;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void ready() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    @Test
    void the_precomputed_profile_is_the_live_profile_for_every_council_and_group() {
        distributions.rebuild();
        LocalDate today = LocalDate.now();
        LatestDistributions.Snapshot snapshot = distributions.usable(today);
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.metrics()).hasSizeGreaterThan(20);
        int rows = 0;
        for (String gss : COUNCILS) {
            for (GroupChoice group : GROUPS) {
                CouncilProfile fast = comparisons.profile(gss, group, null, true);
                CouncilProfile live = comparisons.profile(gss, group, null, false);
                assertThat(fast).as(gss + " against " + group.slug()).isEqualTo(live);
                rows += fast.themes().stream().mapToInt(t -> t.rows().size()).sum();
            }
        }
        assertThat(rows).isGreaterThan(COUNCILS.size() * GROUPS.size() * 20);
    }

    @Test
    void a_date_before_the_build_day_is_answered_live() {
        distributions.rebuild();
        LatestDistributions.Snapshot snapshot = distributions.usable(LocalDate.now());
        assertThat(snapshot).isNotNull();
        assertThat(distributions.usable(snapshot.builtOn().minusDays(1))).isNull();
        LocalDate past = LocalDate.of(2019, 12, 31);
        assertThat(distributions.usable(past)).isNull();
        for (GroupChoice group : GROUPS) {
            assertThat(comparisons.profile("E06000034", group, past, true))
                    .isEqualTo(comparisons.profile("E06000034", group, past, false));
        }
    }

    @Test
    void an_import_makes_the_snapshot_stale_and_a_rebuild_takes_it_in() {
        Fixtures.define(imports, METRIC, "financial-year");
        distributions.rebuild();
        LatestDistributions.Snapshot before = distributions.usable(LocalDate.now());
        assertThat(before).isNotNull();
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value,published
                test-latest-dist,E06000034,2020-21,5,2021-06-30
                test-latest-dist,E06000034,2021-22,7,2022-06-30
                test-latest-dist,E06000001,2021-22,9,2022-06-30
                test-latest-dist,E06000002,2021-22,3,2022-06-30
                """,
                null);
        // the snapshot built before the import is never used again
        assertThat(distributions.currentVersion()).isNotEqualTo(before.version());
        LatestDistributions.Snapshot now = distributions.usable(LocalDate.now());
        assertThat(now).isNotSameAs(before);
        CouncilProfile.Row row = row(comparisons.profile("E06000034", GroupChoice.SAME_TYPE, null, true));
        assertThat(row.value()).isEqualTo(7.0);
        assertThat(row.ranked()).isEqualTo(3);
        assertThat(row.rank()).isEqualTo(2);
        assertThat(row.direction()).isEqualTo(Direction.IMPROVING);
        // rebuilt: used again, with the new values
        distributions.rebuild();
        LatestDistributions.Snapshot rebuilt = distributions.usable(LocalDate.now());
        assertThat(rebuilt).isNotNull();
        assertThat(rebuilt.version()).isEqualTo(distributions.currentVersion());
        CouncilProfile fast = comparisons.profile("E06000034", GroupChoice.SAME_TYPE, null, true);
        assertThat(row(fast)).isEqualTo(row);
        assertThat(fast).isEqualTo(comparisons.profile("E06000034", GroupChoice.SAME_TYPE, null, false));
    }

    private static CouncilProfile.Row row(CouncilProfile profile) {
        return profile.themes().stream()
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.metric().id().equals(METRIC))
                .findFirst()
                .orElseThrow();
    }
}

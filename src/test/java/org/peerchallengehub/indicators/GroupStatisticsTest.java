package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Median and quartiles (type 7), competition ranks with ties, quartile positions and direction of travel. */
class GroupStatisticsTest {

    @Test
    void quartiles_interpolate_linearly_between_closest_ranks() {
        GroupStatistics s = GroupStatistics.of(new double[] {4, 1, 3, 2});
        assertThat(s.lowerQuartile()).isCloseTo(1.75, within(1e-12));
        assertThat(s.median()).isCloseTo(2.5, within(1e-12));
        assertThat(s.upperQuartile()).isCloseTo(3.25, within(1e-12));
        assertThat(s.count()).isEqualTo(4);

        GroupStatistics odd = GroupStatistics.of(new double[] {7, 15, 36, 39, 40, 41});
        // spreadsheet QUARTILE.INC gives 20.25, 37.5, 39.75 for these values
        assertThat(odd.lowerQuartile()).isCloseTo(20.25, within(1e-12));
        assertThat(odd.median()).isCloseTo(37.5, within(1e-12));
        assertThat(odd.upperQuartile()).isCloseTo(39.75, within(1e-12));

        GroupStatistics one = GroupStatistics.of(new double[] {5});
        assertThat(one.median()).isEqualTo(5.0);
        assertThat(one.lowerQuartile()).isEqualTo(5.0);
        assertThat(GroupStatistics.of(new double[0])).isNull();
    }

    @Test
    void ties_share_the_best_rank_and_the_next_rank_is_skipped() {
        double[] values = {10, 20, 20, 30};
        assertThat(GroupStatistics.rank(30, values, Polarity.HIGHER_IS_BETTER)).isEqualTo(1);
        assertThat(GroupStatistics.rank(20, values, Polarity.HIGHER_IS_BETTER)).isEqualTo(2);
        assertThat(GroupStatistics.rank(10, values, Polarity.HIGHER_IS_BETTER)).isEqualTo(4);
        assertThat(GroupStatistics.rank(10, values, Polarity.LOWER_IS_BETTER)).isEqualTo(1);
        assertThat(GroupStatistics.rank(20, values, Polarity.LOWER_IS_BETTER)).isEqualTo(2);
        assertThat(GroupStatistics.rank(30, values, Polarity.LOWER_IS_BETTER)).isEqualTo(4);
        // no polarity: ranked highest first
        assertThat(GroupStatistics.rank(30, values, Polarity.NEITHER)).isEqualTo(1);
    }

    @Test
    void the_best_quarter_is_one_whichever_way_is_better() {
        GroupStatistics s = GroupStatistics.of(new double[] {1, 2, 3, 4, 5}); // 2, 3, 4
        assertThat(s.quartileOf(5, Polarity.HIGHER_IS_BETTER)).isEqualTo(1);
        assertThat(s.quartileOf(4, Polarity.HIGHER_IS_BETTER)).isEqualTo(1);
        assertThat(s.quartileOf(3.5, Polarity.HIGHER_IS_BETTER)).isEqualTo(2);
        assertThat(s.quartileOf(2.5, Polarity.HIGHER_IS_BETTER)).isEqualTo(3);
        assertThat(s.quartileOf(1, Polarity.HIGHER_IS_BETTER)).isEqualTo(4);
        assertThat(s.quartileOf(1, Polarity.LOWER_IS_BETTER)).isEqualTo(1);
        assertThat(s.quartileOf(2.5, Polarity.LOWER_IS_BETTER)).isEqualTo(2);
        assertThat(s.quartileOf(3.5, Polarity.LOWER_IS_BETTER)).isEqualTo(3);
        assertThat(s.quartileOf(5, Polarity.LOWER_IS_BETTER)).isEqualTo(4);
        assertThat(s.quartileOf(5, Polarity.NEITHER)).isEqualTo(1);
    }

    @Test
    void direction_of_travel_follows_the_polarity() {
        assertThat(Direction.of(Polarity.HIGHER_IS_BETTER, 10.0, 12)).isEqualTo(Direction.IMPROVING);
        assertThat(Direction.of(Polarity.HIGHER_IS_BETTER, 10.0, 8)).isEqualTo(Direction.WORSENING);
        assertThat(Direction.of(Polarity.LOWER_IS_BETTER, 10.0, 8)).isEqualTo(Direction.IMPROVING);
        assertThat(Direction.of(Polarity.LOWER_IS_BETTER, 10.0, 12)).isEqualTo(Direction.WORSENING);
        assertThat(Direction.of(Polarity.NEITHER, 10.0, 12)).isEqualTo(Direction.UP);
        assertThat(Direction.of(Polarity.NEITHER, 10.0, 8)).isEqualTo(Direction.DOWN);
        assertThat(Direction.of(Polarity.HIGHER_IS_BETTER, 10.0, 10)).isEqualTo(Direction.NO_CHANGE);
        assertThat(Direction.of(Polarity.LOWER_IS_BETTER, null, 10)).isEqualTo(Direction.NO_PREVIOUS);
    }

    @Test
    void group_choices_read_and_write_their_slugs() {
        for (String slug : new String[] {"type", "region", "england", "nearest-neighbours", "custom-42"}) {
            assertThat(GroupChoice.parse(slug).slug()).isEqualTo(slug);
        }
        assertThat(GroupChoice.parse("custom-42").customGroupId()).isEqualTo(42L);
        for (String bad :
                new String[] {"", "custom", "custom-0", "custom-x", "neighbours", "custom-99999999999999999999"}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> GroupChoice.parse(bad))
                    .withMessageContaining("comparator group");
        }
    }

    @Test
    void statistics_of_sorted_values_and_the_count_of_better_ones_agree_with_sorting_and_ranking() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(60);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(8) * 1.5; // many ties
            }
            double[] sorted = java.util.Arrays.copyOf(values.clone(), n + 5); // room after the count
            java.util.Arrays.sort(sorted, 0, n);
            assertThat(GroupStatistics.ofSorted(sorted, n)).isEqualTo(GroupStatistics.of(values));
            double own = values[random.nextInt(n)];
            for (Polarity polarity : Polarity.values()) {
                assertThat(GroupStatistics.better(own, sorted, n, polarity) + 1)
                        .isEqualTo(GroupStatistics.rank(own, values, polarity));
            }
        }
        assertThat(GroupStatistics.ofSorted(new double[3], 0)).isNull();
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The nearest-neighbour computation itself, without Spring or a database. */
class NearestNeighboursTest {

    static List<NearestNeighbours.Candidate> candidates(int perTier, long seed) {
        Random random = new Random(seed);
        List<NearestNeighbours.Candidate> list = new ArrayList<>();
        int n = 0;
        for (Tier tier : Tier.values()) {
            for (int i = 0; i < perTier; i++) {
                Map<String, Double> measures = new LinkedHashMap<>();
                measures.put("population", 4 + random.nextDouble() * 2);
                measures.put("nre-per-head", 500 + random.nextDouble() * 1000);
                measures.put("council-tax-requirement-to-nre", 30 + random.nextDouble() * 40);
                if (tier != Tier.DISTRICT) {
                    measures.put("social-care-spend-to-nre", 40 + random.nextDouble() * 30);
                }
                measures.put("council-tax-receipts-per-head", 400 + random.nextDouble() * 400);
                list.add(new NearestNeighbours.Candidate(String.format("E0%07d", n++), tier, measures));
            }
        }
        return list;
    }

    @Test
    void fifteen_neighbours_of_the_same_tier_never_the_council_itself() {
        List<NearestNeighbours.Candidate> candidates = candidates(40, 1);
        Map<String, Tier> tiers = new HashMap<>();
        candidates.forEach(c -> tiers.put(c.gss(), c.tier()));
        NearestNeighbours.Outcome outcome = NearestNeighbours.compute(candidates);
        assertThat(outcome.neighbours()).hasSize(120);
        outcome.neighbours().forEach((gss, list) -> {
            assertThat(list).hasSize(15);
            assertThat(list)
                    .extracting(NearestNeighbours.Neighbour::gss)
                    .doesNotContain(gss)
                    .doesNotHaveDuplicates();
            assertThat(list).allSatisfy(n -> assertThat(tiers.get(n.gss())).isEqualTo(tiers.get(gss)));
            assertThat(list).extracting(NearestNeighbours.Neighbour::distance).isSortedAccordingTo(Double::compare);
        });
        // the social care measure is constant-free for upper tiers, absent for districts
        assertThat(outcome.scales().get(Tier.DISTRICT)).doesNotContainKey("social-care-spend-to-nre");
        assertThat(outcome.scales().get(Tier.COUNTY)).containsKey("social-care-spend-to-nre");
        assertThat(outcome.notes()).isEmpty();
    }

    @Test
    void distances_are_symmetric() {
        NearestNeighbours.Outcome outcome = NearestNeighbours.compute(candidates(16, 2));
        // with 16 councils in a tier, each has every other as a neighbour: compare both directions
        Map<String, Double> distances = new HashMap<>();
        outcome.neighbours().forEach((a, list) -> list.forEach(n -> distances.put(a + ">" + n.gss(), n.distance())));
        distances.forEach((key, d) -> {
            String[] parts = key.split(">");
            assertThat(distances.get(parts[1] + ">" + parts[0])).isEqualTo(d);
        });
        double[] a = {0.5, Double.NaN, 1, 2};
        double[] b = {1.5, 3, Double.NaN, 0};
        assertThat(NearestNeighbours.distance(a, b)).isNaN(); // only 2 shared
        double[] c = {1.5, 3, 2, 0};
        assertThat(NearestNeighbours.distance(a, c)).isEqualTo(NearestNeighbours.distance(c, a));
        // 3 of 4 shared: sum of squares 1 + 1 + 4 = 6, scaled by 4 / 3
        assertThat(NearestNeighbours.distance(a, c)).isEqualTo(Math.sqrt(6 * 4.0 / 3));
    }

    @Test
    void the_result_does_not_depend_on_the_order_of_the_councils() {
        List<NearestNeighbours.Candidate> candidates = candidates(30, 3);
        NearestNeighbours.Outcome first = NearestNeighbours.compute(candidates);
        List<NearestNeighbours.Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(99));
        assertThat(NearestNeighbours.compute(shuffled).neighbours()).isEqualTo(first.neighbours());
    }

    @Test
    void councils_with_too_few_measures_get_none_and_small_tiers_get_fewer_with_a_reason() {
        List<NearestNeighbours.Candidate> candidates = new ArrayList<>(candidates(8, 4))
                .stream()
                        .filter(c -> c.tier() == Tier.COUNTY)
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        candidates.add(new NearestNeighbours.Candidate("E10999999", Tier.COUNTY, Map.of("population", 5.0)));
        NearestNeighbours.Outcome outcome = NearestNeighbours.compute(candidates);
        assertThat(outcome.neighbours()).doesNotContainKey("E10999999");
        assertThat(outcome.notes().get("E10999999")).contains("Too few measures known (1 of the 5");
        outcome.neighbours().forEach((gss, list) -> {
            assertThat(list)
                    .hasSize(7)
                    .extracting(NearestNeighbours.Neighbour::gss)
                    .doesNotContain("E10999999");
            assertThat(outcome.notes().get(gss)).contains("Only 7 other county councils");
        });
    }

    @Test
    void identical_councils_are_at_distance_zero_and_ties_go_by_code() {
        Map<String, Double> same = Map.of(
                "population",
                5.0,
                "nre-per-head",
                800.0,
                "council-tax-requirement-to-nre",
                50.0,
                "council-tax-receipts-per-head",
                500.0);
        List<NearestNeighbours.Candidate> candidates = new ArrayList<>(candidates(10, 5).stream()
                .filter(c -> c.tier() == Tier.DISTRICT)
                .toList());
        candidates.add(new NearestNeighbours.Candidate("E07999993", Tier.DISTRICT, same));
        candidates.add(new NearestNeighbours.Candidate("E07999992", Tier.DISTRICT, same));
        candidates.add(new NearestNeighbours.Candidate("E07999991", Tier.DISTRICT, same));
        NearestNeighbours.Outcome outcome = NearestNeighbours.compute(candidates);
        assertThat(outcome.neighbours().get("E07999993"))
                .extracting(NearestNeighbours.Neighbour::gss)
                .startsWith("E07999991", "E07999992");
        assertThat(outcome.neighbours().get("E07999993").getFirst().distance()).isZero();
    }
}

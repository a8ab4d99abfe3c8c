package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grouping of notes into themes (decision 0065) on vectors whose groups are known. */
class GroupingTest {

    static final int DIM = 384;

    /** A unit vector near the centre: the centre plus noise of the given size, normalised. */
    static float[] near(float[] centre, double noise, Random random) {
        float[] v = new float[DIM];
        double norm = 0;
        for (int d = 0; d < DIM; d++) {
            v[d] = (float) (centre[d] + noise * random.nextGaussian() / Math.sqrt(DIM));
            norm += v[d] * v[d];
        }
        for (int d = 0; d < DIM; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    static float[] axis(int d) {
        float[] v = new float[DIM];
        v[d] = 1;
        return v;
    }

    /** Three groups of notes around three unrelated meanings: ids 100+ (group 0), 200+ (1), 300+ (2). */
    static List<Grouping.Item> threeGroups(Random random) {
        List<Grouping.Item> items = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < 6 + g; i++) {
                items.add(new Grouping.Item(100L * (g + 1) + i, near(axis(g), 0.6, random)));
            }
        }
        return items;
    }

    static Set<Set<Long>> partition(List<List<Long>> themes) {
        return themes.stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    static Set<Set<Long>> truth(List<Grouping.Item> items) {
        return items.stream()
                .collect(Collectors.groupingBy(
                        i -> i.noteId() / 100, Collectors.mapping(Grouping.Item::noteId, Collectors.toSet())))
                .values()
                .stream()
                .collect(Collectors.toSet());
    }

    @Test
    void known_groups_are_recovered() {
        List<Grouping.Item> items = threeGroups(new Random(1));
        Grouping.Result result = Grouping.regroup(items, Set.of(), List.of(), Grouping.THRESHOLD);
        assertThat(result.joined()).isEmpty();
        assertThat(partition(result.themes())).isEqualTo(truth(items));
    }

    @Test
    void the_same_notes_in_any_order_give_the_same_themes() {
        List<Grouping.Item> items = threeGroups(new Random(2));
        // two groups close to each other, so that the merge order matters
        Random random = new Random(3);
        float[] between = near(axis(0), 1.2, random);
        for (int i = 0; i < 5; i++) {
            items.add(new Grouping.Item(400L + i, near(between, 0.8, random)));
        }
        List<List<Long>> first =
                Grouping.regroup(items, Set.of(), List.of(), Grouping.THRESHOLD).themes();
        for (long seed = 0; seed < 5; seed++) {
            List<Grouping.Item> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Grouping.regroup(shuffled, Set.of(), List.of(), Grouping.THRESHOLD)
                            .themes())
                    .isEqualTo(first);
        }
    }

    @Test
    void a_higher_threshold_splits_and_a_lower_one_merges() {
        List<Grouping.Item> items = threeGroups(new Random(4));
        List<float[]> vectors = items.stream().map(Grouping.Item::vector).toList();
        assertThat(Grouping.cluster(vectors, 1.01)).hasSize(items.size());
        assertThat(Grouping.cluster(vectors, -1.01)).hasSize(1);
        assertThat(Grouping.cluster(vectors, Grouping.THRESHOLD)).hasSize(3);
        // two meanings half-way apart: together at a low threshold, apart at the chosen one
        Random random = new Random(5);
        float[] a = axis(0);
        float[] b = new float[DIM];
        b[0] = 0.3f;
        b[1] = (float) Math.sqrt(1 - 0.09);
        List<float[]> pair = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pair.add(near(a, 0.3, random));
            pair.add(near(b, 0.3, random));
        }
        assertThat(Grouping.cluster(pair, 0.2)).hasSize(1);
        assertThat(Grouping.cluster(pair, Grouping.THRESHOLD)).hasSize(2);
    }

    @Test
    void edited_themes_are_kept_and_only_close_new_notes_join_them() {
        Random random = new Random(6);
        List<Grouping.Item> items = threeGroups(random);
        // peers made a theme of group 0's first three notes; the rest of group 0 is new
        List<Grouping.Item> keptNotes = items.subList(0, 3);
        Grouping.Kept kept = new Grouping.Kept(77, List.copyOf(keptNotes));
        List<Grouping.Item> free = new ArrayList<>(items.subList(3, items.size()));
        free.add(new Grouping.Item(999, near(axis(10), 0.2, random)));

        // 103 and 104 are new; 105 was in a theme the grouping made, so it is grouped again, never drawn in
        Set<Long> isNew = Set.of(103L, 104L, 999L);
        Grouping.Result result = Grouping.regroup(free, isNew, List.of(kept), Grouping.THRESHOLD);

        assertThat(result.joined()).containsOnlyKeys(77L);
        assertThat(result.joined().get(77L)).containsExactly(103L, 104L);
        assertThat(partition(result.themes())).contains(Set.of(105L));
        Set<Long> inNewThemes = result.themes().stream().flatMap(List::stream).collect(Collectors.toSet());
        assertThat(inNewThemes).doesNotContain(100L, 101L, 102L, 103L, 104L);
        assertThat(partition(result.themes()))
                .contains(Set.of(999L))
                .contains(Set.of(200L, 201L, 202L, 203L, 204L, 205L, 206L));
    }

    @Test
    void the_medoid_is_the_note_closest_to_the_others() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        vectors.add(near(axis(1), 0.1, random));
        vectors.add(axis(0));
        vectors.add(near(axis(0), 0.5, random));
        vectors.add(near(axis(0), 0.5, random));
        assertThat(Grouping.medoid(vectors)).isEqualTo(1);
    }

    @Test
    void a_theme_is_named_after_the_first_words_of_its_representative_note() {
        assertThat(Grouping.autoName("Staff say the leadership is visible. They meet the chief executive monthly."))
                .isEqualTo("Staff say the leadership is visible…");
        assertThat(Grouping.autoName("Budget gap closed")).isEqualTo("Budget gap closed");
        assertThat(Grouping.autoName("Partners describe the council as a reliable and generous partner in the city"))
                .isEqualTo("Partners describe the council as a reliable and…");
        assertThat(Grouping.autoName("   ")).isEqualTo("Untitled theme");
    }

    @Test
    void the_balance_says_which_kind_dominates() {
        assertThat(Grouping.balance(4, 1)).isEqualTo("Mostly strengths");
        assertThat(Grouping.balance(1, 3)).isEqualTo("Mostly areas for improvement");
        assertThat(Grouping.balance(2, 2)).isEqualTo("Mixed");
        assertThat(Grouping.balance(0, 0)).isEqualTo("Observations only");
    }

    @Test
    void two_thousand_notes_group_well_within_the_time() {
        Random random = new Random(8);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            vectors.add(near(axis(i % 40), 0.9, random));
        }
        long started = System.nanoTime();
        List<List<Integer>> groups = Grouping.cluster(vectors, Grouping.THRESHOLD);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(groups).hasSize(40);
        assertThat(ms).as("clustering 2,000 notes in one section, ms").isLessThan(5000);
    }
}

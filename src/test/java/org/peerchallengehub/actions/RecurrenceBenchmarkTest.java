package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.actions.RecurrenceFixture.NewItem;
import org.peerchallengehub.actions.RecurrenceFixture.Pair;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;

/**
 * The repeat detector against the Thurrock fixture (a reader's judgement of which 2016 items revisit a
 * 2011 one). The threshold is chosen on the dev half only; the held-out half is scored once with it. The
 * figures go to docs/benchmarks.md.
 */
class RecurrenceBenchmarkTest {

    static final List<String> NAMES = List.of("Thurrock Council", "Thurrock");
    static RecurrenceFixture fixture;
    static Map<String, List<float[]>> earlierVectors = new HashMap<>();
    static Map<String, List<float[]>> itemVectors = new HashMap<>();

    record Score(double threshold, int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "t=%.2f tp=%d fp=%d fn=%d precision=%.2f recall=%.2f F1=%.2f",
                    threshold,
                    tp,
                    fp,
                    fn,
                    precision(),
                    recall(),
                    f1());
        }
    }

    @BeforeAll
    static void embed() {
        fixture = RecurrenceFixture.thurrock();
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        fixture.earlier()
                .forEach((id, text) -> earlierVectors.put(
                        id,
                        embeddings.embedAll(RecurrenceDetector.sentences(RecurrenceDetector.neutral(text, NAMES)))));
        fixture.items()
                .forEach((id, item) -> itemVectors.put(
                        id,
                        embeddings.embedAll(
                                RecurrenceDetector.sentences(RecurrenceDetector.neutral(item.text(), NAMES)))));
    }

    @Test
    void the_fixture_judges_every_2016_item_once_and_names_only_known_items() {
        Set<String> judged = new HashSet<>(fixture.newOnly());
        for (Pair p : fixture.revisits()) {
            assertThat(fixture.earlier()).containsKey(p.earlier());
            assertThat(fixture.items()).containsKey(p.item());
            assertThat(fixture.newOnly()).doesNotContain(p.item());
            judged.add(p.item());
        }
        assertThat(judged).isEqualTo(fixture.items().keySet());
        assertThat(fixture.split(true)).hasSizeBetween(15, 20);
        assertThat(fixture.split(false)).hasSizeBetween(15, 20);
    }

    static Score score(List<NewItem> items, double threshold, boolean sentences) {
        List<RecurrenceDetector.Text<String>> earlier = new ArrayList<>();
        earlierVectors.forEach(
                (id, v) -> earlier.add(new RecurrenceDetector.Text<>(id, sentences ? v : List.of(v.getFirst()))));
        int tp = 0, fp = 0, fn = 0;
        for (NewItem item : items) {
            List<float[]> v = itemVectors.get(item.id());
            Set<String> found = new HashSet<>();
            for (var m : RecurrenceDetector.matches(
                    sentences ? v : List.of(v.getFirst()), earlier, threshold, RecurrenceDetector.MAX_MATCHES)) {
                found.add(m.earlier());
            }
            Set<String> truth = new HashSet<>();
            for (Pair p : fixture.revisits()) {
                if (p.item().equals(item.id())) {
                    truth.add(p.earlier());
                }
            }
            for (String f : found) {
                if (truth.contains(f)) tp++;
                else fp++;
            }
            for (String t : truth) {
                if (!found.contains(t)) fn++;
            }
        }
        return new Score(threshold, tp, fp, fn);
    }

    static Score best(List<NewItem> items, boolean sentences) {
        Score best = null;
        for (int i = 30; i <= 90; i++) {
            Score s = score(items, i / 100.0, sentences);
            if (best == null || s.f1() >= best.f1()) {
                best = s;
            }
        }
        return best;
    }

    @Test
    void the_threshold_is_the_best_on_dev_and_holds_on_held_out() {
        List<NewItem> dev = fixture.split(true);
        List<NewItem> held = fixture.split(false);
        for (boolean sentences : new boolean[] {false, true}) {
            Score b = best(dev, sentences);
            System.out.println((sentences ? "sentences" : "whole") + " dev best " + b);
            System.out.println(
                    (sentences ? "sentences" : "whole") + " held-out at it " + score(held, b.threshold(), sentences));
            for (int i = 40; i <= 75; i += 5) {
                System.out.println("  " + (sentences ? "sentences" : "whole") + " dev "
                        + score(dev, i / 100.0, sentences) + " | held-out " + score(held, i / 100.0, sentences));
            }
        }
        Score chosen = best(dev, true);
        assertThat(chosen.threshold()).isEqualTo(RecurrenceDetector.THRESHOLD);
        Score heldOut = score(held, RecurrenceDetector.THRESHOLD, true);
        System.out.println("RESULT dev " + score(dev, RecurrenceDetector.THRESHOLD, true) + " | held-out " + heldOut);
    }
}

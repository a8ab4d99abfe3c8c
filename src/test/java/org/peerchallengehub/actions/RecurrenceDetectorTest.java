package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repeat detector's text handling and matching, without the model. */
class RecurrenceDetectorTest {

    @Test
    void the_councils_names_and_the_word_council_are_taken_out() {
        assertThat(RecurrenceDetector.neutral(
                        "Thurrock Council should review the MTFS; the council's plans",
                        List.of("Thurrock Council", "Thurrock")))
                .isEqualTo("should review the MTFS; 's plans");
    }

    @Test
    void a_text_is_compared_whole_and_by_its_sentences() {
        assertThat(RecurrenceDetector.sentences("Budget – Review the MTFS in light of continuing financial reductions"))
                .containsExactly(
                        "Budget – Review the MTFS in light of continuing financial reductions",
                        "Review the MTFS in light of continuing financial reductions");
        assertThat(RecurrenceDetector.sentences("One short. Two")).containsExactly("One short. Two");
    }

    @Test
    void the_best_match_at_or_above_the_threshold_is_flagged() {
        float[] x = {1, 0}, y = {0, 1}, xy = {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)};
        var earlier = List.of(
                new RecurrenceDetector.Text<>("x", List.of(x)),
                new RecurrenceDetector.Text<>("y", List.of(y)),
                new RecurrenceDetector.Text<>("both", List.of(y, x)));
        assertThat(RecurrenceDetector.matches(List.of(x), earlier, 0.9, 3))
                .extracting(RecurrenceDetector.Match::earlier)
                .containsExactlyInAnyOrder("x", "both");
        assertThat(RecurrenceDetector.matches(List.of(xy), earlier, 0.9, 3)).isEmpty();
        assertThat(RecurrenceDetector.matches(List.of(x), earlier, 0.9, 1)).hasSize(1);
    }
}

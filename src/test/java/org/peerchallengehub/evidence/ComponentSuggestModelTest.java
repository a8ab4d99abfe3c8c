package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.evidence.ComponentSuggestModel.Example;
import org.peerchallengehub.evidence.ComponentSuggestModel.Parameters;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;

/**
 * The component suggestion's method on hand-written texts, with the real all-MiniLM-L6-v2 model (in
 * the jars; no Spring, no database): it ranks by meaning, its scores are probabilities, and it learns
 * from labelled examples.
 */
class ComponentSuggestModelTest {

    static final List<String> IDS = List.of("money", "people", "place");
    static final List<String> DESCRIPTIONS = List.of(
            "Financial planning. Does the council have a plan for long-term financial viability?",
            "Workforce. Does the council have the staff and skills it needs?",
            "Leadership of place. Does the council lead the area with its partners?");

    static SentenceEmbeddings embeddings;
    static List<float[]> prototypes;

    @BeforeAll
    static void load() {
        embeddings = new SentenceEmbeddings();
        prototypes = embeddings.embedAll(DESCRIPTIONS);
    }

    static ComponentSuggestModel model(List<Example> examples) {
        return new ComponentSuggestModel(IDS, prototypes, examples, Parameters.CHOSEN);
    }

    static Example example(String component, String text) {
        return new Example(IDS.indexOf(component), embeddings.embed(text), 1);
    }

    static String top(ComponentSuggestModel model, String text) {
        return model.rank(embeddings.embed(text)).getFirst().component();
    }

    @Test
    void from_the_descriptions_alone_plain_texts_go_to_the_right_component() {
        ComponentSuggestModel model = model(List.of());
        assertThat(top(model, "The budget gap next year will be closed by drawing on reserves."))
                .isEqualTo("money");
        assertThat(top(model, "Staff turnover is high and recruiting social workers is hard."))
                .isEqualTo("people");
        assertThat(top(model, "Partners in health and business say the council leads the area well."))
                .isEqualTo("place");
    }

    @Test
    void every_component_is_ranked_best_first_with_scores_that_are_probabilities() {
        List<ComponentSuggestion> ranked = model(List.of()).rank(embeddings.embed("Savings targets were missed."));
        assertThat(ranked).extracting(ComponentSuggestion::component).containsExactlyInAnyOrderElementsOf(IDS);
        assertThat(ranked).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(ranked.stream().mapToDouble(ComponentSuggestion::score).sum())
                .isCloseTo(1.0, within(1e-9));
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score())
                    .isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
    }

    @Test
    void it_learns_a_topic_the_descriptions_do_not_mention() {
        // Waste collection is none of the three descriptions' business; peers filed such notes under "place".
        String text = "Bin collections were missed again on several estates this autumn.";
        ComponentSuggestModel before = model(List.of());
        double placeBefore = score(before, text, "place");

        List<Example> notes = new ArrayList<>();
        notes.add(example("place", "Residents complained about missed bin collections and fly-tipping."));
        notes.add(example("place", "Recycling rates are low and the waste contract is being retendered."));
        notes.add(example("place", "Street cleaning and refuse collection are the services residents notice most."));
        notes.add(example("money", "The council tax base grows slowly and the collection fund is in deficit."));
        notes.add(example("people", "Agency staff fill a third of the posts in children's services."));
        ComponentSuggestModel after = model(notes);

        assertThat(top(after, text)).isEqualTo("place");
        assertThat(score(after, text, "place")).isGreaterThan(placeBefore);
        assertThat(after.learntFrom()).isEqualTo(5);
    }

    @Test
    void examples_with_a_bad_component_or_weight_are_left_out_and_a_wrong_vector_size_is_refused() {
        float[] v = embeddings.embed("Anything");
        ComponentSuggestModel model =
                model(List.of(new Example(7, v, 1), new Example(0, v, 0), new Example(0, new float[3], 1)));
        assertThat(model.learntFrom()).isZero();
        assertThatThrownBy(() -> model.rank(new float[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComponentSuggestModel(List.of(), List.of(), List.of(), Parameters.CHOSEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_is_split_into_sentences_and_lines_with_short_fragments_joined() {
        assertThat(ComponentSuggester.sentences(
                        "Reserves are low. The MTFS has a gap of £4m. See p. 12.\n- Staff morale is good overall"))
                .containsExactly(
                        "Reserves are low.", "The MTFS has a gap of £4m. See p. 12.", "Staff morale is good overall");
        assertThat(ComponentSuggester.sentences("One sentence only")).containsExactly("One sentence only");
    }

    @Test
    void a_long_text_is_scored_by_twelve_sentences_spread_over_it_and_one_sentence_whole() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("Sentence number ").append(i).append(" is here. ");
        }
        List<String> chosen = ComponentSuggester.scoredSentences(text.toString(), Parameters.CHOSEN);
        assertThat(chosen).hasSize(ComponentSuggester.MAX_SENTENCES);
        assertThat(chosen.getFirst()).isEqualTo("Sentence number 1 is here.");
        assertThat(chosen.getLast()).isEqualTo("Sentence number 28 is here.");
        assertThat(ComponentSuggester.scoredSentences("Only one sentence here.", Parameters.CHOSEN))
                .isEmpty();
    }

    @Test
    void scored_by_sentences_the_whole_text_is_not_needed() {
        ComponentSuggestModel model = model(List.of());
        List<float[]> sentences =
                embeddings.embedAll(List.of("The budget gap is large.", "Reserves will run out in two years."));
        assertThat(model.rank(null, sentences).getFirst().component()).isEqualTo("money");
    }

    @Test
    void a_lower_temperature_makes_the_scores_sharper_without_changing_the_order() {
        double[] raw = {0.5, 0.4, 0.1};
        double[] soft = ComponentSuggestModel.softmax(raw, 0.2);
        double[] sharp = ComponentSuggestModel.softmax(raw, 0.02);
        assertThat(sharp[0]).isGreaterThan(soft[0]);
        assertThat(soft[0]).isGreaterThan(soft[1]);
        assertThat(sharp[1]).isGreaterThan(sharp[2]);
    }

    static double score(ComponentSuggestModel model, String text, String component) {
        return model.rank(embeddings.embed(text)).stream()
                .filter(s -> s.component().equals(component))
                .findFirst()
                .orElseThrow()
                .score();
    }
}

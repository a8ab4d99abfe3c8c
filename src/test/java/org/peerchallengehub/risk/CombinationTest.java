package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The combination method: the score is the sum of points, levels read off it, and no false all-clear. */
class CombinationTest {

    final Combination combination = new Combination(TestFacts.THRESHOLDS);

    @Test
    void levels_are_read_off_the_score_at_the_lines_of_the_data_file() {
        assertThat(combination.level(0, 10)).isEqualTo(ConcernLevel.NONE);
        assertThat(combination.level(3, 10)).isEqualTo(ConcernLevel.NONE);
        assertThat(combination.level(4, 10)).isEqualTo(ConcernLevel.WATCH);
        assertThat(combination.level(5, 10)).isEqualTo(ConcernLevel.CONCERN);
        assertThat(combination.level(6, 10)).isEqualTo(ConcernLevel.CONCERN);
        assertThat(combination.level(7, 10)).isEqualTo(ConcernLevel.SERIOUS_CONCERN);
        assertThat(combination.level(14, 0)).isEqualTo(ConcernLevel.SERIOUS_CONCERN);
    }

    @Test
    void too_few_finance_signals_is_not_enough_data_never_no_concern() {
        assertThat(combination.level(0, 4)).isEqualTo(ConcernLevel.NONE);
        assertThat(combination.level(0, 3)).isEqualTo(ConcernLevel.NOT_ENOUGH_DATA);
        assertThat(combination.level(3, 0)).isEqualTo(ConcernLevel.NOT_ENOUGH_DATA);
        assertThat(combination.level(4, 0)).isEqualTo(ConcernLevel.WATCH);
    }

    @Test
    void a_council_with_no_figures_at_all_is_not_enough_data() {
        Assessment nothing = combination.assess(
                TestFacts.asOf("2026-01-01").lastOnSite("2024-01-01").build(), "East");
        assertThat(nothing.level()).isEqualTo(ConcernLevel.NOT_ENOUGH_DATA);
        assertThat(nothing.financeAssessed()).isZero();
        assertThat(nothing.financeSignals()).isEqualTo(10);
        assertThat(nothing.results()).hasSize(Signal.all().size());
    }

    @Test
    void the_score_is_the_sum_of_the_flagged_signals_points_and_the_top_signals_are_the_heaviest() {
        Assessment assessed = combination.assess(
                TestFacts.asOf("2018-03-01")
                        .event(EventKind.SECTION_114_NOTICE, "2018-02-02")
                        .event(EventKind.CHIEF_EXECUTIVE_DEPARTURE, "2017-09-01")
                        .inspection("2017-01-01", "INADEQUATE")
                        .build(),
                "East Midlands");
        // 7 (section 114) + 4 (Ofsted) + 1 (leadership) + 1 (no peer challenge on record)
        assertThat(assessed.score()).isEqualTo(13);
        assertThat(assessed.level()).isEqualTo(ConcernLevel.SERIOUS_CONCERN);
        assertThat(assessed.topSignals())
                .containsExactly(Section114Notice.ID, InadequateChildrensServices.ID, LeadershipInstability.ID);
    }

    @Test
    void every_signal_has_a_title_a_rationale_and_its_parameters_in_the_data_file() {
        for (Signal signal : Signal.all()) {
            Thresholds.SignalParameters p = TestFacts.THRESHOLDS.of(signal.id());
            assertThat(p.title()).isNotBlank();
            assertThat(p.rationale()).hasSizeGreaterThan(60);
        }
        assertThat(Signal.all().stream().map(Signal::id).distinct())
                .hasSize(Signal.all().size());
    }

    @Test
    void the_data_file_is_read_strictly() {
        assertThatThrownBy(() -> Thresholds.read(new StringReader("signal,parameter,value\na,b,1\na,b,2\n")))
                .hasMessageContaining("Line 3: a b is given twice");
        Thresholds one = Thresholds.read(new StringReader("signal,parameter,value\ncombination,watch,2\n"));
        assertThatThrownBy(() -> new Combination(one, List.of(new Whistleblowing())))
                .hasMessageContaining("no rows for the signal whistleblowing");
    }

    @Test
    void a_changed_line_in_the_data_changes_the_level() {
        Combination stricter = new Combination(TestFacts.THRESHOLDS.with("combination", "watch", "2"));
        assertThat(stricter.level(2, 10)).isEqualTo(ConcernLevel.WATCH);
    }
}

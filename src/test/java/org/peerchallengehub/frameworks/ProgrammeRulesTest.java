package org.peerchallengehub.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {

    static final ProgrammeRules OLD = new ProgrammeRules(
            "old", "Old", LocalDate.of(2011, 4, 1), 5, null, null, null, null, null, 12, 24, false, "");
    static final ProgrammeRules CURRENT =
            new ProgrammeRules("new", "New", LocalDate.of(2023, 1, 1), 5, 3, 3, 5, 10, 12, null, null, true, "");

    @Test
    void current_rules_give_report_action_plan_and_progress_review_deadlines() {
        var d = CURRENT.deadlines(LocalDate.of(2024, 2, 29));
        assertThat(d.reportDue()).isEqualTo(LocalDate.of(2024, 5, 29));
        assertThat(d.actionPlanDue()).isEqualTo(LocalDate.of(2024, 5, 29));
        assertThat(d.actionPlanLatest()).isEqualTo(LocalDate.of(2024, 7, 29));
        assertThat(d.progressReviewDue()).isEqualTo(LocalDate.of(2024, 12, 29));
        assertThat(d.progressReviewReportDue()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(d.followUpWindowOpens()).isNull();
        assertThat(d.nextChallengeDue()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void older_rules_give_a_follow_up_window_and_no_publication_deadline() {
        var d = OLD.deadlines(LocalDate.of(2011, 12, 9));
        assertThat(d.reportDue()).isNull();
        assertThat(d.progressReviewDue()).isNull();
        assertThat(d.followUpWindowOpens()).isEqualTo(LocalDate.of(2012, 12, 9));
        assertThat(d.followUpWindowCloses()).isEqualTo(LocalDate.of(2013, 12, 9));
        assertThat(d.nextChallengeDue()).isEqualTo(LocalDate.of(2016, 12, 9));
    }

    @Test
    void the_rules_in_force_are_the_latest_that_started_on_or_before_the_date() {
        List<ProgrammeRules> rules = List.of(CURRENT, OLD);
        assertThat(ProgrammeRulesTimeline.inForceOn(rules, LocalDate.of(2016, 2, 25)))
                .isEqualTo(OLD);
        assertThat(ProgrammeRulesTimeline.inForceOn(rules, LocalDate.of(2022, 12, 31)))
                .isEqualTo(OLD);
        assertThat(ProgrammeRulesTimeline.inForceOn(rules, LocalDate.of(2023, 1, 1)))
                .isEqualTo(CURRENT);
        assertThat(ProgrammeRulesTimeline.inForceOn(rules, LocalDate.of(2001, 1, 1)))
                .isEqualTo(OLD);
    }

    @Test
    void no_rules_at_all_is_a_configuration_error() {
        assertThatThrownBy(() -> ProgrammeRulesTimeline.inForceOn(List.of(), LocalDate.now()))
                .isInstanceOf(IllegalStateException.class);
    }
}

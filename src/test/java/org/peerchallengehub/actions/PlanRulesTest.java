package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The action plan's rules, without Spring. */
class PlanRulesTest {

    static final LocalDate FINAL = LocalDate.of(2026, 3, 1);

    @Test
    void a_partial_or_refused_acceptance_needs_a_reason() {
        assertThat(PlanRules.response(Response.ACCEPTED, null)).isEmpty();
        assertThat(PlanRules.response(Response.PARTLY_ACCEPTED, "  ")).isPresent();
        assertThat(PlanRules.response(Response.NOT_ACCEPTED, "Out of our control"))
                .isEmpty();
        assertThat(PlanRules.response(null, "x")).isPresent();
        assertThat(PlanRules.response(Response.NOT_ACCEPTED, "x".repeat(4001))).isPresent();
    }

    @Test
    void an_action_is_due_on_or_after_the_report_and_within_ten_years() {
        assertThat(PlanRules.dueOn(FINAL.minusDays(1), FINAL)).get().asString().contains("1 March 2026");
        assertThat(PlanRules.dueOn(FINAL, FINAL)).isEmpty();
        assertThat(PlanRules.dueOn(FINAL.plusYears(11), FINAL)).isPresent();
        assertThat(PlanRules.dueOn(null, FINAL)).isPresent();
    }

    @Test
    void the_owner_is_a_post_not_a_person() {
        assertThat(PlanRules.ownerPost("Director of Finance")).isEmpty();
        assertThat(PlanRules.ownerPost("Head of Housing")).isEmpty();
        assertThat(PlanRules.ownerPost("Chief Executive")).isEmpty();
        assertThat(PlanRules.ownerPost("Cabinet Member for Resources")).isEmpty();
        assertThat(PlanRules.ownerPost("Jane Smith")).isPresent();
        assertThat(PlanRules.ownerPost("Mr Patel")).isPresent();
        assertThat(PlanRules.ownerPost("Cllr Jones")).isPresent();
        assertThat(PlanRules.ownerPost("jane.smith@thurrock.gov.uk")).isPresent();
        assertThat(PlanRules.ownerPost(" ")).isPresent();
    }

    @Test
    void statuses_move_forward_embedded_only_after_completed_and_a_reopening_says_why() {
        assertThat(PlanRules.move(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, null))
                .isEmpty();
        assertThat(PlanRules.move(ActionStatus.NOT_STARTED, ActionStatus.EMBEDDED, null))
                .get()
                .asString()
                .contains("completed first");
        assertThat(PlanRules.move(ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, null))
                .isPresent();
        assertThat(PlanRules.move(ActionStatus.COMPLETED, ActionStatus.EMBEDDED, null))
                .isEmpty();
        assertThat(PlanRules.move(ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS, null))
                .isPresent();
        assertThat(PlanRules.move(ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS, "The savings fell short"))
                .isEmpty();
        assertThat(PlanRules.move(ActionStatus.EMBEDDED, ActionStatus.EMBEDDED, null))
                .isEmpty();
    }

    @Test
    void a_progress_note_is_dated_between_the_report_and_today() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(PlanRules.progress(today, "Done", FINAL, today)).isEmpty();
        assertThat(PlanRules.progress(today.plusDays(1), "Done", FINAL, today)).hasSize(1);
        assertThat(PlanRules.progress(FINAL.minusDays(1), "Done", FINAL, today)).hasSize(1);
        assertThat(PlanRules.progress(null, "", FINAL, today)).hasSize(2);
    }

    @Test
    void evidence_is_a_web_address_with_a_label() {
        assertThat(PlanRules.evidence("https://www.thurrock.gov.uk/mtfs", "MTFS"))
                .isEmpty();
        assertThat(PlanRules.evidence("javascript:alert(1)", "x")).hasSize(1);
        assertThat(PlanRules.evidence("=HYPERLINK(\"http://evil\")", "x")).hasSize(1);
        assertThat(PlanRules.evidence("https://", "")).hasSize(2);
    }

    @Test
    void a_plan_is_ready_when_every_entry_is_answered_and_every_accepted_one_has_an_action() {
        PlanView.Action action = new PlanView.Action(
                1, 1, "d", "Director of Finance", FINAL, ActionStatus.NOT_STARTED, 0, List.of(), List.of());
        var answered = new PlanView.Entry(1, "key:1", 1, null, "t", Response.ACCEPTED, null, List.of(action));
        var refused = new PlanView.Entry(2, "key:2", 2, null, "t", Response.NOT_ACCEPTED, "why", List.of());
        var open = new PlanView.Entry(3, "key:3", 3, null, "t", null, null, List.of());
        var noAction = new PlanView.Entry(4, "key:4", 4, null, "t", Response.PARTLY_ACCEPTED, "why", List.of());
        assertThat(PlanRules.readyToPublish(List.of(answered, refused))).isEmpty();
        assertThat(PlanRules.readyToPublish(List.of(answered, open, noAction)))
                .containsExactly(
                        "Respond to recommendation 3.",
                        "Add at least one action to recommendation 4 (partly accepted).");
    }

    @Test
    void an_action_is_overdue_or_due_soon_only_while_not_done() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        var late = new PlanView.Action(
                1, 1, "d", "o", today.minusDays(1), ActionStatus.IN_PROGRESS, 0, List.of(), List.of());
        var soon = new PlanView.Action(
                1, 1, "d", "o", today.plusDays(14), ActionStatus.NOT_STARTED, 0, List.of(), List.of());
        var done = new PlanView.Action(
                1, 1, "d", "o", today.minusDays(1), ActionStatus.COMPLETED, 0, List.of(), List.of());
        assertThat(late.overdue(today)).isTrue();
        assertThat(soon.dueSoon(today)).isTrue();
        assertThat(soon.overdue(today)).isFalse();
        assertThat(done.overdue(today)).isFalse();
    }
}

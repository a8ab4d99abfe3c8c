package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifeCycleTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 4);
    static final LifeCycle.Supplied NOTHING = LifeCycle.Supplied.NOTHING;
    /** Today, for the moves that do not depend on it: during the visit. */
    static final LocalDate DURING = LocalDate.of(2027, 3, 2);

    static final LocalDate AFTER = LocalDate.of(2027, 6, 1);

    static LifeCycle.Facts facts(int onTeam, int agreed, int sessions, boolean statement) {
        return new LifeCycle.Facts(onTeam, agreed, sessions, statement, DURING);
    }

    static LifeCycle.Facts on(LocalDate today) {
        return new LifeCycle.Facts(5, 5, 10, true, today);
    }

    @Test
    void moves_go_one_step_forward_or_to_cancelled() {
        assertThat(ChallengeState.ENQUIRY.successors(ChallengeType.CORPORATE))
                .containsExactly(ChallengeState.BOOKED, ChallengeState.CANCELLED);
        assertThat(ChallengeState.PUBLISHED.successors(ChallengeType.CORPORATE)).contains(ChallengeState.ACTION_PLAN);
        assertThat(ChallengeState.PUBLISHED.successors(ChallengeType.FINANCE))
                .contains(ChallengeState.CLOSED)
                .doesNotContain(ChallengeState.ACTION_PLAN);
        assertThat(ChallengeState.CLOSED.successors(ChallengeType.CORPORATE)).isEmpty();
        assertThat(ChallengeState.CANCELLED.successors(ChallengeType.CORPORATE)).isEmpty();
        for (ChallengeState s : ChallengeState.values()) {
            if (s.isOpen()) {
                assertThat(s.successors(ChallengeType.CORPORATE)).contains(ChallengeState.CANCELLED);
            }
        }
    }

    @Test
    void an_illegal_move_is_refused_saying_what_is_allowed() {
        Challenge c = Fixtures.challenge(ChallengeState.BOOKED, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, facts(5, 5, 10, true), ChallengeState.ON_SITE, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage(
                        "A challenge that is “Booked” cannot move to “On site”: it can move to Scoping or Cancelled.");
        Challenge closed = Fixtures.challenge(ChallengeState.CLOSED, START, END);
        assertThatThrownBy(() -> LifeCycle.check(closed, facts(0, 0, 0, false), ChallengeState.BOOKED, NOTHING))
                .hasMessageContaining("it cannot move any more");
    }

    @Test
    void no_on_site_without_an_agreed_team_and_a_programme() {
        Challenge c = Fixtures.challenge(ChallengeState.PREPARING, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, facts(5, 4, 10, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessage("The council has not agreed the whole team yet: 1 peer is awaiting an answer.");
        assertThatThrownBy(() -> LifeCycle.check(c, facts(0, 0, 10, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessage("The team has no peers yet: propose at least one and have the council agree.");
        assertThatThrownBy(() -> LifeCycle.check(c, facts(5, 5, 0, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessage("The on-site programme has no sessions yet: add at least one.");
        assertThatCode(() -> LifeCycle.check(c, facts(5, 5, 1, true), ChallengeState.ON_SITE, NOTHING))
                .doesNotThrowAnyException();
    }

    @Test
    void booking_needs_dates_and_a_manager_and_preparing_needs_the_scope_agreed() {
        Challenge noDates = Fixtures.challenge(ChallengeState.ENQUIRY, null, null);
        assertThatThrownBy(() -> LifeCycle.check(noDates, facts(0, 0, 0, false), ChallengeState.BOOKED, NOTHING))
                .hasMessage("Set the first and last days on site before booking the challenge.");
        Challenge scoping = Fixtures.challenge(ChallengeState.SCOPING, START, END);
        Challenge notAgreed = new Challenge(
                scoping.id(),
                scoping.reference(),
                scoping.councilGss(),
                scoping.councilName(),
                scoping.type(),
                null,
                scoping.frameworkId(),
                scoping.rulesId(),
                scoping.state(),
                START,
                END,
                null,
                1L,
                "m",
                null,
                null,
                scoping.enquiryOn(),
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                0);
        assertThatThrownBy(() -> LifeCycle.check(notAgreed, facts(0, 0, 0, false), ChallengeState.PREPARING, NOTHING))
                .hasMessage("The council has not agreed the scope yet: preparation starts once it has.");
    }

    @Test
    void publishing_needs_a_date_and_cancelling_a_reason() {
        Challenge c = Fixtures.challenge(ChallengeState.REPORT_FINAL, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, on(AFTER), ChallengeState.PUBLISHED, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("Enter the date the council published the report.");
        assertThatCode(() -> LifeCycle.check(
                        c, on(AFTER), ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, AFTER.minusDays(7))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LifeCycle.check(c, on(AFTER), ChallengeState.CANCELLED, NOTHING))
                .hasMessage("Enter the reason for cancelling.");
        assertThatCode(() ->
                        LifeCycle.check(c, on(AFTER), ChallengeState.CANCELLED, new LifeCycle.Supplied(true, null)))
                .doesNotThrowAnyException();
    }

    // ---- the calendar -------------------------------------------------------------------------

    @Test
    void the_team_is_not_on_site_before_the_first_visit_day() {
        Challenge c = Fixtures.challenge(ChallengeState.PREPARING, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, on(START.minusDays(1)), ChallengeState.ON_SITE, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("The team cannot be on site before the first visit day, 1 March 2027.");
        // The incident of issue 13: on 2 December 2026, a visit in March 2027.
        assertThatThrownBy(() -> LifeCycle.check(c, on(LocalDate.of(2026, 12, 2)), ChallengeState.ON_SITE, NOTHING))
                .hasMessage("The team cannot be on site before the first visit day, 1 March 2027.");
        assertThatCode(() -> LifeCycle.check(c, on(START), ChallengeState.ON_SITE, NOTHING))
                .doesNotThrowAnyException();
        assertThatCode(() -> LifeCycle.check(c, on(END), ChallengeState.ON_SITE, NOTHING))
                .doesNotThrowAnyException();
    }

    @Test
    void two_unmet_requirements_are_refused_in_two_sentences() {
        Challenge c = Fixtures.challenge(ChallengeState.PREPARING, START, END);
        assertThatThrownBy(() -> LifeCycle.check(
                        c, new LifeCycle.Facts(1, 1, 0, true, START.minusDays(1)), ChallengeState.ON_SITE, NOTHING))
                .hasMessage("The on-site programme has no sessions yet: add at least one."
                        + " The team cannot be on site before the first visit day, 1 March 2027.");
    }

    @Test
    void feedback_is_not_given_before_the_last_visit_day() {
        Challenge c = Fixtures.challenge(ChallengeState.ON_SITE, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, on(END.minusDays(1)), ChallengeState.FEEDBACK_GIVEN, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("Feedback cannot be given before the last visit day, 4 March 2027.");
        assertThatCode(() -> LifeCycle.check(c, on(END), ChallengeState.FEEDBACK_GIVEN, NOTHING))
                .doesNotThrowAnyException();
    }

    @Test
    void a_report_is_not_published_before_the_visit_ended_nor_in_the_future() {
        Challenge c = Fixtures.challenge(ChallengeState.REPORT_FINAL, START, END);
        assertThatThrownBy(() -> LifeCycle.check(
                        c, on(AFTER), ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, END.minusDays(1))))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("The report cannot have been published before the last visit day, 4 March 2027.");
        // The incident of issue 13: "Published 1 Dec 2026" for a visit in March 2027.
        assertThatThrownBy(() -> LifeCycle.check(
                        c,
                        on(AFTER),
                        ChallengeState.PUBLISHED,
                        new LifeCycle.Supplied(false, LocalDate.of(2026, 12, 1))))
                .hasMessage("The report cannot have been published before the last visit day, 4 March 2027.");
        assertThatThrownBy(() -> LifeCycle.check(
                        c, on(AFTER), ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, AFTER.plusDays(1))))
                .hasMessage("The date the council published the report cannot be in the future: it was given as"
                        + " 2 June 2027, and today is 1 June 2027.");
        assertThatCode(() ->
                        LifeCycle.check(c, on(AFTER), ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, END)))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        LifeCycle.check(c, on(AFTER), ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, AFTER)))
                .doesNotThrowAnyException();
    }

    @Test
    void an_action_plan_and_a_progress_review_are_not_before_the_report_was_published() {
        LocalDate published = LocalDate.of(2027, 5, 10);
        Challenge withPlan = published(ChallengeState.PUBLISHED, published);
        assertThatThrownBy(() -> LifeCycle.check(
                        withPlan,
                        on(AFTER),
                        ChallengeState.ACTION_PLAN,
                        new LifeCycle.Supplied(false, published.minusDays(1))))
                .hasMessage("The action plan cannot have been published before the report, which was published on"
                        + " 10 May 2027.");
        assertThatCode(() -> LifeCycle.check(
                        withPlan, on(AFTER), ChallengeState.ACTION_PLAN, new LifeCycle.Supplied(false, published)))
                .doesNotThrowAnyException();

        Challenge planned = published(ChallengeState.ACTION_PLAN, published);
        assertThatThrownBy(() -> LifeCycle.check(
                        planned,
                        on(AFTER),
                        ChallengeState.PROGRESS_REVIEW,
                        new LifeCycle.Supplied(false, published.minusDays(1))))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("The progress review cannot have taken place before the report was published on"
                        + " 10 May 2027.");
        assertThatThrownBy(() -> LifeCycle.check(
                        planned, on(AFTER), ChallengeState.PROGRESS_REVIEW, new LifeCycle.Supplied(false, null)))
                .hasMessage("Enter the date of the progress review.");
        assertThatThrownBy(() -> LifeCycle.check(
                        planned,
                        on(AFTER),
                        ChallengeState.PROGRESS_REVIEW,
                        new LifeCycle.Supplied(false, AFTER.plusMonths(1))))
                .hasMessageStartingWith("The date of the progress review cannot be in the future");
        assertThatCode(() -> LifeCycle.check(
                        planned, on(AFTER), ChallengeState.PROGRESS_REVIEW, new LifeCycle.Supplied(false, AFTER)))
                .doesNotThrowAnyException();
    }

    @Test
    void each_state_says_what_it_records_and_the_checklist_names_the_days() {
        assertThat(ChallengeState.PUBLISHED.recordsDate()).isTrue();
        assertThat(ChallengeState.ACTION_PLAN.recordsDate()).isTrue();
        assertThat(ChallengeState.PROGRESS_REVIEW.recordsDate()).isTrue();
        assertThat(ChallengeState.ON_SITE.recordsDate()).isFalse();
        assertThat(ChallengeState.CANCELLED.needsReason()).isTrue();
        assertThat(ChallengeState.CLOSED.needsReason()).isFalse();
        Challenge c = Fixtures.challenge(ChallengeState.PREPARING, START, END);
        assertThat(LifeCycle.requirements(c, on(START.minusDays(1)), ChallengeState.ON_SITE, NOTHING))
                .anySatisfy(r -> {
                    assertThat(r.description()).isEqualTo("The first visit day, 1 March 2027, has come");
                    assertThat(r.met()).isFalse();
                });
        Challenge finalReport = Fixtures.challenge(ChallengeState.REPORT_FINAL, START, END);
        assertThat(LifeCycle.requirements(finalReport, on(AFTER), ChallengeState.PUBLISHED, NOTHING))
                .singleElement()
                .satisfies(r -> assertThat(r.description())
                        .isEqualTo("The date the council published the report is given (on or after the last visit"
                                + " day, 4 March 2027, and not in the future)"));
    }

    static Challenge published(ChallengeState state, LocalDate publishedOn) {
        Challenge c = Fixtures.challenge(state, START, END);
        return new Challenge(
                c.id(),
                c.reference(),
                c.councilGss(),
                c.councilName(),
                c.type(),
                null,
                c.frameworkId(),
                c.rulesId(),
                state,
                START,
                END,
                null,
                1L,
                "m",
                null,
                null,
                c.enquiryOn(),
                c.bookedOn(),
                true,
                publishedOn,
                null,
                state == ChallengeState.ACTION_PLAN ? publishedOn.plusDays(30) : null,
                null,
                false,
                null,
                0);
    }

    @Test
    void the_scope_freezes_when_the_visit_starts() {
        assertThat(ChallengeState.PREPARING.visitStarted()).isFalse();
        assertThat(ChallengeState.ON_SITE.visitStarted()).isTrue();
        assertThat(ChallengeState.CLOSED.visitStarted()).isTrue();
        assertThat(ChallengeState.CANCELLED.visitStarted()).isFalse();
    }
}

package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifeCycleTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 4);
    static final LifeCycle.Supplied NOTHING = new LifeCycle.Supplied(false, false);

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
        assertThatThrownBy(
                        () -> LifeCycle.check(c, new LifeCycle.Facts(5, 5, 10, true), ChallengeState.ON_SITE, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage(
                        "A challenge that is “Booked” cannot move to “On site”: it can move to Scoping or Cancelled.");
        Challenge closed = Fixtures.challenge(ChallengeState.CLOSED, START, END);
        assertThatThrownBy(() ->
                        LifeCycle.check(closed, new LifeCycle.Facts(0, 0, 0, false), ChallengeState.BOOKED, NOTHING))
                .hasMessageContaining("it cannot move any more");
    }

    @Test
    void no_on_site_without_an_agreed_team_and_a_programme() {
        Challenge c = Fixtures.challenge(ChallengeState.PREPARING, START, END);
        assertThatThrownBy(
                        () -> LifeCycle.check(c, new LifeCycle.Facts(5, 4, 10, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessageContaining("the council has agreed the whole team");
        assertThatThrownBy(
                        () -> LifeCycle.check(c, new LifeCycle.Facts(0, 0, 10, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessageContaining("at least one peer");
        assertThatThrownBy(
                        () -> LifeCycle.check(c, new LifeCycle.Facts(5, 5, 0, true), ChallengeState.ON_SITE, NOTHING))
                .hasMessageContaining("the on-site programme has at least one session");
        assertThatCode(() -> LifeCycle.check(c, new LifeCycle.Facts(5, 5, 1, true), ChallengeState.ON_SITE, NOTHING))
                .doesNotThrowAnyException();
    }

    @Test
    void booking_needs_dates_and_a_manager_and_preparing_needs_the_scope_agreed() {
        Challenge noDates = Fixtures.challenge(ChallengeState.ENQUIRY, null, null);
        assertThatThrownBy(() ->
                        LifeCycle.check(noDates, new LifeCycle.Facts(0, 0, 0, false), ChallengeState.BOOKED, NOTHING))
                .hasMessageContaining("the on-site dates are set");
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
        assertThatThrownBy(() -> LifeCycle.check(
                        notAgreed, new LifeCycle.Facts(0, 0, 0, false), ChallengeState.PREPARING, NOTHING))
                .hasMessageContaining("the council has agreed the scope");
    }

    @Test
    void publishing_needs_a_date_and_cancelling_a_reason() {
        Challenge c = Fixtures.challenge(ChallengeState.REPORT_FINAL, START, END);
        LifeCycle.Facts facts = new LifeCycle.Facts(5, 5, 10, true);
        assertThatThrownBy(() -> LifeCycle.check(c, facts, ChallengeState.PUBLISHED, NOTHING))
                .hasMessageContaining("date");
        assertThatCode(() -> LifeCycle.check(c, facts, ChallengeState.PUBLISHED, new LifeCycle.Supplied(false, true)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LifeCycle.check(c, facts, ChallengeState.CANCELLED, NOTHING))
                .hasMessageContaining("reason");
    }

    @Test
    void the_scope_freezes_when_the_visit_starts() {
        assertThat(ChallengeState.PREPARING.visitStarted()).isFalse();
        assertThat(ChallengeState.ON_SITE.visitStarted()).isTrue();
        assertThat(ChallengeState.CLOSED.visitStarted()).isTrue();
        assertThat(ChallengeState.CANCELLED.visitStarted()).isFalse();
    }
}

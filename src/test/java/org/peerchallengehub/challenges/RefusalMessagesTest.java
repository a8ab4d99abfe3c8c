package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A refusal reads as a sentence a person would write: what to do, not a statement of what is missing. */
class RefusalMessagesTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 3, 4);
    static final LifeCycle.Supplied NOTHING = LifeCycle.Supplied.NOTHING;
    static final LifeCycle.Facts FACTS = new LifeCycle.Facts(5, 5, 10, true, END.plusDays(10));

    @Test
    void cancelling_without_a_reason_asks_for_one() {
        Challenge c = Fixtures.challenge(ChallengeState.BOOKED, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, FACTS, ChallengeState.CANCELLED, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("Enter the reason for cancelling.");
    }

    @Test
    void a_move_that_needs_a_date_asks_for_it() {
        Challenge c = Fixtures.challenge(ChallengeState.REPORT_FINAL, START, END);
        assertThatThrownBy(() -> LifeCycle.check(c, FACTS, ChallengeState.PUBLISHED, NOTHING))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("Enter the date the council published the report.");
    }
}

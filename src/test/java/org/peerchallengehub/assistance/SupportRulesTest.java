package org.peerchallengehub.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchallengehub.shared.web.FormError;

/** The support offer's state machine and the record's input rules, without Spring (decision 0095). */
class SupportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final LocalDate OFFERED = LocalDate.of(2026, 11, 1);

    static Offer offered() {
        return new Offer(
                1,
                "E06000034",
                SupportKind.FINANCE_PEER_REVIEW,
                null,
                null,
                SupportState.OFFERED,
                OFFERED,
                null,
                null,
                null,
                null,
                null,
                "Avery");
    }

    static List<String> fields(Throwable t) {
        return ((SupportRefused) t).errors().stream().map(FormError::field).toList();
    }

    static List<String> messages(Throwable t) {
        return ((SupportRefused) t).errors().stream().map(FormError::message).toList();
    }

    @Test
    @DisplayName("the only moves: offered → agreed or declined, agreed → under way, under way → completed")
    void theMoves() {
        assertThat(SupportState.OFFERED.next()).containsExactly(SupportState.AGREED, SupportState.DECLINED);
        assertThat(SupportState.AGREED.next()).containsExactly(SupportState.UNDER_WAY);
        assertThat(SupportState.UNDER_WAY.next()).containsExactly(SupportState.COMPLETED);
        assertThat(SupportState.DECLINED.next()).isEmpty();
        assertThat(SupportState.COMPLETED.next()).isEmpty();
        int allowed = 0;
        for (SupportState from : SupportState.values()) {
            for (SupportState to : SupportState.values()) {
                allowed += from.canMoveTo(to) ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(4);
        assertThat(SupportState.DECLINED.isFinal()).isTrue();
        assertThat(SupportState.COMPLETED.isFinal()).isTrue();
        assertThat(SupportState.UNDER_WAY.open()).isTrue();
        assertThat(SupportState.DECLINED.open()).isFalse();
    }

    @Test
    @DisplayName("an offer goes the whole way, each step's date kept, and completing needs an outcome")
    void theWholeWay() {
        Offer agreed = SupportRules.move(offered(), SupportState.AGREED, OFFERED.plusDays(5), null, TODAY);
        Offer started = SupportRules.move(agreed, SupportState.UNDER_WAY, OFFERED.plusDays(10), null, TODAY);
        assertThatThrownBy(() -> SupportRules.move(started, SupportState.COMPLETED, TODAY, "  ", TODAY))
                .isInstanceOf(SupportRefused.class)
                .satisfies(t ->
                        assertThat(messages(t)).containsExactly("Describe the outcome of the finance peer review"));
        Offer done = SupportRules.move(started, SupportState.COMPLETED, TODAY, " Plan rebuilt ", TODAY);
        assertThat(done.state()).isEqualTo(SupportState.COMPLETED);
        assertThat(done.agreedOn()).isEqualTo(OFFERED.plusDays(5));
        assertThat(done.startedOn()).isEqualTo(OFFERED.plusDays(10));
        assertThat(done.completedOn()).isEqualTo(TODAY);
        assertThat(done.outcome()).isEqualTo("Plan rebuilt");
        assertThat(done.lastStepOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("a completed offer cannot move back to offered (or anywhere)")
    void completedIsFinal() {
        Offer done = SupportRules.move(
                SupportRules.move(
                        SupportRules.move(offered(), SupportState.AGREED, OFFERED, null, TODAY),
                        SupportState.UNDER_WAY,
                        OFFERED,
                        null,
                        TODAY),
                SupportState.COMPLETED,
                OFFERED,
                "Done",
                TODAY);
        for (SupportState to : SupportState.values()) {
            assertThatThrownBy(() -> SupportRules.move(done, to, TODAY, "x", TODAY))
                    .isInstanceOf(SupportRefused.class)
                    .satisfies(t -> assertThat(fields(t)).contains("to"));
        }
        assertThatThrownBy(() -> SupportRules.move(done, SupportState.OFFERED, TODAY, null, TODAY))
                .hasMessage("The finance peer review is completed: it cannot be moved back to offered."
                        + " Record a new offer instead");
    }

    @Test
    @DisplayName("a declined offer is final; an offered one cannot skip to under way or completed")
    void noSkipping() {
        Offer declined = SupportRules.move(offered(), SupportState.DECLINED, TODAY, null, TODAY);
        assertThat(declined.declinedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> SupportRules.move(declined, SupportState.AGREED, TODAY, null, TODAY))
                .isInstanceOf(SupportRefused.class);
        assertThatThrownBy(() -> SupportRules.move(offered(), SupportState.UNDER_WAY, TODAY, null, TODAY))
                .hasMessage("The finance peer review is offered: it can only become agreed or declined, not under way");
        assertThatThrownBy(() -> SupportRules.move(offered(), SupportState.COMPLETED, TODAY, "x", TODAY))
                .isInstanceOf(SupportRefused.class);
        assertThatThrownBy(() -> SupportRules.move(offered(), SupportState.OFFERED, TODAY, null, TODAY))
                .isInstanceOf(SupportRefused.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = SupportState.class,
            names = {"AGREED", "DECLINED"})
    @DisplayName("a step's date is neither in the future nor before the step before it; the boundaries pass")
    void dates(SupportState to) {
        assertThatThrownBy(() -> SupportRules.move(offered(), to, TODAY.plusDays(1), null, TODAY))
                .satisfies(t -> assertThat(messages(t)).containsExactly("The date must be today or in the past"));
        assertThatThrownBy(() -> SupportRules.move(offered(), to, OFFERED.minusDays(1), null, TODAY))
                .satisfies(t -> assertThat(messages(t))
                        .containsExactly("The date must be on or after 1 November 2026, when the finance peer review"
                                + " was offered"));
        assertThat(SupportRules.move(offered(), to, TODAY, null, TODAY).lastStepOn())
                .isEqualTo(TODAY);
        assertThat(SupportRules.move(offered(), to, OFFERED, null, TODAY).lastStepOn())
                .isEqualTo(OFFERED);
    }

    @Test
    @DisplayName("no state or no date is refused with a message for the field, every problem at once")
    void missing() {
        assertThatThrownBy(() -> SupportRules.move(offered(), null, null, "x".repeat(5001), TODAY))
                .satisfies(t -> assertThat(fields(t)).containsExactly("to", "outcome"));
        assertThatThrownBy(() -> SupportRules.move(offered(), SupportState.AGREED, null, null, TODAY))
                .satisfies(t -> assertThat(messages(t)).containsExactly("Enter the date it happened"));
    }

    @Test
    @DisplayName("texts have limits at exactly their length; posts, not names")
    void texts() {
        List<FormError> errors = new ArrayList<>();
        SupportRules.length(errors, "summary", "x".repeat(5000), SupportRules.SUMMARY_MAX, "The summary");
        assertThat(errors).isEmpty();
        SupportRules.length(errors, "summary", "x".repeat(10_001), SupportRules.SUMMARY_MAX, "The summary");
        assertThat(errors)
                .extracting(FormError::message)
                .containsExactly("The summary must be 5,000 characters or fewer");

        errors.clear();
        SupportRules.posts(errors, "Leader; chief executive; section 151 officer; director of children's services");
        SupportRules.posts(errors, "Cabinet member for finance");
        assertThat(errors).isEmpty();
        for (String named : List.of("Cllr Smith", "Mrs J Jones, chief executive", "the leader and Dr. Patel")) {
            errors.clear();
            SupportRules.posts(errors, named);
            assertThat(errors).as(named).extracting(FormError::field).containsExactly("posts");
        }
    }

    @Test
    @DisplayName("dates something happened on: today passes, tomorrow and before 2000 do not")
    void happenedOn() {
        List<FormError> errors = new ArrayList<>();
        SupportRules.date(errors, "heldOn", TODAY, TODAY, "The date");
        SupportRules.date(errors, "heldOn", SupportRules.EARLIEST, TODAY, "The date");
        assertThat(errors).isEmpty();
        SupportRules.date(errors, "heldOn", TODAY.plusDays(1), TODAY, "The date");
        SupportRules.date(errors, "heldOn", SupportRules.EARLIEST.minusDays(1), TODAY, "The date");
        assertThat(errors)
                .extracting(FormError::message)
                .containsExactly(
                        "The date must be today or in the past", "The date must be on or after 1 January 2000");
    }
}

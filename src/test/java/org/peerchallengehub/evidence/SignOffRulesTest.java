package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;
import org.peerchallengehub.frameworks.FindingKind;

/** Who may sign off the findings and when; how a withdrawal reopens the set (decision 0068). */
class SignOffRulesTest {

    static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-02T09:00:00Z");

    static Finding finding(long id, boolean agreed) {
        return new Finding(
                id,
                1,
                "local-priorities-and-outcomes",
                null,
                FindingKind.STRENGTH,
                "Finding " + id,
                null,
                null,
                agreed,
                agreed ? "Sam" : null,
                agreed ? NINE : null,
                "Sam",
                NINE,
                "Sam",
                NINE,
                0,
                List.of());
    }

    static SignOff signed(SeatRole seat, OffsetDateTime at) {
        return new SignOff(seat.ordinal(), seat, 7, "Signer " + seat, at, null, null);
    }

    static SignOff withdrawn(SeatRole seat, OffsetDateTime at, OffsetDateTime withdrawnAt, String why) {
        return new SignOff(seat.ordinal() + 10, seat, 7, "Signer " + seat, at, withdrawnAt, why);
    }

    static final SignOffState NONE = SignOffState.of(List.of());

    @Test
    void the_lead_peer_and_the_manager_sign_off_a_set_in_which_every_finding_is_agreed() {
        List<Finding> agreed = List.of(finding(1, true), finding(2, true));

        assertThat(SignOffRules.refusal(SeatRole.LEAD_PEER, agreed, NONE)).isEmpty();
        assertThat(SignOffRules.refusal(SeatRole.MANAGER, agreed, NONE)).isEmpty();
    }

    @Test
    void another_peer_does_not_sign_off() {
        assertThat(SignOffRules.refusal(SeatRole.PEER, List.of(finding(1, true)), NONE))
                .contains("Only the team's lead peer and the manager sign off the findings");
    }

    @Test
    void every_finding_must_be_agreed_first() {
        assertThat(SignOffRules.refusal(
                        SeatRole.MANAGER, List.of(finding(1, true), finding(2, false), finding(3, false)), NONE))
                .contains("2 findings are not agreed yet: the team agrees every finding before the findings are"
                        + " signed off");
        assertThat(SignOffRules.refusal(SeatRole.MANAGER, List.of(finding(1, false)), NONE))
                .hasValueSatisfying(m -> assertThat(m).startsWith("1 finding is not agreed yet"));
    }

    @Test
    void an_empty_set_is_not_signed_off() {
        assertThat(SignOffRules.refusal(SeatRole.LEAD_PEER, List.of(), NONE))
                .contains("There are no findings to sign off yet");
    }

    @Test
    void each_seat_signs_once() {
        SignOffState lead = SignOffState.of(List.of(signed(SeatRole.LEAD_PEER, NINE)));

        assertThat(SignOffRules.refusal(SeatRole.LEAD_PEER, List.of(finding(1, true)), lead))
                .contains("The findings are already signed off as lead peer by Signer LEAD_PEER");
        assertThat(SignOffRules.refusal(SeatRole.MANAGER, List.of(finding(1, true)), lead))
                .isEmpty();
        assertThat(lead.signedOffByBoth()).isFalse();
    }

    @Test
    void both_current_sign_offs_make_the_set_signed_off() {
        SignOffState both = SignOffState.of(
                List.of(signed(SeatRole.MANAGER, NINE.plusMinutes(5)), signed(SeatRole.LEAD_PEER, NINE)));

        assertThat(both.signedOffByBoth()).isTrue();
        assertThat(both.reopened()).isFalse();
    }

    @Test
    void a_withdrawal_reopens_the_set_and_says_why_until_someone_signs_again() {
        String why = "Sam Sample changed the text of the finding “Staff are proud”";
        SignOffState reopened = SignOffState.of(List.of(
                withdrawn(SeatRole.MANAGER, NINE.plusMinutes(5), NINE.plusMinutes(30), why),
                withdrawn(SeatRole.LEAD_PEER, NINE, NINE.plusMinutes(30), why)));

        assertThat(reopened.signedOffByBoth()).isFalse();
        assertThat(reopened.current()).isEmpty();
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.reopenedBecause()).isEqualTo(why);
        assertThat(reopened.reopenedAt()).isEqualTo(NINE.plusMinutes(30));

        SignOffState signedAgain = SignOffState.of(List.of(
                signed(SeatRole.LEAD_PEER, NINE.plusMinutes(40)),
                withdrawn(SeatRole.MANAGER, NINE.plusMinutes(5), NINE.plusMinutes(30), why),
                withdrawn(SeatRole.LEAD_PEER, NINE, NINE.plusMinutes(30), why)));
        assertThat(signedAgain.reopened()).isFalse();
        assertThat(signedAgain.by(SeatRole.LEAD_PEER)).isPresent();
    }
}

package org.peerchallengehub.evidence;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;

/**
 * Who may sign off a challenge's findings, and when (decision 0068): the team's lead peer and the
 * manager, each once, for a set of at least one finding in which every finding is agreed. Weakly
 * supported findings do not stop a sign-off; they are shown with a warning before it.
 */
final class SignOffRules {

    private SignOffRules() {}

    /** Why this seat cannot sign off these findings now, or empty when it can. */
    static Optional<String> refusal(SeatRole seat, List<Finding> findings, SignOffState state) {
        if (seat == SeatRole.PEER) {
            return Optional.of("Only the team's lead peer and the manager sign off the findings");
        }
        if (state.by(seat).isPresent()) {
            SignOff mine = state.by(seat).orElseThrow();
            return Optional.of("The findings are already signed off as " + label(seat) + " by " + mine.userName());
        }
        if (findings.isEmpty()) {
            return Optional.of("There are no findings to sign off yet");
        }
        long open = findings.stream().filter(f -> !f.agreed()).count();
        if (open > 0) {
            return Optional.of(open + (open == 1 ? " finding is" : " findings are")
                    + " not agreed yet: the team agrees every finding before the findings are signed off");
        }
        return Optional.empty();
    }

    static String label(SeatRole seat) {
        return switch (seat) {
            case LEAD_PEER -> "lead peer";
            case MANAGER -> "manager";
            case PEER -> "peer";
        };
    }
}

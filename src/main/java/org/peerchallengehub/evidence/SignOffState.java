package org.peerchallengehub.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;

/**
 * Where the sign-off of a challenge's findings stands: the current sign-offs (by the lead peer and
 * the manager) and, when the set was reopened by a change, what changed and when.
 */
record SignOffState(List<SignOff> current, @Nullable String reopenedBecause, @Nullable OffsetDateTime reopenedAt) {

    /** The state from every sign-off row of the challenge, newest first. */
    static SignOffState of(List<SignOff> all) {
        List<SignOff> current = all.stream().filter(SignOff::current).toList();
        SignOff lastWithdrawn = all.stream()
                .filter(s -> !s.current())
                .max(java.util.Comparator.comparing(SignOff::withdrawnAt))
                .orElse(null);
        boolean reopened = lastWithdrawn != null
                && current.stream().noneMatch(c -> c.signedAt().isAfter(lastWithdrawn.withdrawnAt()));
        return new SignOffState(
                current,
                reopened ? lastWithdrawn.withdrawnReason() : null,
                reopened ? lastWithdrawn.withdrawnAt() : null);
    }

    public Optional<SignOff> by(SeatRole seat) {
        return current.stream().filter(s -> s.seat() == seat).findFirst();
    }

    /** Signed off by both the lead peer and the manager: the set is final, notes can no longer be added. */
    public boolean signedOffByBoth() {
        return by(SeatRole.LEAD_PEER).isPresent() && by(SeatRole.MANAGER).isPresent();
    }

    public boolean reopened() {
        return reopenedBecause != null;
    }
}

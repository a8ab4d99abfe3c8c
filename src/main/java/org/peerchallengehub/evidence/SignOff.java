package org.peerchallengehub.evidence;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;

/**
 * A sign-off of a challenge's findings by the team's lead peer or by the manager. It is current while
 * {@code withdrawnAt} is null; a change to the findings afterwards withdraws it, saying what changed.
 */
record SignOff(
        long id,
        SeatRole seat,
        long userId,
        String userName,
        OffsetDateTime signedAt,
        @Nullable OffsetDateTime withdrawnAt,
        @Nullable String withdrawnReason) {

    boolean current() {
        return withdrawnAt == null;
    }
}

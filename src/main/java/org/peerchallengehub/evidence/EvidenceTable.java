package org.peerchallengehub.evidence;

import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one gate to a challenge's evidence: every page, API call and export of this module asks it
 * first. Only the challenge's manager and its team have a seat (decision 0060); anyone else, the
 * council, the public, peers of other challenges, gets 404, as if the challenge did not exist.
 */
@Component
class EvidenceTable {

    private final ChallengeTeams teams;

    EvidenceTable(ChallengeTeams teams) {
        this.teams = teams;
    }

    /** The user's seat at the challenge's table; 404 if they have none. */
    Seat seat(CurrentUser user, long challengeId) {
        return teams.seat(user, challengeId).orElseThrow(() -> new NotFoundException("No such challenge"));
    }

    /** The user's seat, for a change: refused with a sentence when evidence is closed for the challenge. */
    Seat openSeat(CurrentUser user, long challengeId) {
        Seat seat = seat(user, challengeId);
        if (!seat.evidenceOpen()) {
            throw new EvidenceRefused("Evidence for " + seat.reference() + " can be changed while the challenge is"
                    + " preparing, on site, has given feedback or is drafting its report; it is "
                    + seat.stateLabel().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return seat;
    }
}

package org.peerchallengehub.challenges;

import org.peerchallengehub.shared.web.NotFoundException;

class ChallengeNotFound extends NotFoundException {

    private ChallengeNotFound(String message) {
        super(message);
    }

    public static ChallengeNotFound forId(long id) {
        return new ChallengeNotFound("There is no challenge with the number " + id + " that you can see");
    }
}

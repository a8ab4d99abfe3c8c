package org.peerchallengehub.peers;

import org.peerchallengehub.shared.web.NotFoundException;

class PeerNotFound extends NotFoundException {

    private PeerNotFound(String message) {
        super(message);
    }

    public static PeerNotFound forId(long id) {
        return new PeerNotFound("There is no peer with the number " + id);
    }
}

package org.peerchallengehub.peers;

/** A change to the pool broke a rule; {@code field} names the form field for the message. */
class PeerRefused extends RuntimeException {

    private final String field;

    public PeerRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.peerchallengehub.challenges;

/** A change to a challenge broke a rule; {@code field} names the form field for the message. */
class ChallengeRefused extends RuntimeException {

    private final String field;

    public ChallengeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

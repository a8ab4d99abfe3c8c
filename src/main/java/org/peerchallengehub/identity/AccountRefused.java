package org.peerchallengehub.identity;

/** An account change broke a rule; {@code field} names the form field to show the message against. */
class AccountRefused extends RuntimeException {

    private final String field;

    public AccountRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

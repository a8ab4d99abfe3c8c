package org.peerchallengehub.evidence;

/** A finding as given cannot be saved: the field at fault and a sentence saying why. */
class FindingRefused extends RuntimeException {

    private final String field;

    FindingRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

package org.peerchallengehub.reporting;

/** A change to a report that is not allowed, with the field it concerns and the reason in a sentence. */
class ReportRefused extends RuntimeException {

    private final String field;

    ReportRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

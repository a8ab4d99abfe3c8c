package org.peerchallengehub.actions;

/** The council's response to a recommendation. */
enum Response {
    /** The council accepts the recommendation and will act on it. */
    ACCEPTED("Accepted"),
    /** The council accepts part of it: the reason says which part and why not the rest. */
    PARTLY_ACCEPTED("Partly accepted"),
    /** The council does not accept it: the reason says why; no actions follow. */
    NOT_ACCEPTED("Not accepted");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean needsReason() {
        return this != ACCEPTED;
    }

    boolean takesActions() {
        return this != NOT_ACCEPTED;
    }
}

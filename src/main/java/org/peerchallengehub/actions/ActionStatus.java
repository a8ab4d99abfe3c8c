package org.peerchallengehub.actions;

import java.util.Set;

/** Where an action is. */
enum ActionStatus {
    /** Agreed but not begun. */
    NOT_STARTED("Not started"),
    /** Under way. */
    IN_PROGRESS("In progress"),
    /** Done. */
    COMPLETED("Completed"),
    /** Done and now part of how the council normally works. */
    EMBEDDED("Completed and embedded");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean done() {
        return this == COMPLETED || this == EMBEDDED;
    }

    /**
     * The statuses an action may move to from this one: forward one or more steps, except that only a
     * completed action can become embedded; a completed action may be reopened (back to in progress).
     */
    Set<ActionStatus> successors() {
        return switch (this) {
            case NOT_STARTED -> Set.of(IN_PROGRESS, COMPLETED);
            case IN_PROGRESS -> Set.of(COMPLETED);
            case COMPLETED -> Set.of(EMBEDDED, IN_PROGRESS);
            case EMBEDDED -> Set.of(IN_PROGRESS);
        };
    }
}

package org.peerchallengehub.reporting;

/** What a comment on a draft report is. */
enum CommentKind {
    /** A comment of the team's review, resolved or not. */
    TEAM("Team comment"),
    /** The council proposes a correction of a fact, with its wording; the manager accepts or rejects it. */
    FACT_CORRECTION("Proposed correction of a fact"),
    /** The council comments on an opinion: allowed, shown to the manager as such; nothing to decide. */
    OPINION("Comment on an opinion");

    private final String label;

    CommentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

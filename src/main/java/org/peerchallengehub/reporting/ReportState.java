package org.peerchallengehub.reporting;

/** Where a feedback report is in its workflow. Moves one step forward at a time ({@link ReportWorkflow}). */
enum ReportState {
    /** The manager and the team write the narrative; the facts follow the challenge's record. */
    DRAFT("Draft"),
    /** The team reads the draft and comments per section; comments are resolved or not. */
    TEAM_REVIEW("Team review"),
    /**
     * The council's users read the draft and comment: a proposed correction of a fact, or a comment on an
     * opinion; the manager accepts or rejects each correction with a reason.
     */
    FACTUAL_ACCURACY_CHECK("Factual accuracy check"),
    /** Locked: a further change only as a new version with a reason. */
    FINAL("Final"),
    /** Public at its stable address; a correction is a new version, published as a new edition with its reason. */
    PUBLISHED("Published");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

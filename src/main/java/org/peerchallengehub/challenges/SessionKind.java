package org.peerchallengehub.challenges;

/** Kinds of on-site session. Document reviews are not meetings. */
enum SessionKind {
    INTERVIEW("Interview", true),
    FOCUS_GROUP("Focus group", true),
    WORKSHOP("Workshop", true),
    OBSERVATION("Observation", true),
    SITE_VISIT("Site visit", true),
    DOCUMENT_REVIEW("Document review", false);

    private final String label;
    private final boolean meeting;

    SessionKind(String label, boolean meeting) {
        this.label = label;
        this.meeting = meeting;
    }

    public String label() {
        return label;
    }

    /** Counts towards "meetings held". */
    public boolean meeting() {
        return meeting;
    }
}

package org.peerchallengehub.challenges;

public enum DocumentKind {
    POSITION_STATEMENT("Position statement"),
    SUPPORTING("Supporting document"),
    DATA_PACK("Data pack"),
    OTHER("Other"),
    /** The published report a historic challenge was recorded from, as imported (never uploaded by hand). */
    PUBLISHED_REPORT("Published report (original file)");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Documents only the LGA produces: a council user never uploads one. */
    public boolean lgaOnly() {
        return this == DATA_PACK || this == PUBLISHED_REPORT;
    }

    /** Whether a person may choose this kind when uploading (the published report comes only from its import). */
    public boolean uploadable() {
        return this != PUBLISHED_REPORT;
    }
}

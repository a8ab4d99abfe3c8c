package org.peerchallengehub.challenges;

public enum DocumentKind {
    POSITION_STATEMENT("Position statement"),
    SUPPORTING("Supporting document"),
    DATA_PACK("Data pack"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Documents only the LGA produces: a council user never uploads one. */
    public boolean lgaOnly() {
        return this == DATA_PACK;
    }
}

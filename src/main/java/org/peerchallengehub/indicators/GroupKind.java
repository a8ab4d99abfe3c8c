package org.peerchallengehub.indicators;

/** The kinds of comparator group a council's figures are compared against (decision 0015). */
enum GroupKind {
    /** Councils of the same type (county, district, unitary, metropolitan district, London borough). */
    SAME_TYPE("type", "Same type"),
    /** Councils of the same tier in the same English region. */
    SAME_REGION("region", "Same region"),
    /** Every council of the same tier in England. */
    ENGLAND("england", "All England"),
    /** The 15 most similar councils of the same tier, computed by the Hub. */
    NEAREST_NEIGHBOURS("nearest-neighbours", "Nearest neighbours"),
    /** A group a signed-in user saved. */
    CUSTOM("custom", "Custom group");

    private final String slug;
    private final String label;

    GroupKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The form used in URLs and the API; a custom group adds its number: {@code custom-12}. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }
}

package org.peerchallengehub.risk;

/** How concerned the programme should be about a council, from its score (decision 0080). */
enum ConcernLevel {
    /** Enough data, and the signals add up to less than the watch line. */
    NONE("No concern", "grey"),
    /** Worth keeping an eye on. */
    WATCH("Watch", "yellow"),
    /** Worth a conversation with the council. */
    CONCERN("Concern", "orange"),
    /** Worth offering support now. */
    SERIOUS_CONCERN("Serious concern", "red"),
    /** Too few finance signals could be assessed to say "no concern", and none fired enough to say more. */
    NOT_ENOUGH_DATA("Not enough data", "blue");

    private final String label;
    private final String colour;

    ConcernLevel(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    /** Watch, concern or serious concern. */
    public boolean atLeastWatch() {
        return this == WATCH || this == CONCERN || this == SERIOUS_CONCERN;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

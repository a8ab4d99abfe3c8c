package org.peerchallengehub.frameworks;

/**
 * What a finding of a peer challenge is, in the framework's vocabulary: the same kinds for findings
 * written on site today and for those read from reports published years ago.
 */
public enum FindingKind {
    /** One of the report's headline recommendations, in their order. */
    KEY_RECOMMENDATION("Key recommendation"),
    /** Something the council does well. */
    STRENGTH("Strength"),
    /** An area for improvement or consideration. */
    CHALLENGE("Challenge"),
    /** What the council should do, under a component or focus area. */
    RECOMMENDATION("Recommendation"),
    /** Practice other councils could learn from. */
    NOTABLE_PRACTICE("Notable practice");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

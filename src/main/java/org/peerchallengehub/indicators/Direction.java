package org.peerchallengehub.indicators;

/** Direction of travel of a council's value against the previous period it has a value for. */
enum Direction {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    NO_CHANGE("No change"),
    /** Went up; the metric has no polarity. */
    UP("Up"),
    /** Went down; the metric has no polarity. */
    DOWN("Down"),
    /** No earlier period to compare with. */
    NO_PREVIOUS("No earlier figure");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The direction from {@code previous} to {@code current} for a metric of this polarity. */
    public static Direction of(Polarity polarity, @org.jspecify.annotations.Nullable Double previous, double current) {
        if (previous == null) {
            return NO_PREVIOUS;
        }
        int compared = Double.compare(current, previous);
        if (compared == 0) {
            return NO_CHANGE;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> compared > 0 ? IMPROVING : WORSENING;
            case LOWER_IS_BETTER -> compared < 0 ? IMPROVING : WORSENING;
            case NEITHER -> compared > 0 ? UP : DOWN;
        };
    }
}

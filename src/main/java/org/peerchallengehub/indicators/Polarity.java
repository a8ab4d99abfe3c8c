package org.peerchallengehub.indicators;

import java.util.Locale;

/** Which direction of a metric is an improvement. */
enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    /** Context or a measure of size: a change is neither an improvement nor a decline. */
    NEITHER("Neither higher nor lower is better");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Polarity parse(String text) {
        return Slugs.parse(Polarity.class, text, values(), Polarity::slug, Polarity::label);
    }
}

package org.peerchallengehub.indicators;

import org.jspecify.annotations.Nullable;

/**
 * Something measured about councils.
 *
 * @param id the stable slug files, URLs and other modules use, e.g. {@code net-revenue-expenditure}
 * @param formula for a derived metric, how the Hub computes it from other metrics; null otherwise
 */
public record Metric(
        String id,
        String title,
        String description,
        Unit unit,
        Polarity polarity,
        PeriodType periodType,
        Theme theme,
        String source,
        String licence,
        @Nullable String formula) {

    /** Computed by the Hub from other metrics, never imported. */
    public boolean derived() {
        return formula != null;
    }

    public String format(double value) {
        return unit.format(value);
    }
}

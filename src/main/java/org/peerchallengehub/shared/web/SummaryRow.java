package org.peerchallengehub.shared.web;

import org.jspecify.annotations.Nullable;

/** One row of a GOV.UK summary list; {@code href} makes the value a link. */
public record SummaryRow(String key, String value, @Nullable String href) {

    public static SummaryRow of(String key, @Nullable Object value) {
        return new SummaryRow(key, value == null ? "Not known" : value.toString(), null);
    }
}

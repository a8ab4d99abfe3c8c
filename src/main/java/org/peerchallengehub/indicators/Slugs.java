package org.peerchallengehub.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum value from a file cell: its slug, its label or its constant name, any case. */
final class Slugs {

    private Slugs() {}

    static <E extends Enum<E>> E parse(
            Class<E> type, String text, E[] values, Function<E, String> slug, Function<E, String> label) {
        String t = text.strip();
        for (E value : values) {
            if (slug.apply(value).equalsIgnoreCase(t)
                    || label.apply(value).equalsIgnoreCase(t)
                    || value.name().equalsIgnoreCase(t)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "‘" + t + "’ is not one of: " + Arrays.stream(values).map(slug).collect(Collectors.joining(", ")));
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

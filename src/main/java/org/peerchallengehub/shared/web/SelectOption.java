package org.peerchallengehub.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One option of a GOV.UK select. */
public record SelectOption(String value, String label) {

    /** One option per constant, in declaration order: the constant's name as value, the label given. */
    public static <E extends Enum<E>> List<SelectOption> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values)
                .map(v -> new SelectOption(v.name(), label.apply(v)))
                .toList();
    }
}

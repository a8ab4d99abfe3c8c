package org.peerchallengehub.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The errors of one form submission, in the order the fields appear. */
public record FormErrors(List<FormError> all) {

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(List<FormError> errors) {
        return new FormErrors(List.copyOf(errors));
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new FormError(field, message)));
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public @Nullable String messageFor(String field) {
        return all.stream()
                .filter(e -> e.field().equals(field))
                .map(FormError::message)
                .findFirst()
                .orElse(null);
    }
}

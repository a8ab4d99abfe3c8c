package org.peerchallengehub.assistance;

import java.util.List;
import org.peerchallengehub.shared.web.FormError;

/** What was asked of the support record cannot be done, with a message for each field at fault. */
class SupportRefused extends RuntimeException {

    private final List<FormError> errors;

    SupportRefused(List<FormError> errors) {
        super(errors.isEmpty() ? "Refused" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    static SupportRefused because(String field, String message) {
        return new SupportRefused(List.of(new FormError(field, message)));
    }

    List<FormError> errors() {
        return errors;
    }
}

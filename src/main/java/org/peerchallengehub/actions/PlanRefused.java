package org.peerchallengehub.actions;

import java.util.List;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;

/** A change to an action plan that its rules refuse: the errors, each for the field it concerns. */
final class PlanRefused extends RuntimeException {

    private final FormErrors errors;

    PlanRefused(FormErrors errors) {
        super(errors.all().isEmpty() ? "Refused" : errors.all().getFirst().message());
        this.errors = errors;
    }

    static PlanRefused of(String field, String message) {
        return new PlanRefused(FormErrors.of(field, message));
    }

    static PlanRefused of(String field, List<String> messages) {
        return new PlanRefused(FormErrors.of(
                messages.stream().map(m -> new FormError(field, m)).toList()));
    }

    FormErrors errors() {
        return errors;
    }
}

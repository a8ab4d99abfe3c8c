package org.peerchallengehub.risk;

import java.util.List;
import org.peerchallengehub.shared.web.FormError;

/** An event (or a file of them) that was not recorded, with every reason: nothing was saved. */
class EventRefused extends RuntimeException {

    private final List<FormError> problems;

    EventRefused(List<FormError> problems) {
        super(problems.isEmpty() ? "refused" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    static EventRefused of(String field, String message) {
        return new EventRefused(List.of(new FormError(field, message)));
    }

    List<FormError> problems() {
        return problems;
    }
}

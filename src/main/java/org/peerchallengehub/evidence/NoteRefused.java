package org.peerchallengehub.evidence;

import java.util.List;
import org.peerchallengehub.shared.web.FormError;

/** A note that cannot be saved as entered: one message per field, each saying what to do. */
class NoteRefused extends RuntimeException {

    private final List<FormError> problems;

    NoteRefused(List<FormError> problems) {
        super(problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    List<FormError> problems() {
        return problems;
    }
}

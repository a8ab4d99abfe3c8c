package org.peerchallengehub.councils;

import java.util.List;

/** A reorganisation that cannot be recorded: every problem, each a sentence (with its line for a CSV). */
class ReorganisationRefused extends RuntimeException {

    private final List<String> problems;

    ReorganisationRefused(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

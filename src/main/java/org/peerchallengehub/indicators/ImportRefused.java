package org.peerchallengehub.indicators;

import java.util.List;

/** A file was not imported; nothing of it was stored. The problems say why, with line numbers. */
final class ImportRefused extends RuntimeException {

    private final List<ImportProblem> problems;
    private final int total;

    private ImportRefused(String summary, List<ImportProblem> problems, int total) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    static ImportRefused because(String message) {
        return new ImportRefused(message, List.of(ImportProblem.file(message)), 1);
    }

    static ImportRefused rows(List<ImportProblem> listed, int total) {
        String summary = total == 1
                ? "The file has a problem; nothing was imported"
                : "The file has " + String.format("%,d", total) + " problems; nothing was imported";
        return new ImportRefused(summary, listed, total);
    }

    /** The first problems, in file order (at most {@link ImportSession#LISTED}). */
    List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems there were in all. */
    int total() {
        return total;
    }
}

package org.peerchallengehub.indicators;

/** Something wrong with (or worth knowing about) a row of an imported file, or the whole file. */
record ImportProblem(String where, String message) {

    static ImportProblem file(String message) {
        return new ImportProblem("", message);
    }

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}

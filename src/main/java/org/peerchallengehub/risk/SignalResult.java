package org.peerchallengehub.risk;

/**
 * What one signal says about one council as known on a date: flagged with points, clear, or without
 * the data to say, always in words with the numbers behind them.
 */
record SignalResult(String signalId, String title, Signal.Family family, Outcome outcome, int points, String words) {

    enum Outcome {
        /** The signal fires: {@code points} count towards the score. */
        FLAGGED,
        /** Assessed, and nothing of concern. */
        CLEAR,
        /** Not assessed: the figures or records are missing or out of date. */
        NO_DATA
    }

    SignalResult {
        if (outcome != Outcome.FLAGGED && points != 0) {
            throw new IllegalArgumentException("only a flagged signal has points");
        }
        if (outcome == Outcome.FLAGGED && points <= 0) {
            throw new IllegalArgumentException("a flagged signal has points");
        }
    }

    static SignalResult flagged(Signal signal, String title, int points, String words) {
        return new SignalResult(signal.id(), title, signal.family(), Outcome.FLAGGED, points, words);
    }

    static SignalResult clear(Signal signal, String title, String words) {
        return new SignalResult(signal.id(), title, signal.family(), Outcome.CLEAR, 0, words);
    }

    static SignalResult noData(Signal signal, String title, String words) {
        return new SignalResult(signal.id(), title, signal.family(), Outcome.NO_DATA, 0, words);
    }

    public boolean flagged() {
        return outcome == Outcome.FLAGGED;
    }
}

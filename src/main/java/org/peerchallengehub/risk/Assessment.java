package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A council's assessment as known on a date: every signal's result, the score (the sum of the flagged
 * signals' points: higher means more concern) and the level.
 *
 * @param financeAssessed how many finance signals had the figures to be assessed
 */
record Assessment(
        String gss,
        String name,
        String region,
        LocalDate asOf,
        int score,
        ConcernLevel level,
        int financeAssessed,
        int financeSignals,
        List<SignalResult> results) {

    Assessment {
        results = List.copyOf(results);
    }

    /** The flagged signals, most points first. */
    public List<SignalResult> flagged() {
        return results.stream()
                .filter(SignalResult::flagged)
                .sorted(Comparator.comparingInt(SignalResult::points).reversed())
                .toList();
    }

    /** The ids of the flagged signals, most points first, at most three. */
    public List<String> topSignals() {
        return flagged().stream().limit(3).map(SignalResult::signalId).toList();
    }
}

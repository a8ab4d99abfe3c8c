package org.peerchallengehub.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * How the signals become a score and a level (decision 0080). Transparent on purpose: the score is the
 * sum of the points of the signals that fired; the level is read off the score with the lines in
 * {@code risk/signals.csv} (row {@code combination}); and a council whose finance signals could mostly
 * not be assessed (fewer than {@code minimum_finance_signals}) is "not enough data" instead of "no
 * concern", never a false all-clear. A score at or above the watch line is shown whatever the coverage:
 * what fired is evidence, what is missing is said beside it.
 */
final class Combination {

    private final Thresholds thresholds;
    private final List<Signal> signals;

    Combination(Thresholds thresholds, List<Signal> signals) {
        this.thresholds = thresholds;
        this.signals = List.copyOf(signals);
        signals.forEach(s -> thresholds.of(s.id()));
        thresholds.of("combination");
    }

    Combination(Thresholds thresholds) {
        this(thresholds, Signal.all());
    }

    List<Signal> signals() {
        return signals;
    }

    Thresholds thresholds() {
        return thresholds;
    }

    Assessment assess(CouncilFacts facts, String region) {
        List<SignalResult> results = new ArrayList<>(signals.size());
        for (Signal signal : signals) {
            results.add(signal.assess(facts, thresholds.of(signal.id())));
        }
        return combine(facts, region, results);
    }

    Assessment combine(CouncilFacts facts, String region, List<SignalResult> results) {
        int score = results.stream().mapToInt(SignalResult::points).sum();
        int financeSignals = (int) results.stream()
                .filter(r -> r.family() == Signal.Family.FINANCE)
                .count();
        int financeAssessed = (int) results.stream()
                .filter(r -> r.family() == Signal.Family.FINANCE && r.outcome() != SignalResult.Outcome.NO_DATA)
                .count();
        return new Assessment(
                facts.gss(),
                facts.name(),
                region,
                facts.asOf(),
                score,
                level(score, financeAssessed),
                financeAssessed,
                financeSignals,
                results);
    }

    ConcernLevel level(int score, int financeAssessed) {
        Thresholds.SignalParameters p = thresholds.of("combination");
        if (score >= p.whole("serious_concern")) {
            return ConcernLevel.SERIOUS_CONCERN;
        }
        if (score >= p.whole("concern")) {
            return ConcernLevel.CONCERN;
        }
        if (score >= p.whole("watch")) {
            return ConcernLevel.WATCH;
        }
        return financeAssessed < p.whole("minimum_finance_signals") ? ConcernLevel.NOT_ENOUGH_DATA : ConcernLevel.NONE;
    }
}

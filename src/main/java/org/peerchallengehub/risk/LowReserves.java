package org.peerchallengehub.risk;

/**
 * LowReserves: see its rows in {@code risk/signals.csv} (metric, thresholds, points and the rationale) and
 * {@link MetricRule} for how a finance figure is judged against comparators and trend.
 */
final class LowReserves implements Signal {

    static final String ID = "low-reserves";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Family family() {
        return Family.FINANCE;
    }

    @Override
    public SignalResult assess(CouncilFacts facts, Thresholds.SignalParameters parameters) {
        return MetricRule.assess(this, facts, parameters);
    }
}

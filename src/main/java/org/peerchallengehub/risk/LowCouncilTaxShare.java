package org.peerchallengehub.risk;

/**
 * LowCouncilTaxShare: see its rows in {@code risk/signals.csv} (metric, thresholds, points and the rationale) and
 * {@link MetricRule} for how a finance figure is judged against comparators and trend.
 */
final class LowCouncilTaxShare implements Signal {

    static final String ID = "low-council-tax-share";

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

package org.peerchallengehub.risk;

import java.util.List;

/**
 * A request for exceptional financial support or a capitalisation direction: the council could not
 * balance its budget without permission to borrow or sell assets for running costs.
 */
final class ExceptionalFinancialSupport implements Signal {

    static final String ID = "exceptional-financial-support";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Family family() {
        return Family.EVENTS;
    }

    @Override
    public SignalResult assess(CouncilFacts facts, Thresholds.SignalParameters p) {
        int years = p.whole("window_years");
        List<RiskEvent> recent = EventWindow.within(
                facts,
                List.of(EventKind.EXCEPTIONAL_FINANCIAL_SUPPORT_REQUEST, EventKind.CAPITALISATION_DIRECTION),
                years);
        return recent.isEmpty()
                ? SignalResult.clear(
                        this,
                        p.title(),
                        "No request for exceptional financial support or capitalisation direction recorded in the last "
                                + years + " years.")
                : SignalResult.flagged(this, p.title(), p.whole("points"), EventWindow.describe(recent) + ".");
    }
}

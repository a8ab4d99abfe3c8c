package org.peerchallengehub.risk;

import java.util.List;

/** A change of political control: new priorities, sometimes a finely balanced council; a weak signal on its own. */
final class PoliticalControlChange implements Signal {

    static final String ID = "political-control-change";

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
        List<RiskEvent> recent = EventWindow.within(facts, List.of(EventKind.CHANGE_OF_POLITICAL_CONTROL), years);
        return recent.isEmpty()
                ? SignalResult.clear(
                        this,
                        p.title(),
                        "No change of political control recorded in the last " + years
                                + (years == 1 ? " year." : " years."))
                : SignalResult.flagged(this, p.title(), p.whole("points"), EventWindow.describe(recent) + ".");
    }
}

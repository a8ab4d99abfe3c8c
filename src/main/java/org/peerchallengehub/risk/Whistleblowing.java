package org.peerchallengehub.risk;

import java.util.List;

/** A whistleblowing disclosure that reached the programme: worth a conversation, weak on its own. */
final class Whistleblowing implements Signal {

    static final String ID = "whistleblowing";

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
        List<RiskEvent> recent = EventWindow.within(facts, List.of(EventKind.WHISTLEBLOWING), years);
        return recent.isEmpty()
                ? SignalResult.clear(this, p.title(), "No whistleblowing recorded in the last " + years + " years.")
                : SignalResult.flagged(this, p.title(), p.whole("points"), EventWindow.describe(recent) + ".");
    }
}

package org.peerchallengehub.risk;

import java.util.List;

/**
 * A section 114 notice: the chief finance officer has said that spending will exceed resources. It is
 * a failure already, and a council that has issued one stays fragile for years (the file of outcomes
 * before April 2020 has one council issuing a second notice within six months).
 */
final class Section114Notice implements Signal {

    static final String ID = "section-114-notice";

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
        List<RiskEvent> recent = EventWindow.within(facts, List.of(EventKind.SECTION_114_NOTICE), years);
        if (!recent.isEmpty()) {
            return SignalResult.flagged(
                    this,
                    p.title(),
                    p.whole("points"),
                    EventWindow.describe(recent) + ": within the last " + years + " years.");
        }
        List<RiskEvent> ever = EventWindow.known(facts, List.of(EventKind.SECTION_114_NOTICE));
        return SignalResult.clear(
                this,
                p.title(),
                ever.isEmpty()
                        ? "No section 114 notice recorded."
                        : "Last section 114 notice: " + EventWindow.describe(ever.getFirst()) + ", more than " + years
                                + " years before.");
    }
}

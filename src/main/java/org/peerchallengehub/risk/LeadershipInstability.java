package org.peerchallengehub.risk;

import java.util.List;

/**
 * Senior officers leaving and interim arrangements in the three statutory posts (chief executive,
 * section 151 officer, monitoring officer): churn at the top preceded most failures on record.
 */
final class LeadershipInstability implements Signal {

    static final String ID = "leadership-instability";

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
        List<RiskEvent> recent = EventWindow.within(facts, EventKind.ofGroup(EventKind.Group.LEADERSHIP), years);
        if (recent.isEmpty()) {
            return SignalResult.clear(
                    this,
                    p.title(),
                    "No senior departure or interim appointment recorded in the last " + years + " years.");
        }
        int points = recent.size() >= p.whole("many") ? p.whole("points_many") : p.whole("points_one");
        return SignalResult.flagged(
                this,
                p.title(),
                points,
                recent.size() + (recent.size() == 1 ? " change" : " changes") + " at the top in the last " + years
                        + " years: " + EventWindow.describe(recent) + ".");
    }
}

package org.peerchallengehub.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the external auditor said: statutory recommendations and public interest reports weigh most,
 * then adverse and qualified opinions; a disclaimer or a missed backstop weighs little on its own
 * (for years up to 2024/25 a missed backstop forced a disclaimer on many sound councils). The signal's
 * points are those of the weightiest event in the window.
 */
final class AuditConcerns implements Signal {

    static final String ID = "audit-concerns";

    static final List<EventKind> KINDS = EventKind.ofGroup(EventKind.Group.AUDIT);

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
        List<RiskEvent> recent = EventWindow.within(facts, KINDS, years);
        if (recent.isEmpty()) {
            return SignalResult.clear(this, p.title(), "No audit concern recorded in the last " + years + " years.");
        }
        RiskEvent weightiest = recent.stream()
                .max(Comparator.comparingInt(e -> points(p, e.kind())))
                .orElseThrow();
        return SignalResult.flagged(this, p.title(), points(p, weightiest.kind()), EventWindow.describe(recent) + ".");
    }

    static int points(Thresholds.SignalParameters p, EventKind kind) {
        return p.whole("points_" + kind.name().toLowerCase(Locale.ROOT));
    }
}

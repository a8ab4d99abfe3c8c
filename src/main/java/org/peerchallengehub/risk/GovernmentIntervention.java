package org.peerchallengehub.risk;

import java.util.List;
import java.util.Optional;

/**
 * Government intervention: a best value notice, statutory directions or commissioners (active until an
 * "intervention ended" event), or a best value inspection (a step towards intervention).
 */
final class GovernmentIntervention implements Signal {

    static final String ID = "government-intervention";

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
        Optional<RiskEvent> ended = EventWindow.known(facts, List.of(EventKind.INTERVENTION_ENDED)).stream()
                .findFirst();
        List<RiskEvent> active = stillActive(
                EventWindow.within(
                        facts,
                        List.of(EventKind.GOVERNMENT_INTERVENTION, EventKind.BEST_VALUE_NOTICE),
                        p.whole("window_years")),
                ended);
        if (!active.isEmpty()) {
            return SignalResult.flagged(
                    this,
                    p.title(),
                    p.whole("points_intervention"),
                    EventWindow.describe(active) + (ended.isPresent() ? "" : "; no end of the intervention recorded")
                            + ".");
        }
        List<RiskEvent> inspections = stillActive(
                EventWindow.within(facts, List.of(EventKind.BEST_VALUE_INSPECTION), p.whole("inspection_window_years")),
                ended);
        if (!inspections.isEmpty()) {
            return SignalResult.flagged(
                    this, p.title(), p.whole("points_inspection"), EventWindow.describe(inspections) + ".");
        }
        return SignalResult.clear(
                this,
                p.title(),
                ended.map(e -> "No intervention in force: " + EventWindow.describe(e) + ".")
                        .orElse("No intervention, best value notice or inspection recorded in the window."));
    }

    private static List<RiskEvent> stillActive(List<RiskEvent> events, Optional<RiskEvent> ended) {
        return events.stream()
                .filter(e ->
                        ended.isEmpty() || e.eventDate().isAfter(ended.get().eventDate()))
                .toList();
    }
}

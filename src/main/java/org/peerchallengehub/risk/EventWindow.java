package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The events of some kinds that were known on the date and happened within a window before it. */
final class EventWindow {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private EventWindow() {}

    /** Known on the date (never later), of the kinds, that happened on or after the date less the years; latest first. */
    static List<RiskEvent> within(CouncilFacts facts, Collection<EventKind> kinds, int years) {
        LocalDate from = facts.asOf().minusYears(years);
        return known(facts, kinds).stream()
                .filter(e -> !e.eventDate().isBefore(from))
                .toList();
    }

    /** Known on the date, of the kinds, at any time; latest first. */
    static List<RiskEvent> known(CouncilFacts facts, Collection<EventKind> kinds) {
        return facts.events().stream()
                .filter(e -> kinds.contains(e.kind()))
                .filter(e -> !e.knownOn().isAfter(facts.asOf()))
                .sorted(Comparator.comparing(RiskEvent::eventDate).reversed())
                .toList();
    }

    static String describe(RiskEvent event) {
        StringBuilder words =
                new StringBuilder(event.kind().label()).append(" on ").append(DAY.format(event.eventDate()));
        if (!event.knownOn().equals(event.eventDate())) {
            words.append(" (known from ").append(DAY.format(event.knownOn())).append(')');
        }
        return words.toString();
    }

    static String describe(List<RiskEvent> events) {
        return String.join("; ", events.stream().map(EventWindow::describe).toList());
    }
}

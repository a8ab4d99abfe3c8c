package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;

/**
 * What makes an event acceptable, for the form and the CSV import alike (plain Java): a council of the
 * register that existed on the day, a known kind, dates that are not in the future, known on or after
 * the day it happened, a source, and texts of a sensible length. Conflicts with events already recorded
 * are checked by {@link RiskEvents}, which sees the table.
 */
final class EventRules {

    static final int MAX_SOURCE = 500;
    static final int MAX_NOTE = 2000;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A council as the rules need it: its name and the day it was abolished, if it was. */
    record CouncilOnRecord(String name, @Nullable LocalDate abolished) {}

    /** An event as typed or read from a file, before it is checked. */
    record Draft(
            @Nullable String gss,
            @Nullable String kind,
            @Nullable LocalDate eventDate,
            @Nullable LocalDate knownOn,
            @Nullable String source,
            @Nullable String note) {}

    /** The event, when there were no problems. */
    record Checked(@Nullable RiskEvent event, List<FormError> problems) {}

    private EventRules() {}

    static Checked check(
            Draft draft, LocalDate today, Function<String, Optional<CouncilOnRecord>> councils, String recordedBy) {
        List<FormError> problems = new ArrayList<>();
        String gss = blankToNull(draft.gss());
        CouncilOnRecord council = null;
        if (gss == null) {
            problems.add(new FormError("council", "Choose the council"));
        } else {
            council = councils.apply(gss.toUpperCase(Locale.ROOT)).orElse(null);
            if (council == null) {
                problems.add(new FormError("council", "There is no council with the code " + gss + " in the register"));
            }
        }
        EventKind kind = null;
        String kindText = blankToNull(draft.kind());
        if (kindText == null) {
            problems.add(new FormError("kind", "Choose what happened"));
        } else {
            kind = EventKind.parse(kindText).orElse(null);
            if (kind == null) {
                problems.add(new FormError(
                        "kind",
                        kindText + " is not a kind of event; use one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(EventKind.values())
                                                .map(Enum::name)
                                                .toList())));
            }
        }
        LocalDate happened = draft.eventDate();
        LocalDate known = draft.knownOn() != null ? draft.knownOn() : happened;
        if (happened == null) {
            problems.add(new FormError("eventDate", "Enter the date it happened"));
        } else if (happened.isAfter(today)) {
            problems.add(new FormError(
                    "eventDate", "The date it happened must be today or in the past, not " + DAY.format(happened)));
        }
        if (known != null && known.isAfter(today)) {
            if (draft.knownOn() != null) {
                problems.add(new FormError(
                        "knownOn", "The date it became known must be today or in the past, not " + DAY.format(known)));
            }
        } else if (known != null && happened != null && known.isBefore(happened)) {
            problems.add(new FormError("knownOn", "The date it became known cannot be before the date it happened"));
        }
        if (council != null
                && happened != null
                && council.abolished() != null
                && !council.abolished().isAfter(happened)) {
            problems.add(new FormError(
                    "council",
                    council.name() + " was abolished on " + DAY.format(council.abolished())
                            + ": it cannot have an event on " + DAY.format(happened)));
        }
        String source = blankToNull(draft.source());
        if (source == null) {
            problems.add(new FormError("source", "Enter where this comes from (a notice, a report, a conversation)"));
        } else if (source.length() > MAX_SOURCE) {
            problems.add(new FormError("source", "The source must be " + MAX_SOURCE + " characters or fewer"));
        }
        String note = blankToNull(draft.note());
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FormError("note", "The note must be " + MAX_NOTE + " characters or fewer"));
        }
        if (!problems.isEmpty() || gss == null || kind == null || happened == null || known == null || source == null) {
            return new Checked(null, problems);
        }
        return new Checked(
                new RiskEvent(null, gss.toUpperCase(Locale.ROOT), kind, happened, known, source, note, recordedBy),
                List.of());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

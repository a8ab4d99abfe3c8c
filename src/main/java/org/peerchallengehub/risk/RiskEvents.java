package org.peerchallengehub.risk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.csv.CsvFormatException;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.FormError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events at councils: recorded one at a time by advisers and the programme team, imported from CSV
 * (all or nothing, every problem with its line), and the starting outcomes. Every change is audited in
 * the same transaction.
 */
@Service
class RiskEvents {

    static final List<String> REQUIRED_COLUMNS = List.of("gss_code", "kind", "event_date", "source");
    static final List<String> COLUMNS = List.of("gss_code", "kind", "event_date", "known_on", "source", "note");
    static final int MAX_ROWS = 10_000;

    private final RiskRepository repository;
    private final CouncilRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    RiskEvents(RiskRepository repository, CouncilRegister register, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with an event, without saving anything (the form shows them with its own date errors). */
    List<FormError> problems(CurrentUser user, EventRules.Draft draft) {
        return EventRules.check(draft, today(), this::council, user.displayName())
                .problems();
    }

    /** Records one event. @throws EventRefused with every problem; nothing is saved then. */
    @Transactional
    public long record(CurrentUser user, EventRules.Draft draft) {
        EventRules.Checked checked = EventRules.check(draft, today(), this::council, user.displayName());
        if (checked.event() == null) {
            throw new EventRefused(checked.problems());
        }
        RiskEvent event = checked.event();
        repository.lockEvents();
        conflict(event).ifPresent(message -> {
            throw EventRefused.of("eventDate", message);
        });
        long id = repository.insert(event, null, user.id(), null);
        audit.record(
                user,
                AuditEntry.of(
                                "risk-event.recorded",
                                "council",
                                event.gss(),
                                "Recorded " + event.kind().label().toLowerCase(Locale.UK) + " at "
                                        + council(event.gss())
                                                .map(EventRules.CouncilOnRecord::name)
                                                .orElse(event.gss())
                                        + " on " + EventRules.DAY.format(event.eventDate()))
                        .with(Map.of(
                                "eventId",
                                id,
                                "kind",
                                event.kind().name(),
                                "knownOn",
                                event.knownOn().toString())));
        return id;
    }

    /**
     * Imports a CSV file of events, all or nothing. @throws EventRefused with a problem per bad line
     * ("Line 4: …"); nothing is saved then.
     */
    @Transactional
    public int importCsv(CurrentUser user, String fileName, byte[] content) {
        List<RiskEvent> events = read(content, user.displayName());
        for (RiskEvent event : events) {
            repository.insert(event, null, user.id(), null);
        }
        audit.record(
                user,
                AuditEntry.of(
                                "risk-event.imported",
                                "risk-event-file",
                                fileName,
                                "Imported " + events.size() + (events.size() == 1 ? " event" : " events") + " from "
                                        + fileName)
                        .with(Map.of("events", events.size())));
        return events.size();
    }

    /** Checks every row; returns the events or throws with every problem. Takes the events lock. */
    List<RiskEvent> read(byte[] content, String recordedBy) {
        List<CsvRecord> rows;
        try (Reader reader = new InputStreamReader(
                new ByteArrayInputStream(content),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            rows = CsvReader.readAll(reader);
        } catch (CsvFormatException e) {
            throw EventRefused.of("file", "The file is not a CSV file that can be read: " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw EventRefused.of("file", "The file is not UTF-8 text: save it as CSV UTF-8 and upload it again");
        } catch (IOException | RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw EventRefused.of("file", "The file is not UTF-8 text: save it as CSV UTF-8 and upload it again");
            }
            throw EventRefused.of("file", "The file could not be read as CSV");
        }
        if (rows.isEmpty()) {
            throw EventRefused.of(
                    "file",
                    "The file has no events: the first line names the columns (" + String.join(", ", COLUMNS)
                            + "), each line after it is one event");
        }
        Set<String> header = rows.getFirst().header().keySet();
        List<String> missing =
                REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw EventRefused.of(
                    "file",
                    "The file has no column " + String.join(", ", missing) + ": its first line must name the columns "
                            + String.join(", ", COLUMNS));
        }
        if (rows.size() > MAX_ROWS) {
            throw EventRefused.of(
                    "file", "The file has " + rows.size() + " events; import at most " + MAX_ROWS + " at a time");
        }
        repository.lockEvents();
        LocalDate today = today();
        List<FormError> problems = new ArrayList<>();
        List<RiskEvent> events = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRecord row : rows) {
            String where = "Line " + row.line() + ": ";
            LocalDate happened;
            LocalDate known;
            try {
                happened = date(row.get("event_date"));
            } catch (DateTimeParseException e) {
                problems.add(new FormError(
                        "file",
                        where + "event_date " + row.get("event_date") + " is not a date written as 2024-03-31"));
                continue;
            }
            try {
                known = date(row.get("known_on"));
            } catch (DateTimeParseException e) {
                problems.add(new FormError(
                        "file", where + "known_on " + row.get("known_on") + " is not a date written as 2024-03-31"));
                continue;
            }
            EventRules.Checked checked = EventRules.check(
                    new EventRules.Draft(
                            row.get("gss_code"), row.get("kind"), happened, known, row.get("source"), row.get("note")),
                    today,
                    this::council,
                    recordedBy);
            if (checked.event() == null) {
                checked.problems().forEach(p -> problems.add(new FormError("file", where + p.message())));
                continue;
            }
            RiskEvent event = checked.event();
            String key = event.gss() + "|" + event.kind() + "|" + event.eventDate();
            Long earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new FormError(
                        "file",
                        where + "the same event as line " + earlier + " (one council, kind and date is one event)"));
                continue;
            }
            Optional<String> conflict = conflict(event);
            if (conflict.isPresent()) {
                problems.add(new FormError("file", where + conflict.get()));
                continue;
            }
            events.add(event);
        }
        if (!problems.isEmpty()) {
            throw new EventRefused(problems);
        }
        return events;
    }

    /** The outcomes shipped with the Hub, as the starting data set's loader writes them (no audit: reference data). */
    int loadStarting(String dataset, byte[] content) {
        List<RiskEvent> events = read(content, "Starting data");
        int loaded = 0;
        for (RiskEvent event : events) {
            repository.insert(event, "Facts from public statements and reports", null, dataset);
            loaded++;
        }
        return loaded;
    }

    List<RiskEvent> forCouncil(String gss) {
        return repository.events(gss);
    }

    List<RiskEvent> recent(int limit) {
        return repository.recentEvents(limit);
    }

    private Optional<String> conflict(RiskEvent event) {
        return repository
                .find(event.gss(), event.kind(), event.eventDate())
                .map(existing -> council(event.gss())
                                .map(EventRules.CouncilOnRecord::name)
                                .orElse(event.gss())
                        + " already has a " + existing.kind().label().toLowerCase(Locale.UK) + " recorded on "
                        + EventRules.DAY.format(existing.eventDate()) + " (recorded by " + existing.recordedBy() + ")");
    }

    private Optional<EventRules.CouncilOnRecord> council(String gss) {
        if (!gss.matches("E[0-9]{8}")) {
            return Optional.empty();
        }
        return register.find(gss).map(c -> new EventRules.CouncilOnRecord(c.officialName(), c.endDate()));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

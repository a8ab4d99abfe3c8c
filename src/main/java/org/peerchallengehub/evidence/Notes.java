package org.peerchallengehub.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.indicators.Indicators;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes of evidence: recorded, changed and deleted by those with a seat at the challenge's table while
 * its evidence is open and its findings are not signed off; a note resent with the same client key is
 * the note already saved, never a second one (decision 0062). Every change is in the audit trail,
 * without the note's words (they are the team's alone).
 */
@Service
class Notes {

    static final int MAX_TEXT = 10_000;
    static final int MAX_METRIC = 200;
    static final int MAX_PAGE = 100_000;

    /** A note saved, or found already saved under its client key ({@code created} false). */
    record Recorded(Note note, boolean created) {}

    /**
     * What the notes of a challenge refer to: the seat, the framework's components, the focus areas,
     * the sessions of the on-site programme and the documents.
     */
    record Table(
            Seat seat,
            List<FrameworkComponent> components,
            List<ChallengeTeams.Focus> focusAreas,
            List<ChallengeTeams.Session> sessions,
            List<ChallengeTeams.Document> documents,
            boolean signedOff) {

        public boolean open() {
            return seat.evidenceOpen() && !signedOff;
        }

        public Map<Long, ChallengeTeams.Session> sessionsById() {
            return sessions.stream().collect(Collectors.toMap(ChallengeTeams.Session::id, Function.identity()));
        }

        public Map<String, String> componentHeadlines() {
            Map<String, String> headlines = new LinkedHashMap<>();
            components.forEach(c -> headlines.put(c.id(), c.headline()));
            return headlines;
        }

        public Map<Long, String> focusTitles() {
            Map<Long, String> titles = new LinkedHashMap<>();
            focusAreas.forEach(f -> titles.put(f.id(), f.title()));
            return titles;
        }

        public Map<Long, String> documentNames() {
            Map<Long, String> names = new LinkedHashMap<>();
            documents.forEach(d -> names.put(d.id(), d.filename()));
            return names;
        }

        /** The sessions by day, in time order. */
        public Map<LocalDate, List<ChallengeTeams.Session>> sessionsByDay() {
            return sessions.stream()
                    .collect(Collectors.groupingBy(
                            ChallengeTeams.Session::day, java.util.TreeMap::new, Collectors.toList()));
        }
    }

    private final EvidenceTable table;
    private final ChallengeTeams teams;
    private final Frameworks frameworks;
    private final Indicators indicators;
    private final NoteRepository notes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    Notes(
            EvidenceTable table,
            ChallengeTeams teams,
            Frameworks frameworks,
            Indicators indicators,
            NoteRepository notes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.table = table;
        this.teams = teams;
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.notes = notes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the notes of the challenge refer to; 404 without a seat. */
    Table table(CurrentUser user, long challengeId) {
        Seat seat = table.seat(user, challengeId);
        return new Table(
                seat,
                frameworks.version(seat.frameworkId()).map(v -> v.components()).orElse(List.of()),
                teams.focusAreas(challengeId),
                teams.sessions(challengeId),
                teams.documents(challengeId),
                notes.signedOff(challengeId));
    }

    PageResult<Note> list(CurrentUser user, long challengeId, NoteRepository.NoteFilter filter, PageRequest page) {
        table.seat(user, challengeId);
        return notes.list(challengeId, filter, page);
    }

    /** One note; 404 without a seat, or when the note is not the challenge's or was deleted. */
    Note note(CurrentUser user, long challengeId, long noteId) {
        table.seat(user, challengeId);
        return notes.find(challengeId, noteId).orElseThrow(() -> new NotFoundException("No such note"));
    }

    /** How many notes the challenge has, by kind, source, session and component or focus area ("focus:id"). */
    record Counts(
            long total,
            Map<String, Long> byKind,
            Map<String, Long> bySource,
            Map<String, Long> bySession,
            Map<String, Long> byCode) {}

    Counts counts(CurrentUser user, long challengeId) {
        table.seat(user, challengeId);
        Map<String, Long> byKind = notes.countBy(challengeId, "kind");
        return new Counts(
                byKind.values().stream().mapToLong(Long::longValue).sum(),
                byKind,
                notes.countBy(challengeId, "source"),
                notes.countBy(challengeId, "session_id"),
                notes.countByCode(challengeId));
    }

    /**
     * Records a note. A note already saved under the draft's client key is answered as it is (even
     * when evidence has closed since), so that a resent note is never saved twice.
     *
     * @throws NoteRefused a field is missing or wrong
     * @throws NoteNamesFound the text looks like it names a person and the peer has not said "save anyway"
     * @throws EvidenceRefused evidence is closed for the challenge, or its findings are signed off
     */
    @Transactional
    Recorded record(CurrentUser user, long challengeId, NoteDraft draft) {
        Seat seat = table.seat(user, challengeId);
        if (draft.clientKey() != null) {
            Optional<Note> sent = notes.byClientKey(challengeId, draft.clientKey());
            if (sent.isPresent()) {
                return new Recorded(sent.get(), false);
            }
        }
        open(user, challengeId);
        NoteRepository.Fields fields = check(seat, draft);
        UUID key = draft.clientKey() == null ? UUID.randomUUID() : draft.clientKey();
        Optional<Long> id = notes.insert(challengeId, key, fields, user.id(), user.displayName());
        if (id.isEmpty()) {
            // the same note arrived twice at once: the other request saved it
            return new Recorded(notes.byClientKey(challengeId, key).orElseThrow(), false);
        }
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.note-added",
                                "evidence-note",
                                id.get(),
                                "Added a note (" + fields.kind().label().toLowerCase(Locale.ROOT) + ", "
                                        + fields.source().label().toLowerCase(Locale.ROOT) + ") to the evidence of "
                                        + seat.reference())
                        .with(Map.of("challenge", challengeId, "clientKey", key.toString())));
        events.publishEvent(new NoteWritten(challengeId));
        return new Recorded(notes.find(challengeId, id.get()).orElseThrow(), true);
    }

    /**
     * Changes a note that is still at {@code version}.
     *
     * @throws NoteChangedMeanwhile someone else changed or deleted it since
     */
    @Transactional
    Note update(CurrentUser user, long challengeId, long noteId, int version, NoteDraft draft) {
        Seat seat = table.seat(user, challengeId);
        notes.find(challengeId, noteId).orElseThrow(() -> new NotFoundException("No such note"));
        open(user, challengeId);
        NoteRepository.Fields fields = check(seat, draft);
        if (!notes.update(challengeId, noteId, version, fields)) {
            throw new NoteChangedMeanwhile();
        }
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.note-changed",
                                "evidence-note",
                                noteId,
                                "Changed a note in the evidence of " + seat.reference())
                        .with(Map.of("challenge", challengeId)));
        events.publishEvent(new NoteWritten(challengeId));
        return notes.find(challengeId, noteId).orElseThrow();
    }

    /** Deletes a note (it is kept, marked deleted, out of every list). */
    @Transactional
    void delete(CurrentUser user, long challengeId, long noteId) {
        Seat seat = table.seat(user, challengeId);
        notes.find(challengeId, noteId).orElseThrow(() -> new NotFoundException("No such note"));
        open(user, challengeId);
        if (!notes.delete(challengeId, noteId)) {
            throw new NotFoundException("No such note");
        }
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.note-deleted",
                                "evidence-note",
                                noteId,
                                "Deleted a note from the evidence of " + seat.reference())
                        .with(Map.of("challenge", challengeId)));
    }

    /** Evidence open and findings not signed off, or refused with a sentence saying why. */
    private void open(CurrentUser user, long challengeId) {
        Seat seat = table.openSeat(user, challengeId);
        if (notes.signedOff(challengeId)) {
            throw new EvidenceRefused("The findings of " + seat.reference() + " are signed off, so its notes cannot"
                    + " be changed. A change to a finding reopens the set; ask the lead peer or the manager.");
        }
    }

    /** The draft as fields to save, or every problem with it at once. */
    NoteRepository.Fields check(Seat seat, NoteDraft d) {
        List<FormError> problems = new ArrayList<>();
        long challengeId = seat.challengeId();
        NoteSource source = d.source() == null ? NoteSource.SESSION : d.source();
        Long session = null;
        Long document = null;
        Integer page = null;
        String metric = null;
        switch (source) {
            case SESSION -> {
                if (d.sessionId() == null) {
                    problems.add(new FormError("sessionId", "Select the session the note comes from"));
                } else {
                    ChallengeTeams.Session chosen = teams.sessions(challengeId).stream()
                            .filter(s -> s.id() == d.sessionId())
                            .findFirst()
                            .orElse(null);
                    if (chosen == null) {
                        problems.add(new FormError(
                                "sessionId",
                                "That session is not in the on-site programme of " + seat.reference()
                                        + ": select one of its sessions"));
                    } else if (chosen.day().isAfter(LocalDate.now(clock))) {
                        problems.add(new FormError(
                                "sessionId",
                                "That session is on " + chosen.day().format(DAY)
                                        + ": record notes from it once it has taken place"));
                    } else {
                        session = d.sessionId();
                    }
                }
            }
            case DOCUMENT -> {
                if (d.documentId() == null) {
                    problems.add(new FormError("documentId", "Select the document the note comes from"));
                } else if (teams.documents(challengeId).stream().noneMatch(x -> x.id() == d.documentId())) {
                    problems.add(new FormError(
                            "documentId",
                            "That document is not one of " + seat.reference() + "’s: select one of its documents"));
                } else {
                    document = d.documentId();
                }
                if (d.documentPage() == null) {
                    problems.add(new FormError("documentPage", "Enter the page of the document the note refers to"));
                } else if (d.documentPage() < 1 || d.documentPage() > MAX_PAGE) {
                    problems.add(new FormError("documentPage", "Enter a page number between 1 and 100,000"));
                } else {
                    page = d.documentPage();
                }
            }
            case DATA -> {
                String m = d.metricId() == null ? "" : d.metricId().strip();
                if (m.isEmpty()) {
                    problems.add(new FormError("metricId", "Enter the metric of the data pack the note refers to"));
                } else if (m.length() > MAX_METRIC) {
                    problems.add(new FormError("metricId", "A metric’s id is 200 characters or fewer"));
                } else if (indicators.metric(m).isEmpty()) {
                    problems.add(new FormError(
                            "metricId", "There is no metric “" + m + "” in the catalogue: choose one of its metrics"));
                } else {
                    metric = m;
                }
            }
        }
        if (d.kind() == null) {
            problems.add(new FormError(
                    "kind", "Select whether the note is a strength, an area for improvement or an" + " observation"));
        }
        String text = d.text() == null ? "" : d.text().strip();
        if (text.isEmpty()) {
            problems.add(new FormError("text", "Enter the note"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FormError(
                    "text",
                    String.format(
                            Locale.UK,
                            "A note must be 10,000 characters or fewer; this one has %,d. Split it into shorter notes.",
                            text.length())));
        }
        List<String> componentIds = frameworks
                .version(seat.frameworkId())
                .map(v -> v.components().stream().map(FrameworkComponent::id).toList())
                .orElse(List.of());
        List<String> components = d.components().stream()
                .filter(c -> c != null && !c.isBlank())
                .distinct()
                .toList();
        List<Long> focusIds = teams.focusAreas(challengeId).stream()
                .map(ChallengeTeams.Focus::id)
                .toList();
        List<Long> focus = d.focusAreas().stream()
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (!componentIds.containsAll(components)) {
            problems.add(new FormError("components", "Select components of the challenge’s framework only"));
        } else if (!focusIds.containsAll(focus)) {
            problems.add(new FormError("components", "Select focus areas of this challenge only"));
        } else if (components.isEmpty() && focus.isEmpty()) {
            problems.add(new FormError("components", "Select the component or focus area the note bears on"));
        }
        String suggested = d.suggestedComponent() == null
                        || d.suggestedComponent().isBlank()
                        || !componentIds.contains(d.suggestedComponent().strip())
                ? null
                : d.suggestedComponent().strip();
        if (!problems.isEmpty()) {
            throw new NoteRefused(problems);
        }
        if (!d.saveAnyway()) {
            List<String> names = NoteNameCheck.suspects(text);
            if (!names.isEmpty()) {
                throw new NoteNamesFound(names);
            }
        }
        return new NoteRepository.Fields(
                source, session, document, page, metric, d.kind(), text, components, focus, suggested);
    }

    /** A new client key, for a form (so that resending the form is no second note). */
    static UUID newClientKey() {
        return UUID.randomUUID();
    }

    static @Nullable UUID clientKey(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new NoteRefused(List.of(new FormError("clientKey", "The note’s key is not a UUID")));
        }
    }
}

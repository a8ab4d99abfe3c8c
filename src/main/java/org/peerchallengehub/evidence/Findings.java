package org.peerchallengehub.evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live findings (issue 16, decisions 0067 and 0068): drafting them, blank or from a theme of the
 * board, with the notes that support them; their corroboration; agreeing them; the ordered key
 * recommendations; and the sign-off of the set by the lead peer and the manager, which any later
 * change withdraws, saying what changed. Every call passes {@link EvidenceTable} first.
 */
@Service
class Findings {

    /** The kinds a live finding may have (key recommendations are an ordered selection, not a kind). */
    static final List<FindingKind> KINDS = List.of(
            FindingKind.STRENGTH, FindingKind.CHALLENGE, FindingKind.RECOMMENDATION, FindingKind.NOTABLE_PRACTICE);

    static final int MAX_TEXT = 5000;

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /** A component or focus area a finding may sit under, in the framework's order then the scope's. */
    record Place(String value, String label, boolean component) {}

    /** A finding with its corroboration. */
    record Listed(Finding finding, Corroboration corroboration) {}

    /** The findings under one component or focus area. */
    record Section(Place place, List<Listed> findings) {}

    /** A supporting note as a finding shows it: never a person met. */
    record NoteView(
            long id,
            String kindLabel,
            String text,
            String source,
            @Nullable String group,
            @Nullable LocalDate date,
            boolean linked) {}

    /** The findings page: every finding by place, the weak ones, the key recommendations, the sign-off. */
    record Overview(
            Seat seat,
            List<Section> sections,
            List<Listed> weak,
            List<Listed> keyRecommendations,
            List<Listed> otherRecommendations,
            SignOffState signOff,
            int total,
            int agreed) {

        public Optional<String> refusal() {
            List<Finding> all = sections.stream()
                    .flatMap(s -> s.findings().stream())
                    .map(Listed::finding)
                    .toList();
            return SignOffRules.refusal(seat.role(), all, signOff);
        }

        public boolean mayChange() {
            return seat.evidenceOpen();
        }
    }

    /** One finding with its supporting notes. */
    record Detail(Seat seat, Listed listed, Place place, List<NoteView> notes, SignOffState signOff) {}

    /** A change as asked: the place ({@code component:<id>} or {@code focus:<id>}), kind, text and notes. */
    record Change(
            @Nullable String place,
            @Nullable String kind,
            @Nullable String text,
            @Nullable List<Long> noteIds,
            @Nullable Long themeId) {}

    /** A draft of a new finding, e.g. from a theme of the board. */
    record Draft(
            @Nullable String place, @Nullable String kind, String text, List<Long> noteIds, @Nullable Long themeId) {}

    /** How the key recommendations change. */
    enum KeyMove {
        ADD,
        REMOVE,
        UP,
        DOWN
    }

    private final EvidenceTable table;
    private final ChallengeTeams teams;
    private final Frameworks frameworks;
    private final FindingRepository repository;
    private final AuditTrail audit;

    Findings(
            EvidenceTable table,
            ChallengeTeams teams,
            Frameworks frameworks,
            FindingRepository repository,
            AuditTrail audit) {
        this.table = table;
        this.teams = teams;
        this.frameworks = frameworks;
        this.repository = repository;
        this.audit = audit;
    }

    // --- reading

    @Transactional(readOnly = true)
    Seat seat(CurrentUser user, long challengeId) {
        return table.seat(user, challengeId);
    }

    @Transactional(readOnly = true)
    Overview overview(CurrentUser user, long challengeId) {
        Seat seat = table.seat(user, challengeId);
        return overview(seat);
    }

    private Overview overview(Seat seat) {
        List<Place> places = places(seat);
        List<Listed> all = listed(seat);
        Map<String, List<Listed>> byPlace = all.stream()
                .collect(Collectors.groupingBy(l -> l.finding().place(), LinkedHashMap::new, Collectors.toList()));
        List<Section> sections = new ArrayList<>();
        for (Place p : places) {
            List<Listed> here = byPlace.remove(p.value());
            if (here != null) {
                here.sort(Comparator.comparingInt(
                                (Listed l) -> KINDS.indexOf(l.finding().kind()))
                        .thenComparingLong(l -> l.finding().id()));
                sections.add(new Section(p, here));
            }
        }
        // findings under a focus area taken out of scope since, or a component of another version
        byPlace.forEach((value, here) -> sections.add(new Section(new Place(value, "Not in scope now", false), here)));
        List<Listed> key = all.stream()
                .filter(l -> l.finding().keyPosition() != null)
                .sorted(Comparator.comparingInt(
                        l -> Objects.requireNonNull(l.finding().keyPosition())))
                .toList();
        List<Listed> otherRecommendations = all.stream()
                .filter(l -> l.finding().kind() == FindingKind.RECOMMENDATION
                        && l.finding().keyPosition() == null)
                .toList();
        List<Listed> weak = sections.stream()
                .flatMap(s -> s.findings().stream())
                .filter(l -> l.corroboration().weak())
                .toList();
        int agreed = (int) all.stream().filter(l -> l.finding().agreed()).count();
        return new Overview(
                seat,
                List.copyOf(sections),
                weak,
                key,
                otherRecommendations,
                SignOffState.of(repository.signOffs(seat.challengeId())),
                all.size(),
                agreed);
    }

    /** The challenge's findings with their corroboration, for the API. */
    @Transactional(readOnly = true)
    List<Listed> list(CurrentUser user, long challengeId) {
        return listed(table.seat(user, challengeId));
    }

    @Transactional(readOnly = true)
    SignOffState signOffState(CurrentUser user, long challengeId) {
        table.seat(user, challengeId);
        return SignOffState.of(repository.signOffs(challengeId));
    }

    /**
     * The findings in figures, for the evidence home: how many, agreed, weakly supported, and where the
     * sign-off stands.
     */
    record Summary(int total, int agreed, int weak, SignOffState signOff) {}

    @Transactional(readOnly = true)
    Summary summary(CurrentUser user, long challengeId) {
        Seat seat = table.seat(user, challengeId);
        List<Listed> all = listed(seat);
        return new Summary(
                all.size(),
                (int) all.stream().filter(l -> l.finding().agreed()).count(),
                (int) all.stream().filter(l -> l.corroboration().weak()).count(),
                SignOffState.of(repository.signOffs(challengeId)));
    }

    /**
     * True when the lead peer and the manager have both signed off the challenge's findings and no change
     * has reopened them since: then notes can no longer be added.
     */
    @Transactional(readOnly = true)
    boolean signedOffByBoth(long challengeId) {
        return SignOffState.of(repository.signOffs(challengeId)).signedOffByBoth();
    }

    private List<Listed> listed(Seat seat) {
        Map<Long, FindingNote> notes = repository.notes(seat.challengeId());
        Map<Long, ChallengeTeams.Session> sessions = sessions(seat.challengeId());
        return repository.list(seat.challengeId()).stream()
                .map(f -> new Listed(f, corroboration(f, notes, sessions)))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Transactional(readOnly = true)
    Detail detail(CurrentUser user, long challengeId, long findingId) {
        Seat seat = table.seat(user, challengeId);
        Finding f = finding(challengeId, findingId);
        Map<Long, FindingNote> notes = repository.notes(challengeId);
        Map<Long, ChallengeTeams.Session> sessions = sessions(challengeId);
        List<NoteView> views = f.noteIds().stream()
                .map(notes::get)
                .filter(Objects::nonNull)
                .map(n -> view(n, sessions, documentNames(challengeId), true))
                .toList();
        return new Detail(
                seat,
                new Listed(f, corroboration(f, notes, sessions)),
                placeLabel(seat, f.place()),
                views,
                SignOffState.of(repository.signOffs(challengeId)));
    }

    @Transactional(readOnly = true)
    Listed listed(CurrentUser user, long challengeId, long findingId) {
        table.seat(user, challengeId);
        Finding f = finding(challengeId, findingId);
        return new Listed(f, corroboration(f, repository.notes(challengeId), sessions(challengeId)));
    }

    /** The finding, or 404. */
    @Transactional(readOnly = true)
    Finding get(CurrentUser user, long challengeId, long findingId) {
        table.seat(user, challengeId);
        return finding(challengeId, findingId);
    }

    private Finding finding(long challengeId, long findingId) {
        return repository.find(challengeId, findingId).orElseThrow(() -> new NotFoundException("No such finding"));
    }

    /** The components of the challenge's framework in order, then its focus areas in order. */
    List<Place> places(Seat seat) {
        List<Place> places = new ArrayList<>();
        frameworks.version(seat.frameworkId()).ifPresent(v -> v.components().stream()
                .sorted(Comparator.comparingInt(FrameworkComponent::position))
                .forEach(c -> places.add(new Place("component:" + c.id(), c.headline(), true))));
        teams.focusAreas(seat.challengeId())
                .forEach(a -> places.add(new Place("focus:" + a.id(), "Focus area: " + a.title(), false)));
        return places;
    }

    private Place placeLabel(Seat seat, String value) {
        return places(seat).stream()
                .filter(p -> p.value().equals(value))
                .findFirst()
                .orElse(new Place(value, "Not in scope now", false));
    }

    /**
     * The notes a finding at this place may link: the notes that bear on the place, and the ones linked
     * already (wherever they bear), the linked ones first.
     */
    @Transactional(readOnly = true)
    List<NoteView> candidateNotes(CurrentUser user, long challengeId, @Nullable String place, List<Long> linked) {
        table.seat(user, challengeId);
        Optional<FindingPlace> at = FindingPlace.parse(place);
        Map<Long, ChallengeTeams.Session> sessions = sessions(challengeId);
        Map<Long, String> documents = documentNames(challengeId);
        List<NoteView> views = new ArrayList<>();
        Map<Long, FindingNote> notes = repository.notes(challengeId);
        for (Long id : linked) {
            FindingNote n = notes.get(id);
            if (n != null) {
                views.add(view(n, sessions, documents, true));
            }
        }
        if (at.isPresent()) {
            for (FindingNote n : notes.values()) {
                if (!linked.contains(n.id()) && n.bearsOn(at.get())) {
                    views.add(view(n, sessions, documents, false));
                }
            }
        }
        return views;
    }

    /** A new finding drafted from a theme of the board: its place, its name as the text, all its notes. */
    @Transactional(readOnly = true)
    Draft fromTheme(CurrentUser user, long challengeId, long themeId) {
        table.seat(user, challengeId);
        FindingRepository.ThemeDraft theme =
                repository.theme(challengeId, themeId).orElseThrow(() -> new NotFoundException("No such theme"));
        List<Long> notes = repository.themeNotes(themeId);
        String text = theme.name();
        if (text == null || text.isBlank()) {
            Map<Long, FindingNote> all = repository.notes(challengeId);
            text = notes.isEmpty() || all.get(notes.getFirst()) == null
                    ? ""
                    : all.get(notes.getFirst()).text();
        }
        return new Draft(
                FindingPlace.of(theme.componentId(), theme.focusAreaId()).value(),
                null,
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
                notes,
                theme.id());
    }

    private Corroboration corroboration(
            Finding f, Map<Long, FindingNote> notes, Map<Long, ChallengeTeams.Session> sessions) {
        List<Corroboration.Evidence> evidence = new ArrayList<>();
        for (Long id : f.noteIds()) {
            FindingNote n = notes.get(id);
            if (n == null) {
                continue;
            }
            ChallengeTeams.Session s = n.sessionId() == null ? null : sessions.get(n.sessionId());
            evidence.add(new Corroboration.Evidence(
                    n.id(),
                    n.source(),
                    n.sessionId(),
                    s == null ? null : s.title(),
                    s == null ? null : s.stakeholderGroupLabel(),
                    n.documentId(),
                    n.metricId(),
                    n.authorUserId()));
        }
        return Corroboration.of(evidence);
    }

    private NoteView view(
            FindingNote n, Map<Long, ChallengeTeams.Session> sessions, Map<Long, String> documents, boolean linked) {
        return switch (n.source()) {
            case SESSION -> {
                ChallengeTeams.Session s = n.sessionId() == null ? null : sessions.get(n.sessionId());
                yield new NoteView(
                        n.id(),
                        n.kind().label(),
                        n.text(),
                        s == null ? "A session" : s.title(),
                        s == null ? null : s.stakeholderGroupLabel(),
                        s == null ? null : s.day(),
                        linked);
            }
            case DOCUMENT ->
                new NoteView(
                        n.id(),
                        n.kind().label(),
                        n.text(),
                        "Document: " + documents.getOrDefault(n.documentId(), "a document")
                                + (n.documentPage() == null ? "" : ", page " + n.documentPage()),
                        Corroboration.DOCUMENT_REVIEW,
                        n.createdAt().toLocalDate(),
                        linked);
            case DATA ->
                new NoteView(
                        n.id(),
                        n.kind().label(),
                        n.text(),
                        "Data: " + n.metricId(),
                        Corroboration.DATA,
                        n.createdAt().toLocalDate(),
                        linked);
        };
    }

    private Map<Long, ChallengeTeams.Session> sessions(long challengeId) {
        return teams.sessions(challengeId).stream()
                .collect(Collectors.toMap(ChallengeTeams.Session::id, Function.identity()));
    }

    private Map<Long, String> documentNames(long challengeId) {
        return teams.documents(challengeId).stream()
                .collect(Collectors.toMap(ChallengeTeams.Document::id, ChallengeTeams.Document::filename));
    }

    // --- changing

    @Transactional
    Finding create(CurrentUser user, long challengeId, Change change) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        FindingPlace place = checkedPlace(seat, change.place());
        FindingKind kind = kind(change.kind());
        String text = text(change.text());
        List<Long> notes = notes(challengeId, change.noteIds());
        Long theme = change.themeId();
        if (theme != null && repository.theme(challengeId, theme).isEmpty()) {
            throw new FindingRefused("theme", "That theme is not on this challenge's board");
        }
        long id = repository.insert(challengeId, place, kind, text, theme, user.displayName());
        repository.replaceLinks(id, notes);
        Finding created = finding(challengeId, id);
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.finding.created",
                                "evidence-finding",
                                id,
                                "Finding " + id + " drafted for " + seat.reference())
                        .with(details(created)));
        reopen(user, seat, "added the finding “" + created.shortText() + "”", "added finding " + id);
        return created;
    }

    /**
     * Changes a finding's place, kind, text and (when {@code noteIds} is given) its notes, if nobody else
     * saved it since {@code version}; otherwise {@link FindingChangedMeanwhile}, and nothing is saved.
     */
    @Transactional
    Finding update(CurrentUser user, long challengeId, long findingId, int version, Change change) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        FindingPlace place = checkedPlace(seat, change.place());
        FindingKind kind = kind(change.kind());
        String text = text(change.text());
        Finding before = repository.find(challengeId, findingId).orElse(null);
        if (before == null) {
            Finding gone = repository
                    .findAny(challengeId, findingId)
                    .filter(f -> repository.deleted(challengeId, findingId))
                    .orElseThrow(() -> new NotFoundException("No such finding"));
            throw new FindingRefused(
                    "text",
                    gone.updatedByName() + " deleted this finding at "
                            + FindingChangedMeanwhile.TIME.format(gone.updatedAt())
                            + " while you were editing; your text is kept below");
        }
        if (before.version() != version) {
            throw new FindingChangedMeanwhile(before, text);
        }
        List<Long> notes = change.noteIds() == null ? before.noteIds() : notes(challengeId, change.noteIds());
        boolean wordingChanged = !before.text().equals(text)
                || before.kind() != kind
                || !before.place().equals(place.value());
        boolean linksChanged = !new LinkedHashSet<>(before.noteIds()).equals(new LinkedHashSet<>(notes));
        if (!wordingChanged && !linksChanged) {
            return before;
        }
        if (!repository.update(
                challengeId, findingId, version, place, kind, text, !wordingChanged, user.displayName())) {
            throw new FindingChangedMeanwhile(finding(challengeId, findingId), text);
        }
        if (linksChanged) {
            repository.replaceLinks(findingId, notes);
        }
        if (before.keyPosition() != null && kind != FindingKind.RECOMMENDATION) {
            compactKeys(challengeId);
        }
        Finding after = finding(challengeId, findingId);
        List<String> what = new ArrayList<>();
        if (!before.text().equals(text)) {
            what.add("text");
        }
        if (before.kind() != kind) {
            what.add("kind");
        }
        if (!before.place().equals(place.value())) {
            what.add("component or focus area");
        }
        if (linksChanged) {
            what.add("notes");
        }
        String changed = String.join(", ", what);
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.finding.changed",
                                "evidence-finding",
                                findingId,
                                "Finding " + findingId + " of " + seat.reference() + " changed (" + changed + ")")
                        .with(Map.of(
                                "changed", what,
                                "before", details(before),
                                "after", details(after))));
        reopen(
                user,
                seat,
                "changed the " + changed + " of the finding “" + after.shortText() + "”",
                "changed the " + changed + " of finding " + findingId);
        return after;
    }

    /** Deletes a finding (softly); with a version, only if nobody else changed it since. */
    @Transactional
    void delete(CurrentUser user, long challengeId, long findingId, @Nullable Integer version) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        Finding before = finding(challengeId, findingId);
        if (!repository.softDelete(challengeId, findingId, version, user.displayName())) {
            throw new FindingChangedMeanwhile(before, before.text());
        }
        if (before.keyPosition() != null) {
            compactKeys(challengeId);
        }
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.finding.deleted",
                                "evidence-finding",
                                findingId,
                                "Finding " + findingId + " of " + seat.reference() + " deleted")
                        .with(details(before)));
        reopen(user, seat, "deleted the finding “" + before.shortText() + "”", "deleted finding " + findingId);
    }

    /** Marks a finding agreed by the team (who and when), or takes the agreement back. */
    @Transactional
    void agree(CurrentUser user, long challengeId, long findingId, boolean agreed) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        Finding f = finding(challengeId, findingId);
        if (f.agreed() == agreed) {
            return;
        }
        repository.agree(findingId, agreed, user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                        agreed ? "evidence.finding.agreed" : "evidence.finding.agreement-withdrawn",
                        "evidence-finding",
                        findingId,
                        "Finding " + findingId + " of " + seat.reference()
                                + (agreed ? " agreed" : ": agreement withdrawn")));
        if (!agreed) {
            reopen(
                    user,
                    seat,
                    "withdrew the agreement to the finding “" + f.shortText() + "”",
                    "withdrew the agreement to finding " + findingId);
        }
    }

    /** Adds a recommendation to the key recommendations (at the end), takes it out, or moves it. */
    @Transactional
    void key(CurrentUser user, long challengeId, long findingId, KeyMove move) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        Finding f = finding(challengeId, findingId);
        if (f.kind() != FindingKind.RECOMMENDATION) {
            throw new FindingRefused("finding", "Only recommendations can be key recommendations");
        }
        List<Long> order = new ArrayList<>(keyOrder(challengeId));
        int at = order.indexOf(findingId);
        switch (move) {
            case ADD -> {
                if (at >= 0) {
                    return;
                }
                order.add(findingId);
            }
            case REMOVE -> {
                if (at < 0) {
                    return;
                }
                order.remove(at);
            }
            case UP -> {
                if (at <= 0) {
                    return;
                }
                order.remove(at);
                order.add(at - 1, findingId);
            }
            case DOWN -> {
                if (at < 0 || at == order.size() - 1) {
                    return;
                }
                order.remove(at);
                order.add(at + 1, findingId);
            }
        }
        repository.keyOrder(challengeId, order);
        String what = keyMove(move, "“" + f.shortText() + "”");
        String whatForAudit = keyMove(move, "finding " + findingId);
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.key-recommendations.changed",
                                "challenge",
                                challengeId,
                                "Key recommendations of " + seat.reference() + ": " + whatForAudit)
                        .with(Map.of("order", order)));
        reopen(user, seat, what, whatForAudit);
    }

    private static String keyMove(KeyMove move, String finding) {
        return switch (move) {
            case ADD -> "added " + finding + " to the key recommendations";
            case REMOVE -> "took " + finding + " out of the key recommendations";
            case UP, DOWN ->
                "moved the key recommendation " + finding + " " + move.name().toLowerCase(Locale.ROOT);
        };
    }

    private List<Long> keyOrder(long challengeId) {
        return repository.list(challengeId).stream()
                .filter(f -> f.keyPosition() != null)
                .sorted(Comparator.comparingInt(f -> Objects.requireNonNull(f.keyPosition())))
                .map(Finding::id)
                .toList();
    }

    private void compactKeys(long challengeId) {
        repository.keyOrder(challengeId, keyOrder(challengeId));
    }

    /** Signs off the set of findings in the user's seat (lead peer or manager). */
    @Transactional
    SignOffState signOff(CurrentUser user, long challengeId) {
        Seat seat = table.openSeat(user, challengeId);
        repository.lock(challengeId);
        List<Finding> findings = repository.list(challengeId);
        SignOffState state = SignOffState.of(repository.signOffs(challengeId));
        Optional<String> refusal = SignOffRules.refusal(seat.role(), findings, state);
        if (refusal.isPresent()) {
            throw new FindingRefused("sign-off", refusal.get());
        }
        repository.signOff(challengeId, seat.role(), user.id(), user.displayName());
        Map<Long, FindingNote> notes = repository.notes(challengeId);
        Map<Long, ChallengeTeams.Session> sessions = sessions(challengeId);
        long weak = findings.stream()
                .filter(f -> corroboration(f, notes, sessions).weak())
                .count();
        audit.record(
                user,
                AuditEntry.of(
                                "evidence.findings.signed-off",
                                "challenge",
                                challengeId,
                                "Findings of " + seat.reference() + " signed off as " + SignOffRules.label(seat.role())
                                        + " (" + findings.size() + " findings, " + weak + " weakly supported)")
                        .with(Map.of("findings", findings.size(), "weaklySupported", weak)));
        return SignOffState.of(repository.signOffs(challengeId));
    }

    /**
     * After a change: withdraws the current sign-offs, saying who changed what — to the team with the
     * finding's words, to the audit trail (which the programme team reads) by the finding's number only,
     * since findings are confidential to the team (decision 0060).
     */
    private void reopen(CurrentUser user, Seat seat, String what, String whatForAudit) {
        String reason = user.displayName() + " " + what;
        int withdrawn = repository.withdrawSignOffs(seat.challengeId(), reason);
        if (withdrawn > 0) {
            audit.record(
                    user,
                    AuditEntry.of(
                            "evidence.findings.reopened",
                            "challenge",
                            seat.challengeId(),
                            "Sign-off of the findings of " + seat.reference() + " withdrawn: " + user.displayName()
                                    + " " + whatForAudit));
        }
    }

    // --- checking what is asked

    private FindingPlace checkedPlace(Seat seat, @Nullable String value) {
        Optional<FindingPlace> place = FindingPlace.parse(value);
        if (place.isEmpty()
                || places(seat).stream()
                        .noneMatch(p -> p.value().equals(place.get().value()))) {
            throw new FindingRefused("place", "Select the component or focus area the finding is under");
        }
        return place.get();
    }

    private static FindingKind kind(@Nullable String value) {
        return KINDS.stream()
                .filter(k -> k.name().equals(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new FindingRefused(
                        "kind", "Select the kind of finding: strength, challenge, recommendation or notable practice"));
    }

    private static String text(@Nullable String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new FindingRefused("text", "Enter the finding");
        }
        if (text.length() > MAX_TEXT) {
            throw new FindingRefused("text", "The finding must be 5,000 characters or fewer");
        }
        return text;
    }

    private List<Long> notes(long challengeId, @Nullable List<Long> asked) {
        if (asked == null || asked.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = asked.stream().filter(Objects::nonNull).distinct().toList();
        List<Long> found = repository.notesOfChallenge(challengeId, distinct);
        if (found.size() != distinct.size()) {
            List<Long> strangers =
                    distinct.stream().filter(id -> !found.contains(id)).toList();
            throw new FindingRefused(
                    "notes",
                    (strangers.size() == 1
                                    ? "Note " + strangers.getFirst() + " is not a note"
                                    : "Notes "
                                            + strangers.stream()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining(", ")) + " are not notes")
                            + " of this challenge: a finding can only rest on the challenge's own evidence");
        }
        return found;
    }

    /** What the audit trail keeps of a finding: never its words, which only the team may read (decision 0060). */
    private static Map<String, Object> details(Finding f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("challengeId", f.challengeId());
        d.put("place", f.place());
        d.put("kind", f.kind().name());
        d.put("textLength", f.text().length());
        d.put("notes", f.noteIds());
        d.put("version", f.version());
        return d;
    }
}

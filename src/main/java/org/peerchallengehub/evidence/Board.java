package org.peerchallengehub.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.evidence.BoardRepository.MemberRow;
import org.peerchallengehub.evidence.BoardRepository.NoteRow;
import org.peerchallengehub.evidence.BoardRepository.Section;
import org.peerchallengehub.evidence.BoardRepository.ThemeRow;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synthesis board of a challenge: per component and focus area (framework order, then the
 * council's focus areas), its notes grouped into candidate themes; peers rename, merge and split
 * themes and move notes, and their changes survive a re-grouping (decision 0065). Every change takes
 * the seat's {@code openSeat}, locks the challenge's themes, checks the version the peer saw and is
 * audited.
 */
@Service
class Board {

    static final int NAME_MAX = 300;

    /** A note as a theme card lists it. */
    record NoteLine(
            long id,
            NoteKind kind,
            String text,
            String source,
            @Nullable String sessionTitle,
            @Nullable String stakeholderGroup,
            boolean placedByHand) {}

    /** A theme with its counts. */
    record ThemeCard(
            long id,
            String sectionKey,
            String name,
            boolean edited,
            int version,
            @Nullable NoteLine representative,
            List<NoteLine> notes,
            int sessions,
            int stakeholderGroups,
            int strengths,
            int areasForImprovement,
            int observations,
            String balance,
            String balanceColour,
            Instant updatedAt,
            @Nullable String updatedByName) {

        public int noteCount() {
            return notes.size();
        }

        public List<Long> noteIds() {
            return notes.stream().map(NoteLine::id).toList();
        }

        /** E.g. "5 notes from 3 sessions and 2 stakeholder groups". */
        public String evidenceSentence() {
            return plural(notes.size(), "note", "notes") + " from " + plural(sessions, "session", "sessions") + " and "
                    + plural(stakeholderGroups, "stakeholder group", "stakeholder groups");
        }

        /** E.g. "3 strengths, 1 area for improvement, 1 observation". */
        public String balanceSentence() {
            return plural(strengths, "strength", "strengths") + ", "
                    + plural(areasForImprovement, "area for improvement", "areas for improvement") + ", "
                    + plural(observations, "observation", "observations");
        }
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A component or focus area with its themes and the notes not grouped yet. */
    record SectionView(
            String key,
            @Nullable String componentId,
            @Nullable Long focusAreaId,
            String caption,
            String title,
            List<ThemeCard> themes,
            List<NoteLine> ungrouped,
            int noteCount) {}

    /** The grouping run as the board shows it. */
    record RunView(
            String state,
            int notesDone,
            int notesTotal,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String message) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public boolean failed() {
            return "FAILED".equals(state);
        }

        /** When the last run finished, in UK time, e.g. "2 December 2026 at 11:04"; null while running. */
        public @Nullable String finishedLabel() {
            return finishedAt == null
                    ? null
                    : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                            .format(finishedAt.atZone(java.time.ZoneId.of("Europe/London")));
        }
    }

    record BoardView(Seat seat, List<SectionView> sections, @Nullable RunView run, int noteCount, boolean canChange) {

        public int themeCount() {
            return sections.stream().mapToInt(s -> s.themes().size()).sum();
        }

        public java.util.Optional<ThemeCard> theme(long themeId) {
            return sections.stream()
                    .flatMap(s -> s.themes().stream())
                    .filter(t -> t.id() == themeId)
                    .findFirst();
        }

        public java.util.Optional<SectionView> sectionOf(long themeId) {
            return sections.stream()
                    .filter(s -> s.themes().stream().anyMatch(t -> t.id() == themeId))
                    .findFirst();
        }
    }

    /** What a grouping did, for the audit trail and tests. */
    record Outcome(int notesGrouped, int themes, int joinedEditedThemes) {}

    private final EvidenceTable table;
    private final BoardRepository repository;
    private final NoteVectors vectors;
    private final ChallengeTeams teams;
    private final Frameworks frameworks;
    private final AuditTrail audit;

    Board(
            EvidenceTable table,
            BoardRepository repository,
            NoteVectors vectors,
            ChallengeTeams teams,
            Frameworks frameworks,
            AuditTrail audit) {
        this.table = table;
        this.repository = repository;
        this.vectors = vectors;
        this.teams = teams;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    // ---- reading ----------------------------------------------------------------------------------

    BoardView view(CurrentUser user, long challengeId) {
        return build(table.seat(user, challengeId));
    }

    BoardView build(Seat seat) {
        long challengeId = seat.challengeId();
        Map<Long, ChallengeTeams.Session> sessions = teams.sessions(challengeId).stream()
                .collect(Collectors.toMap(ChallengeTeams.Session::id, s -> s, (a, b) -> a));
        Map<Long, NoteRow> notes = new LinkedHashMap<>();
        repository.notes(challengeId).forEach(n -> notes.put(n.id(), n));
        Map<Section, List<Long>> notesBySection = new HashMap<>();
        repository.codes(challengeId).forEach(c -> notesBySection
                .computeIfAbsent(c.section(), s -> new ArrayList<>())
                .add(c.noteId()));
        Map<Long, List<MemberRow>> membersByTheme = repository.members(challengeId).stream()
                .collect(Collectors.groupingBy(MemberRow::themeId, LinkedHashMap::new, Collectors.toList()));
        Map<Section, List<ThemeRow>> themesBySection = repository.themes(challengeId).stream()
                .collect(Collectors.groupingBy(ThemeRow::section, LinkedHashMap::new, Collectors.toList()));

        List<Section> order = new ArrayList<>();
        Map<Section, String[]> titles = new HashMap<>();
        for (FrameworkComponent c :
                frameworks.version(seat.frameworkId()).map(v -> v.components()).orElse(List.of())) {
            Section s = new Section(c.id(), null);
            order.add(s);
            titles.put(s, new String[] {"Core component", c.headline()});
        }
        for (ChallengeTeams.Focus f : teams.focusAreas(challengeId)) {
            Section s = new Section(null, f.id());
            order.add(s);
            titles.put(s, new String[] {"Focus area", f.title()});
        }
        Set<Section> extra = new LinkedHashSet<>(notesBySection.keySet());
        extra.addAll(themesBySection.keySet());
        extra.removeAll(order);
        extra.stream().sorted(Comparator.comparing(Board::sortKey)).forEach(s -> {
            order.add(s);
            titles.put(s, new String[] {
                s.componentId() != null ? "Component of another framework" : "Focus area no longer in scope",
                s.componentId() != null ? s.componentId() : "Focus area " + s.focusAreaId()
            });
        });

        List<SectionView> sections = new ArrayList<>();
        for (Section s : order) {
            Set<Long> inSection = new LinkedHashSet<>(notesBySection.getOrDefault(s, List.of()));
            Set<Long> grouped = new HashSet<>();
            List<ThemeCard> cards = new ArrayList<>();
            for (ThemeRow t : themesBySection.getOrDefault(s, List.of())) {
                List<MemberRow> members = membersByTheme.getOrDefault(t.id(), List.of());
                List<NoteLine> lines = new ArrayList<>();
                for (MemberRow m : members) {
                    NoteRow n = notes.get(m.noteId());
                    if (n != null && inSection.contains(n.id())) {
                        lines.add(line(n, sessions, m.placedByHand()));
                        grouped.add(n.id());
                    }
                }
                cards.add(card(s, t, lines, notes, sessions));
            }
            cards.sort(Comparator.comparingInt(ThemeCard::noteCount).reversed().thenComparingLong(ThemeCard::id));
            List<NoteLine> ungrouped = inSection.stream()
                    .filter(id -> !grouped.contains(id))
                    .map(id -> line(notes.get(id), sessions, false))
                    .toList();
            String[] title = titles.get(s);
            sections.add(new SectionView(
                    s.key(),
                    s.componentId(),
                    s.focusAreaId(),
                    title[0],
                    title[1],
                    List.copyOf(cards),
                    ungrouped,
                    inSection.size()));
        }
        RunView run = repository
                .run(challengeId)
                .map(r -> "RUNNING".equals(r.state())
                                && r.startedAt().isBefore(Instant.now().minus(GroupingRuns.SILENT))
                        ? new RunView(
                                "FAILED",
                                r.notesDone(),
                                r.notesTotal(),
                                r.startedAt(),
                                null,
                                "The last grouping stopped without finishing (the service may have restarted): group"
                                        + " the notes again.")
                        : new RunView(
                                r.state(), r.notesDone(), r.notesTotal(), r.startedAt(), r.finishedAt(), r.message()))
                .orElse(null);
        return new BoardView(seat, List.copyOf(sections), run, notes.size(), seat.evidenceOpen());
    }

    private static String sortKey(Section s) {
        return s.componentId() != null ? "0" + s.componentId() : "1" + String.format("%019d", s.focusAreaId());
    }

    private static NoteLine line(NoteRow n, Map<Long, ChallengeTeams.Session> sessions, boolean placedByHand) {
        ChallengeTeams.Session session = n.sessionId() == null ? null : sessions.get(n.sessionId());
        return new NoteLine(
                n.id(),
                n.kind(),
                n.text(),
                n.source().label(),
                session == null ? null : session.title(),
                session == null ? null : session.stakeholderGroupLabel(),
                placedByHand);
    }

    private static ThemeCard card(
            Section s,
            ThemeRow t,
            List<NoteLine> lines,
            Map<Long, NoteRow> notes,
            Map<Long, ChallengeTeams.Session> sessions) {
        Set<Long> sessionIds = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int strengths = 0;
        int areas = 0;
        int observations = 0;
        for (NoteLine l : lines) {
            NoteRow n = notes.get(l.id());
            if (n.sessionId() != null) {
                sessionIds.add(n.sessionId());
                ChallengeTeams.Session session = sessions.get(n.sessionId());
                if (session != null && session.stakeholderGroup() != null) {
                    groups.add(session.stakeholderGroup());
                }
            }
            switch (l.kind()) {
                case STRENGTH -> strengths++;
                case AREA_FOR_IMPROVEMENT -> areas++;
                case OBSERVATION -> observations++;
            }
        }
        NoteLine representative = lines.stream()
                .filter(l -> Objects.equals(l.id(), t.representativeNoteId()))
                .findFirst()
                .orElse(lines.isEmpty() ? null : lines.getFirst());
        String balance = Grouping.balance(strengths, areas);
        return new ThemeCard(
                t.id(),
                s.key(),
                t.name(),
                t.edited(),
                t.version(),
                representative,
                List.copyOf(lines),
                sessionIds.size(),
                groups.size(),
                strengths,
                areas,
                observations,
                balance,
                Grouping.balanceColour(balance),
                t.updatedAt(),
                t.updatedByName());
    }

    // ---- peers' edits -----------------------------------------------------------------------------

    /** The theme as it is now, for a change based on {@code version}; refused with a sentence otherwise. */
    private ThemeRow current(long challengeId, long themeId, int version) {
        ThemeRow t = repository
                .theme(challengeId, themeId)
                .orElseThrow(() -> new ThemeChangedMeanwhile(
                        "This theme is no longer on the board: someone merged it into another theme or the"
                                + " notes were grouped again. Nothing was changed."));
        if (t.version() != version) {
            throw new ThemeChangedMeanwhile("Someone else changed the theme “" + t.name()
                    + "” while you were looking at it. Nothing was changed: the board below shows it as it is"
                    + " now — check it and make your change again.");
        }
        return t;
    }

    private ThemeRow other(long challengeId, long themeId, Section section) {
        ThemeRow t = repository
                .theme(challengeId, themeId)
                .orElseThrow(() -> new EvidenceRefused("Choose a theme that is on the board."));
        if (!t.section().equals(section)) {
            throw new EvidenceRefused("Choose a theme under the same component or focus area.");
        }
        return t;
    }

    static String checkedName(@Nullable String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new EvidenceRefused("Enter a name for the theme");
        }
        if (n.length() > NAME_MAX) {
            throw new EvidenceRefused("The theme's name must be " + NAME_MAX + " characters or fewer");
        }
        return n;
    }

    @Transactional
    void rename(CurrentUser user, long challengeId, long themeId, int version, @Nullable String name) {
        Seat seat = table.openSeat(user, challengeId);
        String n = checkedName(name);
        repository.lockThemes(challengeId);
        ThemeRow t = current(challengeId, themeId, version);
        repository.updateTheme(themeId, version, n, true, t.representativeNoteId(), user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.theme-renamed",
                        "evidence-theme",
                        themeId,
                        "Renamed the theme “" + t.name() + "” to “" + n + "” on the board of " + seat.reference()));
    }

    @Transactional
    void merge(CurrentUser user, long challengeId, long themeId, int version, @Nullable Long intoThemeId) {
        Seat seat = table.openSeat(user, challengeId);
        if (intoThemeId == null) {
            throw new EvidenceRefused("Choose the theme to merge it into");
        }
        repository.lockThemes(challengeId);
        ThemeRow t = current(challengeId, themeId, version);
        if (intoThemeId == themeId) {
            throw new EvidenceRefused("Choose another theme to merge it into");
        }
        ThemeRow into = other(challengeId, intoThemeId, t.section());
        List<MemberRow> members = membersOf(challengeId, themeId);
        repository.addNotes(into.id(), members.stream().map(MemberRow::noteId).toList(), false);
        members.stream()
                .filter(MemberRow::placedByHand)
                .forEach(m -> repository.addNotes(into.id(), List.of(m.noteId()), true));
        repository.deleteThemes(List.of(themeId));
        repository.updateTheme(
                into.id(),
                into.version(),
                into.name(),
                true,
                representative(challengeId, into.id(), into.representativeNoteId()),
                user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.theme-merged",
                        "evidence-theme",
                        into.id(),
                        "Merged the theme “" + t.name() + "” (" + members.size() + " notes) into “" + into.name()
                                + "” on the board of " + seat.reference()));
    }

    @Transactional
    long split(
            CurrentUser user,
            long challengeId,
            long themeId,
            int version,
            @Nullable Collection<Long> noteIds,
            @Nullable String name) {
        Seat seat = table.openSeat(user, challengeId);
        String n = checkedName(name);
        repository.lockThemes(challengeId);
        ThemeRow t = current(challengeId, themeId, version);
        Set<Long> members = membersOf(challengeId, themeId).stream()
                .map(MemberRow::noteId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> moving = noteIds == null ? Set.of() : new LinkedHashSet<>(noteIds);
        if (moving.isEmpty()) {
            throw new EvidenceRefused("Select the notes to move into the new theme");
        }
        if (!members.containsAll(moving)) {
            throw new EvidenceRefused("Select notes of this theme only");
        }
        if (moving.size() == members.size()) {
            throw new EvidenceRefused("Leave at least one note in this theme: to rename it, use Rename instead");
        }
        long created = repository.insertTheme(challengeId, t.section(), n, true, null, user.displayName());
        repository.removeNotes(themeId, moving);
        repository.addNotes(created, moving, true);
        repository.updateTheme(
                themeId,
                t.version(),
                t.name(),
                true,
                representative(challengeId, themeId, t.representativeNoteId()),
                user.displayName());
        repository.updateTheme(created, 0, n, true, representative(challengeId, created, null), user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.theme-split",
                        "evidence-theme",
                        created,
                        "Split " + moving.size() + " notes out of the theme “" + t.name() + "” into a new theme “" + n
                                + "” on the board of " + seat.reference()));
        return created;
    }

    @Transactional
    void move(CurrentUser user, long challengeId, long themeId, int version, long noteId, @Nullable Long toThemeId) {
        Seat seat = table.openSeat(user, challengeId);
        if (toThemeId == null) {
            throw new EvidenceRefused("Choose the theme to move the note to");
        }
        repository.lockThemes(challengeId);
        ThemeRow t = current(challengeId, themeId, version);
        if (toThemeId == themeId) {
            throw new EvidenceRefused("Choose another theme to move the note to");
        }
        ThemeRow to = other(challengeId, toThemeId, t.section());
        List<MemberRow> members = membersOf(challengeId, themeId);
        if (members.stream().noneMatch(m -> m.noteId() == noteId)) {
            throw new EvidenceRefused("That note is not in this theme any more. Nothing was changed.");
        }
        repository.removeNotes(themeId, List.of(noteId));
        repository.addNotes(to.id(), List.of(noteId), true);
        if (members.size() == 1) {
            repository.deleteThemes(List.of(themeId));
        } else {
            repository.updateTheme(
                    themeId,
                    t.version(),
                    t.name(),
                    true,
                    representative(challengeId, themeId, t.representativeNoteId()),
                    user.displayName());
        }
        repository.updateTheme(
                to.id(),
                to.version(),
                to.name(),
                true,
                representative(challengeId, to.id(), to.representativeNoteId()),
                user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.note-moved",
                        "evidence-theme",
                        to.id(),
                        "Moved note " + noteId + " from the theme “" + t.name() + "” to “" + to.name()
                                + "” on the board of " + seat.reference()));
    }

    private List<MemberRow> membersOf(long challengeId, long themeId) {
        return repository.members(challengeId).stream()
                .filter(m -> m.themeId() == themeId)
                .toList();
    }

    /** The theme's medoid among its notes that have vectors, else its present one if still in it, else its first note. */
    private @Nullable Long representative(long challengeId, long themeId, @Nullable Long present) {
        List<Long> ids =
                membersOf(challengeId, themeId).stream().map(MemberRow::noteId).toList();
        if (ids.isEmpty()) {
            return null;
        }
        Map<Long, float[]> all = vectors.vectors(challengeId);
        List<Long> with = ids.stream().filter(all::containsKey).toList();
        if (with.isEmpty()) {
            return ids.contains(present) ? present : ids.getFirst();
        }
        return with.get(Grouping.medoid(with.stream().map(all::get).toList()));
    }

    // ---- the grouping -----------------------------------------------------------------------------

    /**
     * Groups the challenge's notes that have vectors (decision 0065), in one transaction with the
     * themes locked: edited themes and notes placed by hand stay as they are, new notes may join an
     * edited theme if close enough, the other notes are grouped afresh. An unedited theme whose notes
     * mostly stay together keeps its id (so links to it keep working).
     */
    @Transactional
    Outcome regroup(long challengeId, double threshold) {
        repository.lockThemes(challengeId);
        repository.prune(challengeId);
        Map<Long, float[]> vectorsById = vectors.vectors(challengeId);
        Map<Long, String> texts = new HashMap<>();
        repository.notes(challengeId).forEach(n -> texts.put(n.id(), n.text()));
        Map<Section, List<Long>> notesBySection = new LinkedHashMap<>();
        repository.codes(challengeId).forEach(c -> notesBySection
                .computeIfAbsent(c.section(), s -> new ArrayList<>())
                .add(c.noteId()));
        Map<Long, List<MemberRow>> membersByTheme = repository.members(challengeId).stream()
                .collect(Collectors.groupingBy(MemberRow::themeId, LinkedHashMap::new, Collectors.toList()));
        Map<Section, List<ThemeRow>> themesBySection = repository.themes(challengeId).stream()
                .collect(Collectors.groupingBy(ThemeRow::section, LinkedHashMap::new, Collectors.toList()));
        Set<Section> sections = new LinkedHashSet<>(notesBySection.keySet());
        sections.addAll(themesBySection.keySet());
        int grouped = 0;
        int themeCount = 0;
        int joinedCount = 0;
        List<Long> gone = new ArrayList<>();
        for (Section section : sections) {
            List<ThemeRow> themes = themesBySection.getOrDefault(section, List.of());
            List<Grouping.Kept> kept = new ArrayList<>();
            Map<Long, ThemeRow> keptRows = new LinkedHashMap<>();
            Set<Long> keptNotes = new HashSet<>();
            Map<ThemeRow, Set<Long>> old = new LinkedHashMap<>();
            for (ThemeRow t : themes) {
                List<MemberRow> members = membersByTheme.getOrDefault(t.id(), List.of());
                boolean keep = t.edited() || members.stream().anyMatch(MemberRow::placedByHand);
                if (keep) {
                    if (members.isEmpty()) {
                        gone.add(t.id());
                        continue;
                    }
                    kept.add(new Grouping.Kept(
                            t.id(),
                            members.stream()
                                    .filter(m -> vectorsById.containsKey(m.noteId()))
                                    .map(m -> new Grouping.Item(m.noteId(), vectorsById.get(m.noteId())))
                                    .toList()));
                    keptRows.put(t.id(), t);
                    members.forEach(m -> keptNotes.add(m.noteId()));
                } else {
                    old.put(t, members.stream().map(MemberRow::noteId).collect(Collectors.toSet()));
                }
            }
            List<Grouping.Item> free = notesBySection.getOrDefault(section, List.of()).stream()
                    .filter(id -> !keptNotes.contains(id) && vectorsById.containsKey(id))
                    .map(id -> new Grouping.Item(id, vectorsById.get(id)))
                    .toList();
            Set<Long> previouslyGrouped = new HashSet<>();
            old.values().forEach(previouslyGrouped::addAll);
            Set<Long> mayJoin = free.stream()
                    .map(Grouping.Item::noteId)
                    .filter(id -> !previouslyGrouped.contains(id))
                    .collect(Collectors.toSet());
            Grouping.Result result = Grouping.regroup(free, mayJoin, kept, threshold);
            for (Map.Entry<Long, List<Long>> join : result.joined().entrySet()) {
                repository.addNotes(join.getKey(), join.getValue(), false);
                joinedCount += join.getValue().size();
            }
            for (Grouping.Kept k : kept) {
                ThemeRow t = keptRows.get(k.themeId());
                List<Long> all = new ArrayList<>(membersByTheme.getOrDefault(t.id(), List.of()).stream()
                        .map(MemberRow::noteId)
                        .toList());
                all.addAll(result.joined().getOrDefault(t.id(), List.of()));
                Long rep = medoid(all, vectorsById, t.representativeNoteId());
                if (!Objects.equals(rep, t.representativeNoteId())
                        || result.joined().containsKey(t.id())) {
                    repository.updateTheme(t.id(), t.version(), t.name(), t.edited(), rep, t.updatedByName());
                }
                themeCount++;
            }
            Set<ThemeRow> reused = new HashSet<>();
            for (List<Long> cluster : result.themes()) {
                Long rep = medoid(cluster, vectorsById, null);
                String name = Grouping.autoName(texts.getOrDefault(rep, ""));
                ThemeRow match = null;
                for (Map.Entry<ThemeRow, Set<Long>> o : old.entrySet()) {
                    if (reused.contains(o.getKey())) {
                        continue;
                    }
                    long overlap =
                            cluster.stream().filter(o.getValue()::contains).count();
                    if (overlap * 2 > cluster.size()
                            && overlap * 2 > o.getValue().size()) {
                        match = o.getKey();
                        break;
                    }
                }
                if (match != null) {
                    reused.add(match);
                    repository.clearNotes(match.id());
                    repository.addNotes(match.id(), cluster, false);
                    repository.updateTheme(match.id(), match.version(), name, false, rep, null);
                } else {
                    long id = repository.insertTheme(challengeId, section, name, false, rep, null);
                    repository.addNotes(id, cluster, false);
                }
                grouped += cluster.size();
                themeCount++;
            }
            old.keySet().stream().filter(t -> !reused.contains(t)).forEach(t -> gone.add(t.id()));
            grouped += keptNotes.size()
                    + result.joined().values().stream().mapToInt(List::size).sum();
        }
        repository.deleteThemes(gone);
        return new Outcome(grouped, themeCount, joinedCount);
    }

    private static @Nullable Long medoid(List<Long> noteIds, Map<Long, float[]> vectorsById, @Nullable Long present) {
        List<Long> with = noteIds.stream().filter(vectorsById::containsKey).toList();
        if (with.isEmpty()) {
            return noteIds.contains(present) ? present : noteIds.isEmpty() ? null : noteIds.getFirst();
        }
        return with.get(Grouping.medoid(with.stream().map(vectorsById::get).toList()));
    }

    void audited(@Nullable CurrentUser user, long challengeId, String summary) {
        audit.record(user, AuditEntry.of("evidence.board-grouped", "challenge", challengeId, summary));
    }
}

package org.peerchallengehub.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo's evidence notes: on the on-site challenge (Leeds), a full four-day programme across the
 * stakeholder groups and about 250 notes by the demo peers Sam, Pat and Lee, made from the sentences
 * of {@code evidence/demo-note-sentences.txt} combined deterministically (a seeded random), so that the
 * synthesis board has something to group; and a few notes in the challenge drafting its report. Every
 * note is written through {@link Notes}, so the rules hold (open evidence, sessions of the challenge,
 * no names). The notes are fictional, end in "(demo)" and name nobody.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoEvidenceNotes implements DemoContributor {

    static final String ON_SITE_GSS = "E08000035"; // Leeds
    static final String DRAFTING_GSS = "E06000045"; // Southampton
    static final int ON_SITE_NOTES = 250;
    static final List<String> PEERS = List.of("sam.peer@demo.local", DemoContext.PEER, "lee.peer@demo.local");

    /** A sentence of a section (component id or "focus:Word") with its kind. */
    record Sentence(String section, NoteKind kind, String text) {}

    /** The sentences and qualifiers of the resource file. */
    record Sentences(List<Sentence> sentences, List<String> qualifiers) {}

    /** A session the demo adds: its slot, kind, title and stakeholder group. */
    private record Planned(int day, LocalTime start, LocalTime end, String kind, String title, String group) {}

    private static final List<Planned> PROGRAMME = List.of(
            new Planned(
                    0, LocalTime.of(10, 30), LocalTime.of(11, 30), "INTERVIEW", "Chief executive", "SENIOR_OFFICERS"),
            new Planned(0, LocalTime.of(12, 0), LocalTime.of(13, 0), "FOCUS_GROUP", "Frontline staff", "STAFF"),
            new Planned(
                    0, LocalTime.of(15, 30), LocalTime.of(16, 30), "WORKSHOP", "Health and care partners", "PARTNERS"),
            new Planned(
                    0,
                    LocalTime.of(17, 0),
                    LocalTime.of(18, 0),
                    "FOCUS_GROUP",
                    "Opposition group leaders",
                    "COUNCILLORS"),
            new Planned(
                    1, LocalTime.of(9, 0), LocalTime.of(10, 0), "INTERVIEW", "Director of finance", "SENIOR_OFFICERS"),
            new Planned(1, LocalTime.of(10, 30), LocalTime.of(11, 30), "FOCUS_GROUP", "Scrutiny chairs", "COUNCILLORS"),
            new Planned(
                    1,
                    LocalTime.of(11, 45),
                    LocalTime.of(12, 45),
                    "WORKSHOP",
                    "Voluntary sector roundtable",
                    "VOLUNTARY_SECTOR"),
            new Planned(
                    1,
                    LocalTime.of(16, 0),
                    LocalTime.of(17, 0),
                    "SITE_VISIT",
                    "Visit to a regeneration site",
                    "RESIDENTS"),
            new Planned(
                    2,
                    LocalTime.of(9, 0),
                    LocalTime.of(10, 0),
                    "INTERVIEW",
                    "Director of children's services",
                    "SENIOR_OFFICERS"),
            new Planned(2, LocalTime.of(10, 30), LocalTime.of(11, 30), "FOCUS_GROUP", "Middle managers", "STAFF"),
            new Planned(2, LocalTime.of(13, 30), LocalTime.of(14, 30), "WORKSHOP", "Business leaders", "BUSINESSES"),
            new Planned(2, LocalTime.of(15, 0), LocalTime.of(16, 0), "FOCUS_GROUP", "Residents' panel", "RESIDENTS"),
            new Planned(3, LocalTime.of(9, 0), LocalTime.of(10, 0), "INTERVIEW", "Cabinet members", "COUNCILLORS"),
            new Planned(
                    3,
                    LocalTime.of(10, 30),
                    LocalTime.of(11, 30),
                    "FOCUS_GROUP",
                    "Trade union representatives",
                    "STAFF"),
            new Planned(
                    3,
                    LocalTime.of(12, 0),
                    LocalTime.of(13, 0),
                    "WORKSHOP",
                    "Community safety partnership",
                    "PARTNERS"),
            new Planned(
                    3,
                    LocalTime.of(13, 30),
                    LocalTime.of(14, 30),
                    "INTERVIEW",
                    "Audit committee chair",
                    "COUNCILLORS"));

    private static final List<String> METRICS = List.of(
            "net-revenue-expenditure",
            "adult-social-care-spend",
            "childrens-social-care-spend",
            "unallocated-reserves",
            "borrowing-total");

    private final Notes notes;
    private final ChallengeTeams teams;
    private final DemoSessions sessions;
    private final UserDetailsService users;

    DemoEvidenceNotes(Notes notes, ChallengeTeams teams, DemoSessions sessions, UserDetailsService users) {
        this.notes = notes;
        this.teams = teams;
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public String name() {
        return "evidence.notes";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser manager = user(DemoContext.MANAGER).orElseThrow();
        Sentences text = sentences();
        sessions.currentChallenge(manager, ON_SITE_GSS).ifPresent(id -> onSite(manager, id, text, context.today()));
        sessions.currentChallenge(manager, DRAFTING_GSS).ifPresent(id -> drafting(manager, id, text));
    }

    private void onSite(CurrentUser manager, long id, Sentences text, LocalDate today) {
        ChallengeTeams.Seat seat = teams.seat(manager, id).orElseThrow();
        Map<Long, CurrentUser> peers = new LinkedHashMap<>();
        for (ChallengeTeams.Member m : teams.team(id)) {
            if (PEERS.contains(m.email())) {
                user(m.email()).ifPresent(u -> peers.put(m.teamMemberId(), u));
            }
        }
        if (peers.isEmpty() || seat.onSiteStart() == null) {
            return;
        }
        List<Long> members = List.copyOf(peers.keySet());
        for (int i = 0; i < PROGRAMME.size(); i++) {
            Planned p = PROGRAMME.get(i);
            LocalDate day = seat.onSiteStart().plusDays(p.day());
            if (seat.onSiteEnd() != null && day.isAfter(seat.onSiteEnd())) {
                continue;
            }
            List<Long> attending = i % 3 == 0
                    ? members
                    : List.of(members.get(i % members.size()), members.get((i + 1) % members.size()));
            List<Long> who = attending.stream().distinct().toList();
            if (clashes(teams.sessions(id), day, p, who)) {
                continue; // the programme's rule: nobody in two sessions at once
            }
            sessions.add(
                    manager, id, p.kind(), p.title() + " (demo)", day, p.start(), p.end(), p.group(), 4 + i % 9, who);
        }
        Notes.Table table = notes.table(manager, id);
        // notes only from the sessions that have taken place (the visit is under way: later days are to come)
        List<ChallengeTeams.Session> all =
                table.sessions().stream().filter(x -> !x.day().isAfter(today)).toList();
        if (all.isEmpty()) {
            return;
        }
        Random random = new Random(16);
        for (int i = 0; i < ON_SITE_NOTES; i++) {
            ChallengeTeams.Session session = all.get(random.nextInt(all.size()));
            List<CurrentUser> there = session.memberIds().stream()
                    .map(peers::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            CurrentUser author = there.isEmpty()
                    ? new ArrayList<>(peers.values()).get(random.nextInt(peers.size()))
                    : there.get(random.nextInt(there.size()));
            Sentence s = pick(text, table, random);
            boolean data = i % 25 == 7;
            note(
                    author,
                    id,
                    table,
                    s,
                    text,
                    random,
                    data ? null : session.id(),
                    data ? METRICS.get(i % METRICS.size()) : null);
        }
    }

    /**
     * True when a session already in the programme that day, with one of these members, may overlap
     * the planned one (its end is not known here: the demo's sessions last 90 minutes at most). Checked
     * before adding, because a refused session would roll back the whole contribution.
     */
    private static boolean clashes(List<ChallengeTeams.Session> existing, LocalDate day, Planned p, List<Long> who) {
        return existing.stream()
                .filter(s -> s.day().equals(day))
                .filter(s -> s.memberIds().stream().anyMatch(who::contains))
                .anyMatch(s -> s.startsAt().isAfter(p.start().minusMinutes(90))
                        && s.startsAt().isBefore(p.end()));
    }

    private void drafting(CurrentUser manager, long id, Sentences text) {
        Notes.Table table = notes.table(manager, id);
        if (!table.open() || table.sessions().isEmpty()) {
            return;
        }
        Random random = new Random(45);
        for (int i = 0; i < 12; i++) {
            ChallengeTeams.Session session =
                    table.sessions().get(i % table.sessions().size());
            note(manager, id, table, pick(text, table, random), text, random, session.id(), null);
        }
    }

    private void note(
            CurrentUser author,
            long id,
            Notes.Table table,
            Sentence s,
            Sentences text,
            Random random,
            @Nullable Long session,
            @Nullable String metric) {
        String words = s.text();
        if (random.nextInt(10) < 3) {
            words +=
                    " " + text.qualifiers().get(random.nextInt(text.qualifiers().size()));
        }
        List<String> components = new ArrayList<>();
        List<Long> focus = new ArrayList<>();
        if (s.section().startsWith("focus:")) {
            String word = s.section().substring("focus:".length());
            table.focusAreas().stream()
                    .filter(f -> f.title().startsWith(word))
                    .findFirst()
                    .ifPresentOrElse(
                            f -> focus.add(f.id()),
                            () -> components.add(table.components().getFirst().id()));
        } else {
            components.add(s.section());
        }
        notes.record(
                author,
                id,
                new NoteDraft(
                        UUID.nameUUIDFromBytes(
                                ("demo-note-" + id + "-" + words + random.nextLong()).getBytes(StandardCharsets.UTF_8)),
                        metric == null ? NoteSource.SESSION : NoteSource.DATA,
                        session,
                        null,
                        null,
                        metric,
                        s.kind(),
                        words + " (demo)",
                        components,
                        focus,
                        null,
                        false));
    }

    /** A sentence for one of the challenge's components (or a focus area it has), chosen by the random. */
    private static Sentence pick(Sentences text, Notes.Table table, Random random) {
        List<String> ids = table.components().stream().map(c -> c.id()).toList();
        List<Sentence> usable = text.sentences().stream()
                .filter(s -> ids.contains(s.section())
                        || s.section().startsWith("focus:")
                                && table.focusAreas().stream().anyMatch(f -> f.title()
                                        .startsWith(s.section().substring(6))))
                .toList();
        if (usable.isEmpty()) {
            throw new IllegalStateException(
                    "No demo sentences for the framework " + table.seat().frameworkId());
        }
        return usable.get(random.nextInt(usable.size()));
    }

    static Sentences sentences() {
        try (InputStream in = DemoEvidenceNotes.class.getResourceAsStream("/evidence/demo-note-sentences.txt")) {
            if (in == null) {
                throw new IllegalStateException("evidence/demo-note-sentences.txt is missing");
            }
            List<Sentence> sentences = new ArrayList<>();
            List<String> qualifiers = new ArrayList<>();
            String section = null;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                } else if ("qualifiers".equals(section)) {
                    qualifiers.add(line);
                } else if (section != null && line.length() > 2) {
                    NoteKind kind =
                            switch (line.charAt(0)) {
                                case 'S' -> NoteKind.STRENGTH;
                                case 'A' -> NoteKind.AREA_FOR_IMPROVEMENT;
                                default -> NoteKind.OBSERVATION;
                            };
                    sentences.add(new Sentence(section, kind, line.substring(2).strip()));
                }
            }
            return new Sentences(List.copyOf(sentences), List.copyOf(qualifiers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<CurrentUser> user(String email) {
        try {
            return Optional.of(((AuthenticatedUser) users.loadUserByUsername(email)).currentUser());
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}

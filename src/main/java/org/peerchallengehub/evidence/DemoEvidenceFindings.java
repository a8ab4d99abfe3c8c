package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The findings of the demonstration programme (issue 16 item 7), once the notes (order 200) and the
 * board's themes (order 210) exist: on the challenge on site in Leeds, several themes turned into
 * findings of every kind, a few key recommendations, some agreed and one weakly supported, not yet
 * signed off ("findings in review"); on the challenge drafting its report (Cornwall's unitary council,
 * E06000045) a set agreed and signed off by the lead peer and the manager. Without notes it does nothing.
 * Everything goes through {@link Findings}, as the demo manager and the demo peer would do it.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoEvidenceFindings implements DemoContributor {

    static final String ON_SITE_GSS = "E08000035";
    static final String DRAFTING_GSS = "E06000045";
    static final String MARK = "Demonstration data: ";

    private final Findings findings;
    private final FindingRepository repository;
    private final ChallengeTeams teams;
    private final UserDetailsService users;

    DemoEvidenceFindings(
            Findings findings, FindingRepository repository, ChallengeTeams teams, UserDetailsService users) {
        this.findings = findings;
        this.repository = repository;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public String name() {
        return "evidence.findings";
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public boolean afterStart() {
        return true; // grouping 250 notes takes seconds: not on the first start's critical path
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser manager = user(DemoContext.MANAGER);
        for (long id : repository.challengesWithNotes()) {
            Seat seat = teams.seat(manager, id).orElse(null);
            if (seat == null || !seat.evidenceOpen() || !repository.list(id).isEmpty()) {
                continue;
            }
            if (seat.councilGss().equals(ON_SITE_GSS)) {
                inReview(manager, seat);
            } else if (seat.councilGss().equals(DRAFTING_GSS)) {
                signedOff(manager, seat);
            }
        }
    }

    /** A draft from the board: the place, the text and the notes of a theme, or of a component's notes. */
    private record Source(String place, String text, List<Long> notes, @Nullable Long theme, boolean improvement) {}

    /** Several findings across kinds, three key recommendations, some agreed, one weakly supported. */
    private void inReview(CurrentUser manager, Seat seat) {
        List<Source> sources = sources(manager, seat, 8);
        if (sources.isEmpty()) {
            return;
        }
        CurrentUser peer = peerOnTeam(seat.challengeId());
        List<Finding> made = new ArrayList<>();
        List<Long> recommendations = new ArrayList<>();
        int n = 0;
        for (Source s : sources) {
            FindingKind kind = s.improvement()
                    ? FindingKind.CHALLENGE
                    : n % 4 == 3 ? FindingKind.NOTABLE_PRACTICE : FindingKind.STRENGTH;
            List<Long> notes = s.notes();
            if (n == sources.size() - 1 && sources.size() > 1) {
                notes = oneSession(seat.challengeId(), notes); // the weakly supported one
            }
            made.add(findings.create(
                    manager,
                    seat.challengeId(),
                    new Findings.Change(s.place(), kind.name(), clip(MARK + s.text()), notes, s.theme())));
            if (s.improvement() && recommendations.size() < 3) {
                Finding r = findings.create(
                        manager,
                        seat.challengeId(),
                        new Findings.Change(
                                s.place(),
                                FindingKind.RECOMMENDATION.name(),
                                clip(MARK + "Act on this: " + lowerFirst(s.text())),
                                notes,
                                s.theme()));
                recommendations.add(r.id());
                made.add(r);
            }
            n++;
        }
        for (long r : recommendations) {
            findings.key(manager, seat.challengeId(), r, Findings.KeyMove.ADD);
        }
        for (int i = 0; i < made.size(); i += 2) {
            findings.agree(
                    peer == null ? manager : peer,
                    seat.challengeId(),
                    made.get(i).id(),
                    true);
        }
    }

    /** A small set, every finding agreed, signed off by the lead peer and the manager. */
    private void signedOff(CurrentUser manager, Seat seat) {
        List<Source> sources = sources(manager, seat, 5);
        if (sources.isEmpty()) {
            return;
        }
        Long firstRecommendation = null;
        for (Source s : sources) {
            Finding f = findings.create(
                    manager,
                    seat.challengeId(),
                    new Findings.Change(
                            s.place(),
                            (s.improvement() ? FindingKind.CHALLENGE : FindingKind.STRENGTH).name(),
                            clip(MARK + s.text()),
                            s.notes(),
                            s.theme()));
            findings.agree(manager, seat.challengeId(), f.id(), true);
            if (s.improvement() && firstRecommendation == null) {
                Finding r = findings.create(
                        manager,
                        seat.challengeId(),
                        new Findings.Change(
                                s.place(),
                                FindingKind.RECOMMENDATION.name(),
                                clip(MARK + "Act on this: " + lowerFirst(s.text())),
                                s.notes(),
                                s.theme()));
                findings.agree(manager, seat.challengeId(), r.id(), true);
                findings.key(manager, seat.challengeId(), r.id(), Findings.KeyMove.ADD);
                firstRecommendation = r.id();
            }
        }
        CurrentUser lead = leadOnTeam(seat.challengeId());
        if (lead != null) {
            findings.signOff(lead, seat.challengeId());
        } else {
            // the demo's lead peers of this team have no sign-in: their signature is written as theirs
            ChallengeTeams.Member member = teams.team(seat.challengeId()).stream()
                    .filter(ChallengeTeams.Member::lead)
                    .findFirst()
                    .orElse(null);
            if (member == null) {
                return;
            }
            repository.signOff(seat.challengeId(), SeatRole.LEAD_PEER, 0, member.name());
        }
        findings.signOff(manager, seat.challengeId());
    }

    /** The challenge's themes, largest first, or else its notes grouped by component. */
    private List<Source> sources(CurrentUser manager, Seat seat, int most) {
        Map<Long, FindingNote> notes = repository.notes(seat.challengeId());
        List<Source> sources = new ArrayList<>();
        for (FindingRepository.ThemeSize t : repository.themesBySize(seat.challengeId())) {
            if (sources.size() == most) {
                break;
            }
            Findings.Draft d = findings.fromTheme(manager, seat.challengeId(), t.id());
            if (d.place() == null || d.text().isBlank() || d.noteIds().isEmpty()) {
                continue;
            }
            sources.add(new Source(
                    d.place(),
                    sentence(d.text(), d.noteIds(), notes),
                    d.noteIds(),
                    d.themeId(),
                    improvement(d.noteIds(), notes)));
        }
        if (!sources.isEmpty()) {
            return sources;
        }
        Map<String, List<FindingNote>> byComponent = new LinkedHashMap<>();
        for (FindingNote n : notes.values()) {
            if (!n.componentIds().isEmpty()) {
                byComponent
                        .computeIfAbsent(n.componentIds().getFirst(), k -> new ArrayList<>())
                        .add(n);
            }
        }
        byComponent.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<FindingNote>> e) ->
                        -e.getValue().size()))
                .limit(most)
                .forEach(e -> sources.add(new Source(
                        "component:" + e.getKey(),
                        e.getValue().getFirst().text(),
                        e.getValue().stream().map(FindingNote::id).limit(12).toList(),
                        null,
                        improvement(e.getValue().stream().map(FindingNote::id).toList(), notes))));
        return sources;
    }

    private static boolean improvement(List<Long> ids, Map<Long, FindingNote> notes) {
        long weak = ids.stream()
                .map(notes::get)
                .filter(Objects::nonNull)
                .filter(n -> n.kind() == NoteKind.AREA_FOR_IMPROVEMENT)
                .count();
        return weak * 2 > ids.size();
    }

    /** Of these notes, the ones from the first one's session (or just the first note). */
    private List<Long> oneSession(long challengeId, List<Long> ids) {
        Map<Long, FindingNote> notes = repository.notes(challengeId);
        FindingNote first = notes.get(ids.getFirst());
        if (first == null || first.sessionId() == null) {
            return List.of(ids.getFirst());
        }
        return ids.stream()
                .map(notes::get)
                .filter(Objects::nonNull)
                .filter(n -> first.sessionId().equals(n.sessionId()))
                .map(FindingNote::id)
                .toList();
    }

    private @Nullable CurrentUser peerOnTeam(long challengeId) {
        return signIn(challengeId, false);
    }

    private @Nullable CurrentUser leadOnTeam(long challengeId) {
        return signIn(challengeId, true);
    }

    /** A member of the team who has a sign-in (the lead, when asked), or null. */
    private @Nullable CurrentUser signIn(long challengeId, boolean lead) {
        for (ChallengeTeams.Member m : teams.team(challengeId)) {
            if ((lead && !m.lead()) || m.email().isBlank()) {
                continue;
            }
            try {
                CurrentUser u = user(m.email());
                if (teams.seat(u, challengeId)
                        .map(s -> !lead || s.role() == SeatRole.LEAD_PEER)
                        .orElse(false)) {
                    return u;
                }
            } catch (org.springframework.security.core.userdetails.UsernameNotFoundException none) {
                // a peer of the pool without a sign-in
            }
        }
        return null;
    }

    private static String clip(String text) {
        return text.length() <= Findings.MAX_TEXT
                ? text
                : text.substring(0, Findings.MAX_TEXT - 1).strip() + "…";
    }

    /**
     * The whole sentence a theme was named from (its representative note, whose first words the name
     * repeats), without the demo's mark; the theme's name where no note matches (a peer renamed it).
     */
    private static String sentence(String themeName, List<Long> noteIds, Map<Long, FindingNote> notes) {
        String start = themeName.replace("…", "").strip();
        for (long id : noteIds) {
            FindingNote n = notes.get(id);
            if (n != null && !start.isEmpty() && n.text().startsWith(start)) {
                return n.text().replace(" (demo)", "").strip();
            }
        }
        return themeName;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }
}

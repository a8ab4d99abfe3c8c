package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The on-site programme: sessions on the visit days; no team member in two sessions at once. */
@Service
class OnSiteProgramme {

    /** A session as entered. */
    public record NewSession(
            SessionKind kind,
            String title,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            @Nullable String place,
            @Nullable StakeholderGroup group,
            int peopleMet,
            List<Long> memberIds) {}

    private final Challenges challenges;
    private final ChallengeRepository repository;
    private final TeamRepository teams;
    private final ProgrammeRepository programmes;
    private final AuditTrail audit;

    OnSiteProgramme(
            Challenges challenges,
            ChallengeRepository repository,
            TeamRepository teams,
            ProgrammeRepository programmes,
            AuditTrail audit) {
        this.challenges = challenges;
        this.repository = repository;
        this.teams = teams;
        this.programmes = programmes;
        this.audit = audit;
    }

    /** A pasted row: its row number in the pasted table and the session it describes. */
    record NumberedSession(int row, NewSession session) {}

    /** Some pasted rows broke the rules: one message per row, each naming its row; nothing was saved. */
    static class RowsRefused extends ChallengeRefused {

        private final List<String> messages;

        RowsRefused(List<String> messages) {
            super("sessions", messages.getFirst());
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    @Transactional
    public long add(CurrentUser user, long challengeId, NewSession s) {
        Challenge c = lockForChange(user, challengeId);
        check(c, team(challengeId), programmes.sessions(challengeId), s);
        long id = insert(challengeId, s);
        repository.bump(challengeId);
        audit.record(
                user,
                AuditEntry.of(
                        "programme.session-added",
                        "challenge",
                        challengeId,
                        "Added the session “" + s.title().strip() + "” to " + c.reference()));
        return id;
    }

    /**
     * Adds several sessions at once, all or nothing: each row is checked against the programme and
     * the rows before it; if any row breaks a rule, nothing is saved and every such row is named.
     */
    @Transactional
    public List<Long> addAll(CurrentUser user, long challengeId, List<NumberedSession> rows) {
        Challenge c = lockForChange(user, challengeId);
        if (rows.isEmpty()) {
            throw new ChallengeRefused("sessions", "Paste at least one session, one to a line");
        }
        List<String> problems = problems(c, rows);
        if (!problems.isEmpty()) {
            throw new RowsRefused(problems);
        }
        List<Long> ids = new ArrayList<>();
        for (NumberedSession row : rows) {
            ids.add(insert(challengeId, row.session()));
        }
        repository.bump(challengeId);
        audit.record(
                user,
                AuditEntry.of(
                        "programme.sessions-added",
                        "challenge",
                        challengeId,
                        "Added " + rows.size() + (rows.size() == 1 ? " session" : " sessions") + " to " + c.reference()
                                + " from a pasted table"));
        return ids;
    }

    /**
     * What the rules say of these rows, without saving them: "Row n: …" for each row that breaks one,
     * checked against the programme and the rows before it.
     */
    public List<String> problems(CurrentUser user, long challengeId, List<NumberedSession> rows) {
        Challenge c = challenges.manageable(user, challengeId);
        if (!c.hasVisitDates()) {
            return List.of();
        }
        return problems(c, rows);
    }

    private List<String> problems(Challenge c, List<NumberedSession> rows) {
        Map<Long, TeamMember> team = team(c.id());
        List<ProgrammeSession> existing = new ArrayList<>(programmes.sessions(c.id()));
        List<String> problems = new ArrayList<>();
        for (NumberedSession row : rows) {
            NewSession s = row.session();
            try {
                check(c, team, existing, s);
                existing.add(new ProgrammeSession(
                        0,
                        s.kind(),
                        s.title().strip(),
                        s.day(),
                        s.startsAt(),
                        s.endsAt(),
                        s.place(),
                        s.group(),
                        s.peopleMet(),
                        s.memberIds()));
            } catch (ChallengeRefused refused) {
                problems.add("Row " + row.row() + ": " + refused.getMessage());
            }
        }
        return problems;
    }

    @Transactional
    public void update(CurrentUser user, long challengeId, long sessionId, NewSession s) {
        Challenge c = lockForChange(user, challengeId);
        session(challengeId, sessionId);
        List<ProgrammeSession> others = programmes.sessions(challengeId).stream()
                .filter(o -> o.id() != sessionId)
                .toList();
        check(c, team(challengeId), others, s);
        programmes.update(
                challengeId,
                sessionId,
                s.kind(),
                s.title().strip(),
                s.day(),
                s.startsAt(),
                s.endsAt(),
                blankToNull(s.place()),
                s.group(),
                s.peopleMet(),
                s.memberIds());
        repository.bump(challengeId);
        audit.record(
                user,
                AuditEntry.of(
                        "programme.session-changed",
                        "challenge",
                        challengeId,
                        "Changed the session “" + s.title().strip() + "” of " + c.reference()));
    }

    /** One session of a challenge the user may manage; not found if it is not that challenge's. */
    public ProgrammeSession manageableSession(CurrentUser user, long challengeId, long sessionId) {
        challenges.manageable(user, challengeId);
        return session(challengeId, sessionId);
    }

    private ProgrammeSession session(long challengeId, long sessionId) {
        return programmes.sessions(challengeId).stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This challenge has no session with the number " + sessionId));
    }

    private Challenge lockForChange(CurrentUser user, long challengeId) {
        challenges.get(user, challengeId);
        Challenge c = repository.lock(challengeId).orElseThrow();
        challenges.requireManage(user, c);
        Challenges.requireOpen(c);
        if (!c.hasVisitDates()) {
            throw new ChallengeRefused("day", "Set the on-site dates before building the programme");
        }
        return c;
    }

    private Map<Long, TeamMember> team(long challengeId) {
        return teams.team(challengeId).stream()
                .filter(m -> m.status().onTeam())
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
    }

    private static void check(Challenge c, Map<Long, TeamMember> team, List<ProgrammeSession> others, NewSession s) {
        if (s.day().isBefore(c.onSiteStart()) || s.day().isAfter(c.onSiteEnd())) {
            throw new ChallengeRefused(
                    "day",
                    "The session must be on one of the visit days, " + TeamRules.dates(c.onSiteStart(), c.onSiteEnd()));
        }
        if (!s.endsAt().isAfter(s.startsAt())) {
            throw new ChallengeRefused("endsAt", "The session must end after it starts");
        }
        if (s.title().isBlank() || s.title().length() > 300) {
            throw new ChallengeRefused("title", "Enter what the session is, in 300 characters or fewer");
        }
        if (s.peopleMet() < 0 || s.peopleMet() > 5000) {
            throw new ChallengeRefused("peopleMet", "The number of people met must be between 0 and 5,000");
        }
        if (s.memberIds().isEmpty()) {
            throw new ChallengeRefused("members", "Select the team members attending");
        }
        for (long member : s.memberIds()) {
            if (!team.containsKey(member)) {
                throw new ChallengeRefused("members", "Only members of this team can attend its sessions");
            }
        }
        for (ProgrammeSession other : others) {
            if (other.overlaps(s.day(), s.startsAt(), s.endsAt())) {
                for (long member : s.memberIds()) {
                    if (other.memberIds().contains(member)) {
                        throw new ChallengeRefused(
                                "members",
                                team.get(member).peerName() + " is already in “" + other.title() + "” from "
                                        + other.startsAt() + " to " + other.endsAt()
                                        + " that day; a peer cannot be in two sessions at once");
                    }
                }
            }
        }
    }

    private long insert(long challengeId, NewSession s) {
        return programmes.add(
                challengeId,
                s.kind(),
                s.title().strip(),
                s.day(),
                s.startsAt(),
                s.endsAt(),
                blankToNull(s.place()),
                s.group(),
                s.peopleMet(),
                s.memberIds());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Removes a session; true if it was there to remove. */
    @Transactional
    public boolean remove(CurrentUser user, long challengeId, long sessionId) {
        challenges.get(user, challengeId);
        Challenge c = repository.lock(challengeId).orElseThrow();
        challenges.requireManage(user, c);
        if (programmes.remove(challengeId, sessionId)) {
            repository.bump(challengeId);
            audit.record(
                    user,
                    AuditEntry.of(
                            "programme.session-removed",
                            "challenge",
                            challengeId,
                            "Removed a session from " + c.reference()));
            return true;
        }
        return false;
    }

    public List<ProgrammeSession> sessions(CurrentUser user, long challengeId) {
        challenges.get(user, challengeId);
        return programmes.sessions(challengeId);
    }
}

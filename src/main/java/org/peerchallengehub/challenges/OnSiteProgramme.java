package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
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

    @Transactional
    public long add(CurrentUser user, long challengeId, NewSession s) {
        challenges.get(user, challengeId);
        Challenge c = repository.lock(challengeId).orElseThrow();
        challenges.requireManage(user, c);
        Challenges.requireOpen(c);
        if (!c.hasVisitDates()) {
            throw new ChallengeRefused("day", "Set the on-site dates before building the programme");
        }
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
        Map<Long, TeamMember> team = teams.team(challengeId).stream()
                .filter(m -> m.status().onTeam())
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
        for (long member : s.memberIds()) {
            if (!team.containsKey(member)) {
                throw new ChallengeRefused("members", "Only members of this team can attend its sessions");
            }
        }
        for (ProgrammeSession other : programmes.sessions(challengeId)) {
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
        long id = programmes.add(
                challengeId,
                s.kind(),
                s.title().strip(),
                s.day(),
                s.startsAt(),
                s.endsAt(),
                s.place() == null || s.place().isBlank() ? null : s.place().strip(),
                s.group(),
                s.peopleMet(),
                s.memberIds());
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

    @Transactional
    public void remove(CurrentUser user, long challengeId, long sessionId) {
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
        }
    }

    public List<ProgrammeSession> sessions(CurrentUser user, long challengeId) {
        challenges.get(user, challengeId);
        return programmes.sessions(challengeId);
    }
}

package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The challenges module's published API for the modules that hold a team's confidential work
 * (evidence, findings, the draft report): who sits at a challenge's table, and the programme, focus
 * areas, documents and team their work refers to. A seat is held by the challenge's own manager and by
 * the members of its team (proposed or agreed, matched by e-mail address); nobody else, not the
 * programme team, the adviser or the council, has one (decision 0060).
 */
@Service
public class ChallengeTeams {

    /** How a person sits at the team's table. */
    public enum SeatRole {
        /** The challenge's manager (or the team's own peer challenge manager). */
        MANAGER,
        /** A lead member or lead officer peer: signs off the findings with the manager. */
        LEAD_PEER,
        /** Any other member of the team. */
        PEER
    }

    /**
     * A seat at a challenge's table.
     *
     * @param teamMemberId the person's place on the team; null for a manager who is not on it
     * @param evidenceOpen the challenge is preparing, on site, has given feedback or is drafting its
     *     report: evidence can be recorded and findings changed
     */
    public record Seat(
            long challengeId,
            String reference,
            String councilGss,
            String councilName,
            String frameworkId,
            String stateLabel,
            boolean evidenceOpen,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            SeatRole role,
            @Nullable Long teamMemberId) {

        public boolean manager() {
            return role == SeatRole.MANAGER;
        }
    }

    /** A session of the on-site programme, with its stakeholder group's code and label (null for none). */
    public record Session(
            long id,
            String title,
            String kindLabel,
            boolean meeting,
            LocalDate day,
            LocalTime startsAt,
            @Nullable String stakeholderGroup,
            @Nullable String stakeholderGroupLabel,
            List<Long> memberIds) {}

    /** One of the council's focus areas in scope. */
    public record Focus(long id, int position, String title) {}

    /** A document of the challenge (without its bytes). */
    public record Document(long id, String filename, String kindLabel) {}

    /**
     * A member of the team.
     *
     * @param jobTitle the peer's job as the pool records it (null when not recorded)
     * @param organisation the peer's organisation as the pool records it (null when not recorded)
     */
    public record Member(
            long teamMemberId,
            long peerId,
            String name,
            String email,
            String roleLabel,
            boolean lead,
            boolean manager,
            @Nullable String jobTitle,
            @Nullable String organisation) {}

    private final ChallengeRepository repository;
    private final ProgrammeRepository programmes;
    private final JdbcClient jdbc;

    ChallengeTeams(ChallengeRepository repository, ProgrammeRepository programmes, JdbcClient jdbc) {
        this.repository = repository;
        this.programmes = programmes;
        this.jdbc = jdbc;
    }

    /** The user's seat at the challenge's table, or empty (then the challenge's team work is not theirs). */
    public Optional<Seat> seat(CurrentUser user, long challengeId) {
        Optional<Challenge> found = repository.find(challengeId);
        if (found.isEmpty() || found.get().historic()) {
            return Optional.empty();
        }
        Challenge c = found.get();
        Member mine = team(challengeId).stream()
                .filter(m -> m.email().equalsIgnoreCase(user.email()))
                .findFirst()
                .orElse(null);
        boolean ownManager = Long.valueOf(user.id()).equals(c.managerUserId());
        SeatRole role;
        if (ownManager || (mine != null && mine.manager())) {
            role = SeatRole.MANAGER;
        } else if (mine != null) {
            role = mine.lead() ? SeatRole.LEAD_PEER : SeatRole.PEER;
        } else {
            return Optional.empty();
        }
        boolean open =
                switch (c.state()) {
                    case PREPARING, ON_SITE, FEEDBACK_GIVEN, REPORT_DRAFTING -> true;
                    default -> false;
                };
        return Optional.of(new Seat(
                c.id(),
                c.reference(),
                c.councilGss(),
                c.councilName(),
                c.frameworkId(),
                c.state().label(),
                open,
                c.onSiteStart(),
                c.onSiteEnd(),
                role,
                mine == null ? null : mine.teamMemberId()));
    }

    /** The sessions of the challenge's on-site programme, in time order. */
    public List<Session> sessions(long challengeId) {
        return programmes.sessions(challengeId).stream()
                .map(s -> new Session(
                        s.id(),
                        s.title(),
                        s.kind().label(),
                        s.kind().meeting(),
                        s.day(),
                        s.startsAt(),
                        s.stakeholderGroup() == null
                                ? null
                                : s.stakeholderGroup().name(),
                        s.stakeholderGroup() == null
                                ? null
                                : s.stakeholderGroup().label(),
                        s.memberIds()))
                .toList();
    }

    /** The council's focus areas in scope (removed ones left out). */
    public List<Focus> focusAreas(long challengeId) {
        return repository.focusAreas(challengeId).stream()
                .map(f -> new Focus(f.id(), f.position(), f.title()))
                .toList();
    }

    /** The challenge's documents, newest first. */
    public List<Document> documents(long challengeId) {
        return jdbc.sql(
                        """
                        select id, filename, kind from challenge_document where challenge_id = :id
                        order by uploaded_at desc, id desc
                        """)
                .param("id", challengeId)
                .query((rs, n) -> new Document(
                        rs.getLong(1),
                        rs.getString(2),
                        DocumentKind.valueOf(rs.getString(3)).label()))
                .list();
    }

    /** The proposed and agreed members of the team. */
    public List<Member> team(long challengeId) {
        return jdbc.sql(
                        """
                        select t.id, t.peer_id, p.full_name, coalesce(p.email, ''), t.team_role, p.job_title,
                               p.organisation
                        from team_member t join peers_peer_v p on p.id = t.peer_id
                        where t.challenge_id = :id and t.status in ('PROPOSED', 'AGREED')
                        order by t.id
                        """)
                .param("id", challengeId)
                .query((rs, n) -> {
                    TeamRole role = TeamRole.valueOf(rs.getString(5));
                    return new Member(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            role.label(),
                            role == TeamRole.LEAD_MEMBER_PEER || role == TeamRole.LEAD_OFFICER_PEER,
                            role == TeamRole.PEER_CHALLENGE_MANAGER,
                            rs.getString(6),
                            rs.getString(7));
                })
                .list();
    }
}

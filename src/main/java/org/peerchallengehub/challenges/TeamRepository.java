package org.peerchallengehub.challenges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.peers.PeerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TeamRepository {

    private static final String SELECT =
            """
            select t.*, p.full_name, p.kind as peer_kind,
                   nullif(concat_ws(', ', p.job_title, p.organisation), '') as role_org
            from team_member t join peers_peer_v p on p.id = t.peer_id
            """;

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamMember> team(long challengeId) {
        return jdbc.sql(SELECT + " where t.challenge_id = :id order by t.team_role, p.full_name")
                .param("id", challengeId)
                .query(TeamRepository::member)
                .list();
    }

    long propose(long challengeId, long peerId, TeamRole role, long byUser) {
        return jdbc.sql(
                        """
                        insert into team_member (challenge_id, peer_id, team_role, status, proposed_by)
                        values (:c, :p, :role, 'PROPOSED', :by) returning id
                        """)
                .param("c", challengeId)
                .param("p", peerId)
                .param("role", role.name())
                .param("by", byUser)
                .query(Long.class)
                .single();
    }

    /** Imported history: a member already agreed. */
    void addAgreed(long challengeId, long peerId, TeamRole role) {
        jdbc.sql(
                        """
                        insert into team_member (challenge_id, peer_id, team_role, status, decided_at)
                        values (:c, :p, :role, 'AGREED', now())
                        """)
                .param("c", challengeId)
                .param("p", peerId)
                .param("role", role.name())
                .update();
    }

    boolean decide(long challengeId, long memberId, MemberStatus status, @Nullable String reason, long byUser) {
        return decide(challengeId, memberId, status, reason, byUser, null);
    }

    /** {@code recordedBy}: the name of the manager who recorded an answer the council sent by e-mail. */
    boolean decide(
            long challengeId,
            long memberId,
            MemberStatus status,
            @Nullable String reason,
            long byUser,
            @Nullable String recordedBy) {
        return jdbc.sql(
                                """
                                update team_member set status = :status, decline_reason = :reason, decided_by = :by,
                                  decided_at = now(), received_by_email = :email, recorded_by_name = :recordedBy
                                where id = :id and challenge_id = :c and status = 'PROPOSED'
                                """)
                        .param("email", recordedBy != null)
                        .param("recordedBy", recordedBy)
                        .param("status", status.name())
                        .param("reason", reason)
                        .param("by", byUser)
                        .param("id", memberId)
                        .param("c", challengeId)
                        .update()
                == 1;
    }

    boolean withdraw(long challengeId, long memberId, long byUser) {
        return jdbc.sql(
                                """
                                update team_member set status = 'WITHDRAWN', decided_by = :by, decided_at = now()
                                where id = :id and challenge_id = :c and status in ('PROPOSED', 'AGREED')
                                """)
                        .param("by", byUser)
                        .param("id", memberId)
                        .param("c", challengeId)
                        .update()
                == 1;
    }

    /** Other challenges (not cancelled) whose visit overlaps the dates, that the peer is on. */
    List<String> overlappingBookings(long peerId, long exceptChallengeId, LocalDate start, LocalDate end) {
        return jdbc.sql(
                        """
                        select c.reference || ' (' || co.official_name || ', ' || to_char(c.on_site_start, 'FMDD Mon YYYY')
                               || ' to ' || to_char(c.on_site_end, 'FMDD Mon YYYY') || ')'
                        from team_member t join challenge c on c.id = t.challenge_id
                        join councils_council_v co on co.gss_code = c.council_gss
                        where t.peer_id = :peer and t.status in ('PROPOSED', 'AGREED') and c.id <> :except
                          and c.state <> 'CANCELLED' and c.on_site_start <= :end and c.on_site_end >= :start
                        """)
                .param("peer", peerId)
                .param("except", exceptChallengeId)
                .param("start", start)
                .param("end", end)
                .query(String.class)
                .list();
    }

    /** Serialises team changes for one peer across challenges (two managers booking the same peer). */
    void lockPeer(long peerId) {
        jdbc.sql("select id from peers_peer_v where id = :id for update")
                .param("id", peerId)
                .query(Long.class)
                .optional();
    }

    /** For ranking: per peer, what their agreed past service looks like. */
    record Service(
            long peerId,
            int challengesAtSameType,
            boolean servedThisCouncilBefore,
            int daysLast12Months,
            boolean bookedDuring) {}

    Map<Long, Service> service(
            String councilGss,
            String councilType,
            long challengeId,
            LocalDate since,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {
        Map<Long, Service> result = new HashMap<>();
        jdbc.sql(
                        """
                        select t.peer_id,
                          count(*) filter (where co.council_type = :type and c.id <> :challenge) as same_type,
                          bool_or(c.council_gss = :council and c.id <> :challenge) as this_council,
                          coalesce(sum(case when c.on_site_start >= :since and c.id <> :challenge
                                            then c.on_site_end - c.on_site_start + 1 else 0 end), 0) as days,
                          bool_or(c.id <> :challenge and cast(:start as date) is not null and c.on_site_start <= cast(:end as date)
                                  and c.on_site_end >= cast(:start as date)) as booked
                        from team_member t join challenge c on c.id = t.challenge_id
                        join councils_council_v co on co.gss_code = c.council_gss
                        where t.status in ('PROPOSED', 'AGREED') and c.state <> 'CANCELLED'
                        group by t.peer_id
                        """)
                .param("type", councilType)
                .param("challenge", challengeId)
                .param("council", councilGss)
                .param("since", since)
                .param("start", start)
                .param("end", end)
                .query(rs -> {
                    result.put(
                            rs.getLong(1),
                            new Service(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5)));
                });
        return result;
    }

    private static TeamMember member(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new TeamMember(
                rs.getLong("id"),
                rs.getLong("challenge_id"),
                rs.getLong("peer_id"),
                rs.getString("full_name"),
                PeerKind.valueOf(rs.getString("peer_kind")),
                rs.getString("role_org"),
                TeamRole.valueOf(rs.getString("team_role")),
                MemberStatus.valueOf(rs.getString("status")),
                rs.getString("decline_reason"),
                rs.getTimestamp("proposed_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getBoolean("received_by_email"),
                rs.getString("recorded_by_name"));
    }
}

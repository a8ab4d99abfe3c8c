package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgrammeSession> sessions(long challengeId) {
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql(
                        """
                        select sp.session_id, sp.team_member_id from session_peer sp
                        join programme_session s on s.id = sp.session_id where s.challenge_id = :id
                        """)
                .param("id", challengeId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return jdbc.sql(
                        """
                        select id, kind, title, day, starts_at, ends_at, place, stakeholder_group, people_met
                        from programme_session where challenge_id = :id order by day, starts_at, id
                        """)
                .param("id", challengeId)
                .query((rs, n) -> new ProgrammeSession(
                        rs.getLong("id"),
                        SessionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class),
                        rs.getString("place"),
                        rs.getString("stakeholder_group") == null
                                ? null
                                : StakeholderGroup.valueOf(rs.getString("stakeholder_group")),
                        rs.getInt("people_met"),
                        List.copyOf(members.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    long add(
            long challengeId,
            SessionKind kind,
            String title,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            @Nullable String place,
            @Nullable StakeholderGroup group,
            int peopleMet,
            List<Long> memberIds) {
        long id = jdbc.sql(
                        """
                        insert into programme_session (challenge_id, kind, title, day, starts_at, ends_at, place,
                                                       stakeholder_group, people_met)
                        values (:c, :kind, :title, :day, :start, :end, :place, :group, :people) returning id
                        """)
                .param("c", challengeId)
                .param("kind", kind.name())
                .param("title", title)
                .param("day", day)
                .param("start", start)
                .param("end", end)
                .param("place", place)
                .param("group", group == null ? null : group.name())
                .param("people", peopleMet)
                .query(Long.class)
                .single();
        attend(id, memberIds);
        return id;
    }

    void update(
            long challengeId,
            long sessionId,
            SessionKind kind,
            String title,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            @Nullable String place,
            @Nullable StakeholderGroup group,
            int peopleMet,
            List<Long> memberIds) {
        jdbc.sql(
                        """
                        update programme_session set kind = :kind, title = :title, day = :day, starts_at = :start,
                               ends_at = :end, place = :place, stakeholder_group = :group, people_met = :people
                        where id = :id and challenge_id = :c
                        """)
                .param("id", sessionId)
                .param("c", challengeId)
                .param("kind", kind.name())
                .param("title", title)
                .param("day", day)
                .param("start", start)
                .param("end", end)
                .param("place", place)
                .param("group", group == null ? null : group.name())
                .param("people", peopleMet)
                .update();
        jdbc.sql("delete from session_peer where session_id = :s")
                .param("s", sessionId)
                .update();
        attend(sessionId, memberIds);
    }

    /** The team members who attend the session: one statement, however many they are. */
    private void attend(long sessionId, List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into session_peer (session_id, team_member_id)
                        select :s, m from unnest(cast(:members as bigint[])) as m
                        """)
                .param("s", sessionId)
                .param("members", memberIds.toArray(Long[]::new))
                .update();
    }

    boolean remove(long challengeId, long sessionId) {
        return jdbc.sql("delete from programme_session where id = :id and challenge_id = :c")
                        .param("id", sessionId)
                        .param("c", challengeId)
                        .update()
                == 1;
    }

    int count(long challengeId) {
        return jdbc.sql("select count(*) from programme_session where challenge_id = :c")
                .param("c", challengeId)
                .query(Integer.class)
                .single();
    }
}

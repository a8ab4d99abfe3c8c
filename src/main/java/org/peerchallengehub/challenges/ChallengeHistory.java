package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.List;
import org.peerchallengehub.peers.PeerHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A peer's history of challenges, for the peer's page in the peers module. */
@Component
class ChallengeHistory implements PeerHistory {

    private final JdbcClient jdbc;

    ChallengeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Entry> historyOf(long peerId) {
        return jdbc.sql(
                        """
                        select c.id, c.reference, co.official_name, c.challenge_type, c.on_site_start, c.on_site_end,
                               t.team_role, t.status
                        from team_member t join challenge c on c.id = t.challenge_id
                        join councils_council_v co on co.gss_code = c.council_gss
                        where t.peer_id = :peer order by c.on_site_start desc nulls first
                        """)
                .param("peer", peerId)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ChallengeType.valueOf(rs.getString(4)).label(),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        TeamRole.valueOf(rs.getString(7)).label(),
                        MemberStatus.valueOf(rs.getString(8)).label()))
                .list();
    }
}

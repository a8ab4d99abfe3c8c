package org.peerchallengehub.actions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For early warning (issue 18): the repeats of earlier recommendations a manager has confirmed, per
 * council — "the same recommendation made twice". Package-private until the risk module reads it (a
 * public type must have a user outside its module, ArchitectureTest); it is then made public as is.
 */
@Service
class RepeatedRecommendations {

    /** A confirmed repeat: the new challenge's text and the earlier one it repeats. */
    record Confirmed(
            long challengeId,
            String newText,
            String earlierText,
            String earlierCouncilGss,
            @Nullable Integer earlierYear,
            LocalDate confirmedOn) {}

    private final JdbcClient jdbc;

    RepeatedRecommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many repeats have been confirmed on the council's challenges. */
    @Transactional(readOnly = true)
    int confirmedCount(String councilGss) {
        return jdbc.sql("select count(*) from recurrence_flag where council_gss = :gss and state = 'CONFIRMED'")
                .param("gss", councilGss)
                .query(Integer.class)
                .single();
    }

    /** The council's confirmed repeats, latest first. */
    @Transactional(readOnly = true)
    List<Confirmed> confirmed(String councilGss) {
        return jdbc.sql(
                        """
                        select challenge_id, new_text, earlier_text, earlier_council_gss, earlier_year,
                          (decided_at at time zone 'UTC')::date
                        from recurrence_flag where council_gss = :gss and state = 'CONFIRMED'
                        order by decided_at desc, id desc
                        """)
                .param("gss", councilGss)
                .query((rs, n) -> new Confirmed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Integer.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}

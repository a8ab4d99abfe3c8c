package org.peerchallengehub.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Likely repeats (recurrence_flag). */
@Repository
class FlagRepository {

    enum State {
        PROPOSED("To confirm"),
        CONFIRMED("Confirmed repeat"),
        DISMISSED("Dismissed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Flag(
            long id,
            long challengeId,
            String newRef,
            String newText,
            String earlierRef,
            String earlierText,
            String earlierCouncilGss,
            @Nullable Integer earlierYear,
            @Nullable String earlierHref,
            double similarity,
            State state,
            @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt) {
        public long percent() {
            return Math.round(similarity * 100);
        }

        public String stateLabel() {
            return state.label();
        }

        public boolean proposed() {
            return state == State.PROPOSED;
        }
    }

    private final JdbcClient jdbc;

    FlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a likely repeat once; a pair already flagged (whatever its state) is left as it is. */
    boolean propose(long challengeId, String councilGss, Recurrence.Candidate c) {
        return jdbc.sql(
                                """
                        insert into recurrence_flag (challenge_id, council_gss, new_ref, new_text, earlier_ref, earlier_text,
                          earlier_council_gss, earlier_year, earlier_href, similarity)
                        values (:challenge, :council, :newRef, :newText, :earlierRef, :earlierText, :earlierCouncil,
                          :earlierYear, :href, :similarity)
                        on conflict (challenge_id, new_ref, earlier_ref) do nothing
                        """)
                        .param("challenge", challengeId)
                        .param("council", councilGss)
                        .param("newRef", c.newRef())
                        .param("newText", c.newText())
                        .param("earlierRef", c.earlier().ref())
                        .param("earlierText", c.earlier().text())
                        .param("earlierCouncil", c.earlier().councilGss())
                        .param("earlierYear", c.earlier().year())
                        .param("href", c.earlier().href())
                        .param("similarity", c.similarity())
                        .update()
                == 1;
    }

    List<Flag> of(long challengeId) {
        return jdbc.sql(SELECT + " where challenge_id = :c order by state = 'PROPOSED' desc, similarity desc, id")
                .param("c", challengeId)
                .query(FlagRepository::flag)
                .list();
    }

    Optional<Flag> find(long challengeId, long flagId) {
        return jdbc.sql(SELECT + " where challenge_id = :c and id = :id for update")
                .param("c", challengeId)
                .param("id", flagId)
                .query(FlagRepository::flag)
                .optional();
    }

    void decide(long flagId, State state, String by) {
        jdbc.sql("update recurrence_flag set state = :state, decided_by = :by, decided_at = now() where id = :id")
                .param("state", state.name())
                .param("by", by)
                .param("id", flagId)
                .update();
    }

    private static final String SELECT =
            """
            select id, challenge_id, new_ref, new_text, earlier_ref, earlier_text, earlier_council_gss, earlier_year,
              earlier_href, similarity, state, decided_by, decided_at from recurrence_flag
            """;

    private static Flag flag(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Flag(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Integer.class),
                rs.getString(9),
                rs.getDouble(10),
                State.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }
}

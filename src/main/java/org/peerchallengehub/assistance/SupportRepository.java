package org.peerchallengehub.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The support record's tables; names come from the identity and councils modules' published views. */
@Repository
class SupportRepository {

    private static final String ASSIGNMENT =
            """
            select a.id, a.council_gss, a.adviser_user_id, adviser.display_name as adviser_name, a.assigned_at,
                   assigner.display_name as assigned_by_name, a.ended_at
            from assistance_assignment a
            join identity_user_name_v adviser on adviser.id = a.adviser_user_id
            left join identity_user_name_v assigner on assigner.id = a.assigned_by_user_id
            """;

    private static final String OFFER =
            """
            select id, council_gss, kind, other_kind, details, state, offered_on, agreed_on, declined_on, started_on,
                   completed_on, outcome, recorded_by_name
            from assistance_offer
            """;

    private final JdbcClient jdbc;

    SupportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- assignments

    Optional<Assignment> currentAssignment(String gss) {
        return jdbc.sql(ASSIGNMENT + " where a.council_gss = :gss and a.ended_at is null")
                .param("gss", gss)
                .query(SupportRepository::assignment)
                .optional();
    }

    List<Assignment> assignments(String gss) {
        return jdbc.sql(ASSIGNMENT + " where a.council_gss = :gss order by a.assigned_at desc, a.id desc")
                .param("gss", gss)
                .query(SupportRepository::assignment)
                .list();
    }

    /** Ends the council's current assignment (if any) and assigns the adviser; locks the council's row first. */
    void assign(String gss, long adviserUserId, long byUserId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assistance_assignment:' || :gss))")
                .param("gss", gss)
                .query()
                .singleRow();
        jdbc.sql(
                        """
                        update assistance_assignment set ended_at = now(), ended_by_user_id = :by
                        where council_gss = :gss and ended_at is null
                        """)
                .param("gss", gss)
                .param("by", byUserId)
                .update();
        jdbc.sql(
                        """
                        insert into assistance_assignment (council_gss, adviser_user_id, assigned_by_user_id)
                        values (:gss, :adviser, :by)
                        """)
                .param("gss", gss)
                .param("adviser", adviserUserId)
                .param("by", byUserId)
                .update();
    }

    /** Enabled principal advisers, by name. */
    List<SelectOption> advisers() {
        return jdbc.sql(
                        """
                        select id, display_name from identity_user_name_v
                        where role = 'PRINCIPAL_ADVISER' and enabled order by display_name, id
                        """)
                .query((rs, n) -> new SelectOption(String.valueOf(rs.getLong("id")), rs.getString("display_name")))
                .list();
    }

    Optional<String> enabledAdviserName(long userId) {
        return jdbc.sql(
                        """
                        select display_name from identity_user_name_v
                        where id = :id and role = 'PRINCIPAL_ADVISER' and enabled
                        """)
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** The councils assigned now to the adviser, or to anyone when {@code adviserUserId} is null. */
    List<MyCouncil> assignedCouncils(@Nullable Long adviserUserId) {
        return jdbc.sql(
                        """
                        select a.council_gss, c.official_name, adviser.display_name as adviser_name,
                               (select max(held_on) from assistance_conversation v where v.council_gss = a.council_gss)
                                   as last_contact,
                               (select count(*) from assistance_offer o
                                where o.council_gss = a.council_gss and o.state in ('OFFERED', 'AGREED', 'UNDER_WAY'))
                                   as open_offers,
                               (select case when o.kind = 'OTHER' then o.other_kind else o.kind end
                                from assistance_offer o
                                where o.council_gss = a.council_gss and o.state in ('OFFERED', 'AGREED', 'UNDER_WAY')
                                order by o.offered_on desc, o.id desc limit 1) as latest_open_offer
                        from assistance_assignment a
                        join councils_council_v c on c.gss_code = a.council_gss
                        join identity_user_name_v adviser on adviser.id = a.adviser_user_id
                        where a.ended_at is null and (cast(:adviser as bigint) is null or a.adviser_user_id = :adviser)
                        order by c.official_name
                        """)
                .param("adviser", adviserUserId)
                .query((rs, n) -> {
                    String latest = rs.getString("latest_open_offer");
                    return new MyCouncil(
                            rs.getString("council_gss"),
                            rs.getString("official_name"),
                            rs.getString("adviser_name"),
                            rs.getObject("last_contact", LocalDate.class),
                            rs.getInt("open_offers"),
                            latest == null ? null : kindLabel(latest));
                })
                .list();
    }

    private static String kindLabel(String stored) {
        for (SupportKind k : SupportKind.values()) {
            if (k.name().equals(stored)) {
                return k.label();
            }
        }
        return stored;
    }

    // --- conversations

    long insertConversation(
            String gss,
            LocalDate heldOn,
            String posts,
            String summary,
            @Nullable String nextStep,
            long byUserId,
            String byName) {
        return jdbc.sql(
                        """
                        insert into assistance_conversation (council_gss, held_on, council_posts, summary, next_step,
                                                             recorded_by_user_id, recorded_by_name)
                        values (:gss, :heldOn, :posts, :summary, :nextStep, :by, :byName) returning id
                        """)
                .param("gss", gss)
                .param("heldOn", heldOn)
                .param("posts", posts)
                .param("summary", summary)
                .param("nextStep", nextStep)
                .param("by", byUserId)
                .param("byName", byName)
                .query(Long.class)
                .single();
    }

    List<Conversation> conversations(String gss) {
        return jdbc.sql(
                        """
                        select id, council_gss, held_on, council_posts, summary, next_step, recorded_by_name, recorded_at
                        from assistance_conversation where council_gss = :gss order by held_on desc, id desc
                        """)
                .param("gss", gss)
                .query((rs, n) -> new Conversation(
                        rs.getLong("id"),
                        rs.getString("council_gss"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("council_posts"),
                        rs.getString("summary"),
                        rs.getString("next_step"),
                        rs.getString("recorded_by_name"),
                        instant(rs, "recorded_at")))
                .list();
    }

    // --- offers

    long insertOffer(
            String gss,
            SupportKind kind,
            @Nullable String otherKind,
            @Nullable String details,
            LocalDate offeredOn,
            long byUserId,
            String byName) {
        return jdbc.sql(
                        """
                        insert into assistance_offer (council_gss, kind, other_kind, details, state, offered_on,
                                                      recorded_by_user_id, recorded_by_name)
                        values (:gss, :kind, :otherKind, :details, 'OFFERED', :offeredOn, :by, :byName) returning id
                        """)
                .param("gss", gss)
                .param("kind", kind.name())
                .param("otherKind", otherKind)
                .param("details", details)
                .param("offeredOn", offeredOn)
                .param("by", byUserId)
                .param("byName", byName)
                .query(Long.class)
                .single();
    }

    List<Offer> offers(String gss) {
        return jdbc.sql(OFFER + " where council_gss = :gss order by offered_on desc, id desc")
                .param("gss", gss)
                .query(SupportRepository::offer)
                .list();
    }

    Optional<Offer> offer(String gss, long id) {
        return jdbc.sql(OFFER + " where council_gss = :gss and id = :id")
                .param("gss", gss)
                .param("id", id)
                .query(SupportRepository::offer)
                .optional();
    }

    /** The offer, its row locked until the transaction ends (two people moving it at once go one after the other). */
    Optional<Offer> offerForUpdate(String gss, long id) {
        return jdbc.sql(OFFER + " where council_gss = :gss and id = :id for update")
                .param("gss", gss)
                .param("id", id)
                .query(SupportRepository::offer)
                .optional();
    }

    void updateOffer(Offer o) {
        jdbc.sql(
                        """
                        update assistance_offer set state = :state, agreed_on = :agreed, declined_on = :declined,
                               started_on = :started, completed_on = :completed, outcome = :outcome, updated_at = now()
                        where id = :id
                        """)
                .param("state", o.state().name())
                .param("agreed", o.agreedOn())
                .param("declined", o.declinedOn())
                .param("started", o.startedOn())
                .param("completed", o.completedOn())
                .param("outcome", o.outcome())
                .param("id", o.id())
                .update();
    }

    // --- summaries

    List<Summary> summaries(String gss) {
        return jdbc.sql(
                        """
                        select id, council_gss, text, written_by_name, written_at, shared_at, shared_by_name, withdrawn_at
                        from assistance_summary where council_gss = :gss order by written_at desc, id desc
                        """)
                .param("gss", gss)
                .query(SupportRepository::summary)
                .list();
    }

    Optional<Summary> sharedSummary(String gss) {
        return summaries(gss).stream().filter(Summary::sharedNow).findFirst();
    }

    long insertSummary(String gss, String text, long byUserId, String byName) {
        return jdbc.sql(
                        """
                        insert into assistance_summary (council_gss, text, written_by_user_id, written_by_name)
                        values (:gss, :text, :by, :byName) returning id
                        """)
                .param("gss", gss)
                .param("text", text)
                .param("by", byUserId)
                .param("byName", byName)
                .query(Long.class)
                .single();
    }

    /** Shares the summary, withdrawing the one shared before; false when it is not this council's draft. */
    boolean share(String gss, long id, String byName) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assistance_summary:' || :gss))")
                .param("gss", gss)
                .query()
                .singleRow();
        int drafts = jdbc.sql(
                        """
                        select count(*) from assistance_summary
                        where id = :id and council_gss = :gss and shared_at is null and withdrawn_at is null
                        """)
                .param("id", id)
                .param("gss", gss)
                .query(Integer.class)
                .single();
        if (drafts == 0) {
            return false;
        }
        withdraw(gss);
        jdbc.sql("update assistance_summary set shared_at = now(), shared_by_name = :by where id = :id")
                .param("id", id)
                .param("by", byName)
                .update();
        return true;
    }

    /** Stops sharing the council's shared summary; the number withdrawn (0 or 1). */
    int withdraw(String gss) {
        return jdbc.sql(
                        """
                        update assistance_summary set withdrawn_at = now()
                        where council_gss = :gss and shared_at is not null and withdrawn_at is null
                        """)
                .param("gss", gss)
                .update();
    }

    // --- mapping

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Assignment(
                rs.getLong("id"),
                rs.getString("council_gss"),
                rs.getLong("adviser_user_id"),
                rs.getString("adviser_name"),
                instant(rs, "assigned_at"),
                rs.getString("assigned_by_name"),
                ended == null ? null : ended.toInstant());
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(
                rs.getLong("id"),
                rs.getString("council_gss"),
                SupportKind.valueOf(rs.getString("kind")),
                rs.getString("other_kind"),
                rs.getString("details"),
                SupportState.valueOf(rs.getString("state")),
                rs.getObject("offered_on", LocalDate.class),
                rs.getObject("agreed_on", LocalDate.class),
                rs.getObject("declined_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class),
                rs.getString("outcome"),
                rs.getString("recorded_by_name"));
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        Timestamp shared = rs.getTimestamp("shared_at");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Summary(
                rs.getLong("id"),
                rs.getString("council_gss"),
                rs.getString("text"),
                rs.getString("written_by_name"),
                instant(rs, "written_at"),
                shared == null ? null : shared.toInstant(),
                rs.getString("shared_by_name"),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}

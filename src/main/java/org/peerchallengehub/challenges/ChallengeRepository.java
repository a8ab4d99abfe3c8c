package org.peerchallengehub.challenges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Challenges and their scope, transitions and documents. Council names are read from the councils
 * module's published view {@code councils_council_v}, manager and adviser names from the identity
 * module's {@code identity_user_name_v} (decision 0020): never their tables.
 */
@Repository
class ChallengeRepository {

    static final String SELECT =
            """
            select c.*, co.official_name as council_name, m.display_name as manager_name, a.display_name as adviser_name
            from challenge c
            join councils_council_v co on co.gss_code = c.council_gss
            left join identity_user_name_v m on m.id = c.manager_user_id
            left join identity_user_name_v a on a.id = c.adviser_user_id
            """;

    private final JdbcClient jdbc;

    ChallengeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewChallenge(
            String councilGss,
            ChallengeType type,
            @Nullable Long reviewsChallengeId,
            String frameworkId,
            String rulesId,
            ChallengeState state,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            @Nullable PoliticalControl politicalControl,
            @Nullable Long managerUserId,
            @Nullable Long adviserUserId,
            LocalDate enquiryOn,
            @Nullable LocalDate bookedOn,
            boolean historic,
            @Nullable String notes) {}

    long insert(NewChallenge n) {
        String prefix =
                switch (n.type()) {
                    case CORPORATE -> "CPC";
                    case FINANCE -> "FPC";
                    case GOVERNANCE -> "GPC";
                    case PROGRESS_REVIEW -> "PRV";
                    case OTHER -> "PC";
                };
        int year = (n.onSiteStart() != null ? n.onSiteStart() : n.enquiryOn()).getYear();
        return jdbc.sql(
                        """
                        insert into challenge (reference, council_gss, challenge_type, reviews_challenge_id, framework_id,
                          rules_id, state, on_site_start, on_site_end, political_control, manager_user_id,
                          adviser_user_id, enquiry_on, booked_on, historic, notes)
                        values (:prefix || '-' || :year || '-' || lpad(nextval('challenge_reference_seq')::text, 5, '0'),
                          :council, :type, :reviews, :framework, :rules, :state, :start, :end, :control, :manager,
                          :adviser, :enquiry, :booked, :historic, :notes)
                        returning id
                        """)
                .param("prefix", prefix)
                .param("year", year)
                .param("council", n.councilGss())
                .param("type", n.type().name())
                .param("reviews", n.reviewsChallengeId())
                .param("framework", n.frameworkId())
                .param("rules", n.rulesId())
                .param("state", n.state().name())
                .param("start", n.onSiteStart())
                .param("end", n.onSiteEnd())
                .param(
                        "control",
                        n.politicalControl() == null
                                ? null
                                : n.politicalControl().name())
                .param("manager", n.managerUserId())
                .param("adviser", n.adviserUserId())
                .param("enquiry", n.enquiryOn())
                .param("booked", n.bookedOn())
                .param("historic", n.historic())
                .param("notes", n.notes())
                .query(Long.class)
                .single();
    }

    Optional<Challenge> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(ChallengeRepository::challenge)
                .optional();
    }

    /** Locks the challenge row for the rest of the transaction (serialises team and programme changes). */
    Optional<Challenge> lock(long id) {
        return jdbc.sql(SELECT + " where c.id = :id for update of c")
                .param("id", id)
                .query(ChallengeRepository::challenge)
                .optional();
    }

    /** The details a manager edits; refused (false) when the row is no longer at {@code version}. */
    boolean updateDetails(
            long id,
            int version,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable PoliticalControl control,
            @Nullable Long manager,
            @Nullable Long adviser,
            @Nullable String notes) {
        return jdbc.sql(
                                """
                                update challenge set on_site_start = :start, on_site_end = :end, political_control = :control,
                                  manager_user_id = :manager, adviser_user_id = :adviser, notes = :notes,
                                  version = version + 1, updated_at = now()
                                where id = :id and version = :version
                                """)
                        .param("start", start)
                        .param("end", end)
                        .param("control", control == null ? null : control.name())
                        .param("manager", manager)
                        .param("adviser", adviser)
                        .param("notes", notes)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void bump(long id) {
        jdbc.sql("update challenge set version = version + 1, updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    void moveTo(long id, ChallengeState to, @Nullable LocalDate date, @Nullable String url, LocalDate today) {
        String extra =
                switch (to) {
                    case BOOKED -> ", booked_on = coalesce(booked_on, :today)";
                    case PUBLISHED -> ", report_published_on = :date, report_url = coalesce(:url, report_url)";
                    case ACTION_PLAN -> ", action_plan_published_on = :date";
                    case PROGRESS_REVIEW -> ", progress_review_on = :date";
                    default -> "";
                };
        jdbc.sql("update challenge set state = :state, version = version + 1, updated_at = now()" + extra
                        + " where id = :id")
                .param("state", to.name())
                .param("date", date)
                .param("url", url)
                .param("today", today)
                .param("id", id)
                .update();
    }

    void recordTransition(
            long id,
            @Nullable ChallengeState from,
            ChallengeState to,
            @Nullable CurrentUser by,
            @Nullable String note) {
        jdbc.sql(
                        """
                        insert into challenge_transition (challenge_id, from_state, to_state, by_user_id, by_name, note)
                        values (:id, :from, :to, :by, :name, :note)
                        """)
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("by", by == null ? null : by.id())
                .param("name", by == null ? null : by.displayName())
                .param("note", note)
                .update();
    }

    List<Transition> transitions(long id) {
        return jdbc.sql(
                        "select from_state, to_state, at, by_name, note from challenge_transition where challenge_id = :id order by at, id")
                .param("id", id)
                .query((rs, n) -> new Transition(
                        rs.getString("from_state") == null ? null : ChallengeState.valueOf(rs.getString("from_state")),
                        ChallengeState.valueOf(rs.getString("to_state")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by_name"),
                        rs.getString("note")))
                .list();
    }

    record ListFilter(
            @Nullable ChallengeState state,
            @Nullable Integer year,
            @Nullable String councilGss,
            @Nullable ChallengeType type) {}

    List<Challenge> list(ChallengeAccess.Condition access, ListFilter filter, @Nullable PageRequest page) {
        Map<String, Object> params = new HashMap<>(access.params());
        String sql = SELECT + " where " + access.sql() + where(filter, params)
                + " order by c.on_site_start desc nulls first, c.id desc";
        if (page != null) {
            sql += " limit :limit offset :offset";
            params.put("limit", page.size());
            params.put("offset", page.offset());
        }
        return jdbc.sql(sql)
                .params(params)
                .query(ChallengeRepository::challenge)
                .list();
    }

    long count(ChallengeAccess.Condition access, ListFilter filter) {
        Map<String, Object> params = new HashMap<>(access.params());
        return jdbc.sql("select count(*) from challenge c where " + access.sql() + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(ListFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.state() != null) {
            conditions.add("c.state = :state");
            params.put("state", f.state().name());
        }
        if (f.year() != null) {
            conditions.add("extract(year from coalesce(c.on_site_start, c.enquiry_on)) = :year");
            params.put("year", f.year());
        }
        if (f.councilGss() != null) {
            conditions.add("c.council_gss = :council");
            params.put("council", f.councilGss());
        }
        if (f.type() != null) {
            conditions.add("c.challenge_type = :type");
            params.put("type", f.type().name());
        }
        return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
    }

    /** The council's challenges, newest first (for council pages and continuity). */
    List<Challenge> forCouncil(String gss) {
        return forCouncil(gss, new ChallengeAccess.Condition("true", Map.of()));
    }

    /** A council's challenges that the access condition lets through, in one query. */
    List<Challenge> forCouncil(String gss, ChallengeAccess.Condition visible) {
        return jdbc.sql(SELECT + " where c.council_gss = :gss and " + visible.sql()
                        + " order by c.on_site_start desc nulls first, c.id desc")
                .params(visible.params())
                .param("gss", gss)
                .query(ChallengeRepository::challenge)
                .list();
    }

    // --- scope

    List<FocusArea> focusAreas(long challengeId) {
        return jdbc.sql(
                        """
                        select id, position, title, questions, added_after_freeze from focus_area
                        where challenge_id = :id and not removed order by position, id
                        """)
                .param("id", challengeId)
                .query((rs, n) -> new FocusArea(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        Arrays.asList((String[]) rs.getArray("questions").getArray()),
                        rs.getBoolean("added_after_freeze")))
                .list();
    }

    long addFocusArea(long challengeId, String title, List<String> questions, boolean afterFreeze) {
        return jdbc.sql(
                        """
                        insert into focus_area (challenge_id, position, title, questions, added_after_freeze)
                        values (:id, (select coalesce(max(position), 0) + 1 from focus_area where challenge_id = :id),
                                :title, :questions, :after)
                        returning id
                        """)
                .param("id", challengeId)
                .param("title", title)
                .param("questions", questions.toArray(String[]::new))
                .param("after", afterFreeze)
                .query(Long.class)
                .single();
    }

    Optional<FocusArea> removeFocusArea(long challengeId, long focusAreaId) {
        Optional<FocusArea> area = focusAreas(challengeId).stream()
                .filter(f -> f.id() == focusAreaId)
                .findFirst();
        area.ifPresent(a -> jdbc.sql("update focus_area set removed = true where id = :id and challenge_id = :c")
                .param("id", focusAreaId)
                .param("c", challengeId)
                .update());
        return area;
    }

    void setScopeAgreed(long challengeId, boolean agreed) {
        jdbc.sql(
                        "update challenge set scope_agreed_at = case when :agreed then now() end, version = version + 1 where id = :id")
                .param("agreed", agreed)
                .param("id", challengeId)
                .update();
    }

    void addAmendment(long challengeId, CurrentUser by, String description) {
        jdbc.sql(
                        "insert into scope_amendment (challenge_id, by_user_id, by_name, description) values (:id, :by, :name, :d)")
                .param("id", challengeId)
                .param("by", by.id())
                .param("name", by.displayName())
                .param("d", description)
                .update();
    }

    List<ScopeAmendment> amendments(long challengeId) {
        return jdbc.sql(
                        "select id, at, by_name, description from scope_amendment where challenge_id = :id order by at, id")
                .param("id", challengeId)
                .query((rs, n) -> new ScopeAmendment(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by_name"),
                        rs.getString("description")))
                .list();
    }

    // --- documents

    long addDocument(
            long challengeId,
            DocumentKind kind,
            String filename,
            String contentType,
            byte[] content,
            String sha256,
            CurrentUser by) {
        return jdbc.sql(
                        """
                        insert into challenge_document (challenge_id, kind, filename, content_type, size_bytes, sha256,
                                                        content, uploaded_by, uploaded_name)
                        values (:id, :kind, :filename, :type, :size, :sha, :content, :by, :name)
                        returning id
                        """)
                .param("id", challengeId)
                .param("kind", kind.name())
                .param("filename", filename)
                .param("type", contentType)
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("by", by.id())
                .param("name", by.displayName())
                .query(Long.class)
                .single();
    }

    List<DocumentInfo> documents(long challengeId) {
        return jdbc.sql(
                        """
                        select id, kind, filename, content_type, size_bytes, sha256, uploaded_name, uploaded_at
                        from challenge_document where challenge_id = :id order by uploaded_at desc, id desc
                        """)
                .param("id", challengeId)
                .query(ChallengeRepository::document)
                .list();
    }

    Optional<DocumentInfo> document(long challengeId, long documentId) {
        return jdbc.sql(
                        """
                        select id, kind, filename, content_type, size_bytes, sha256, uploaded_name, uploaded_at
                        from challenge_document where challenge_id = :c and id = :id
                        """)
                .param("c", challengeId)
                .param("id", documentId)
                .query(ChallengeRepository::document)
                .optional();
    }

    byte[] documentContent(long documentId) {
        return jdbc.sql("select content from challenge_document where id = :id")
                .param("id", documentId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static DocumentInfo document(ResultSet rs, int n) throws SQLException {
        return new DocumentInfo(
                rs.getLong("id"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_name"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    static Challenge challenge(ResultSet rs, int n) throws SQLException {
        String control = rs.getString("political_control");
        Timestamp scopeAgreed = rs.getTimestamp("scope_agreed_at");
        return new Challenge(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("council_gss"),
                rs.getString("council_name"),
                ChallengeType.valueOf(rs.getString("challenge_type")),
                (Long) rs.getObject("reviews_challenge_id"),
                rs.getString("framework_id"),
                rs.getString("rules_id"),
                ChallengeState.valueOf(rs.getString("state")),
                rs.getObject("on_site_start", LocalDate.class),
                rs.getObject("on_site_end", LocalDate.class),
                control == null ? null : PoliticalControl.valueOf(control),
                (Long) rs.getObject("manager_user_id"),
                rs.getString("manager_name"),
                (Long) rs.getObject("adviser_user_id"),
                rs.getString("adviser_name"),
                rs.getObject("enquiry_on", LocalDate.class),
                rs.getObject("booked_on", LocalDate.class),
                scopeAgreed != null,
                rs.getObject("report_published_on", LocalDate.class),
                rs.getString("report_url"),
                rs.getObject("action_plan_published_on", LocalDate.class),
                rs.getObject("progress_review_on", LocalDate.class),
                rs.getBoolean("historic"),
                rs.getString("notes"),
                rs.getInt("version"));
    }

    static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    /** Enabled accounts with a role (managers, advisers), by name, from identity's published view. */
    List<SelectOption> staff(Role role) {
        return jdbc.sql(
                        "select id, display_name from identity_user_name_v where role = :role and enabled order by display_name")
                .param("role", role.name())
                .query((rs, n) -> new SelectOption(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** Per council, the last on-site day of its latest corporate peer challenge that had ended by the date (not cancelled). */
    Map<String, LocalDate> lastCorporateOnSite(LocalDate asOf) {
        Map<String, LocalDate> last = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select council_gss, max(on_site_end) as last_on_site from challenge
                        where challenge_type = 'CORPORATE' and state <> 'CANCELLED' and on_site_end <= :asOf
                        group by council_gss
                        """)
                .param("asOf", asOf)
                .query(rs -> {
                    last.put(rs.getString("council_gss"), rs.getObject("last_on_site", LocalDate.class));
                });
        return last;
    }
}

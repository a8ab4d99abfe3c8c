package org.peerchallengehub.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting module's tables: feedback_report, its versions, comments and publications. */
@Repository
class ReportRepository {

    /** A version as listed: its number, reason, author and time (the document is read separately). */
    record VersionInfo(int number, @Nullable String reason, String createdBy, OffsetDateTime createdAt) {}

    /** A comment as stored. */
    record Comment(
            long id,
            String sectionKey,
            CommentKind kind,
            String text,
            @Nullable String proposedWording,
            int versionNumber,
            long authorUserId,
            String authorName,
            @Nullable String authorCouncilGss,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime resolvedAt,
            @Nullable String resolvedBy,
            @Nullable String decision,
            @Nullable String decisionReason,
            @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt) {

        public boolean resolved() {
            return resolvedAt != null;
        }

        public boolean accepted() {
            return "ACCEPTED".equals(decision);
        }

        public boolean decided() {
            return decision != null;
        }
    }

    /** A publication (edition) as stored, without its document. */
    record Publication(
            long id,
            int edition,
            int versionNumber,
            String slug,
            LocalDate publishedOn,
            @Nullable String correctionReason,
            String publishedBy) {}

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String REPORT =
            "select id, challenge_id, state, publication_due, current_version, lock_version from feedback_report ";

    private static FeedbackReport report(ResultSet rs, int n) throws SQLException {
        return new FeedbackReport(
                rs.getLong(1),
                rs.getLong(2),
                ReportState.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class),
                rs.getInt(5),
                rs.getInt(6));
    }

    Optional<FeedbackReport> byChallenge(long challengeId) {
        return jdbc.sql(REPORT + "where challenge_id = :c")
                .param("c", challengeId)
                .query(ReportRepository::report)
                .optional();
    }

    /** The report, locked until the transaction ends (one change at a time). */
    Optional<FeedbackReport> lockByChallenge(long challengeId) {
        return jdbc.sql(REPORT + "where challenge_id = :c for update")
                .param("c", challengeId)
                .query(ReportRepository::report)
                .optional();
    }

    long insert(long challengeId, LocalDate due, String documentJson, String by) {
        long id = jdbc.sql(
                        """
                        insert into feedback_report (challenge_id, publication_due) values (:c, :due)
                        returning id
                        """)
                .param("c", challengeId)
                .param("due", due)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into feedback_report_version (report_id, number, document, created_by)
                        values (:r, 1, cast(:doc as jsonb), :by)
                        """)
                .param("r", id)
                .param("doc", documentJson)
                .param("by", by)
                .update();
        return id;
    }

    /** Adds version {@code number} and makes it current. */
    void addVersion(long reportId, int number, String documentJson, @Nullable String reason, String by) {
        jdbc.sql(
                        """
                        insert into feedback_report_version (report_id, number, document, reason, created_by)
                        values (:r, :n, cast(:doc as jsonb), :reason, :by)
                        """)
                .param("r", reportId)
                .param("n", number)
                .param("doc", documentJson)
                .param("reason", reason)
                .param("by", by)
                .update();
        jdbc.sql(
                        """
                        update feedback_report set current_version = :n, updated_at = now(),
                               lock_version = lock_version + 1
                        where id = :r
                        """)
                .param("r", reportId)
                .param("n", number)
                .update();
    }

    void moveTo(long reportId, ReportState state) {
        jdbc.sql(
                        """
                        update feedback_report set state = :s, updated_at = now(), lock_version = lock_version + 1
                        where id = :r
                        """)
                .param("r", reportId)
                .param("s", state.name())
                .update();
    }

    String document(long reportId, int number) {
        return jdbc.sql("select document::text from feedback_report_version where report_id = :r and number = :n")
                .param("r", reportId)
                .param("n", number)
                .query(String.class)
                .single();
    }

    Optional<VersionInfo> version(long reportId, int number) {
        return jdbc.sql(
                        """
                        select number, reason, created_by, created_at from feedback_report_version
                        where report_id = :r and number = :n
                        """)
                .param("r", reportId)
                .param("n", number)
                .query((rs, i) -> new VersionInfo(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    List<VersionInfo> versions(long reportId) {
        return jdbc.sql(
                        """
                        select number, reason, created_by, created_at from feedback_report_version
                        where report_id = :r order by number desc
                        """)
                .param("r", reportId)
                .query((rs, i) -> new VersionInfo(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    // --- comments

    private static final String COMMENT =
            """
            select id, section_key, kind, text, proposed_wording, version_number, author_user_id, author_name,
                   author_council_gss, created_at, resolved_at, resolved_by, decision, decision_reason, decided_by,
                   decided_at
            from feedback_report_comment
            """;

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(
                rs.getLong(1),
                rs.getString(2),
                CommentKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getObject(11, OffsetDateTime.class),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getObject(16, OffsetDateTime.class));
    }

    List<Comment> comments(long reportId) {
        return jdbc.sql(COMMENT + " where report_id = :r order by id")
                .param("r", reportId)
                .query(ReportRepository::comment)
                .list();
    }

    Optional<Comment> comment(long reportId, long commentId) {
        return jdbc.sql(COMMENT + " where report_id = :r and id = :id")
                .param("r", reportId)
                .param("id", commentId)
                .query(ReportRepository::comment)
                .optional();
    }

    long addComment(
            long reportId,
            String sectionKey,
            CommentKind kind,
            String text,
            @Nullable String proposedWording,
            int version,
            long userId,
            String name,
            @Nullable String councilGss) {
        return jdbc.sql(
                        """
                        insert into feedback_report_comment (report_id, section_key, kind, text, proposed_wording,
                               version_number, author_user_id, author_name, author_council_gss)
                        values (:r, :s, :k, :t, :w, :v, :u, :n, :g) returning id
                        """)
                .param("r", reportId)
                .param("s", sectionKey)
                .param("k", kind.name())
                .param("t", text)
                .param("w", proposedWording)
                .param("v", version)
                .param("u", userId)
                .param("n", name)
                .param("g", councilGss)
                .query(Long.class)
                .single();
    }

    boolean resolve(long commentId, boolean resolved, String by) {
        return jdbc.sql(
                                """
                        update feedback_report_comment
                        set resolved_at = case when :res then now() end, resolved_by = case when :res then :by end
                        where id = :id and kind = 'TEAM'
                        """)
                        .param("id", commentId)
                        .param("res", resolved)
                        .param("by", by)
                        .update()
                == 1;
    }

    boolean decide(long commentId, boolean accepted, String reason, String by) {
        return jdbc.sql(
                                """
                        update feedback_report_comment
                        set decision = :d, decision_reason = :reason, decided_by = :by, decided_at = now()
                        where id = :id and kind = 'FACT_CORRECTION' and decision is null
                        """)
                        .param("id", commentId)
                        .param("d", accepted ? "ACCEPTED" : "REJECTED")
                        .param("reason", reason)
                        .param("by", by)
                        .update()
                == 1;
    }

    // --- publications

    List<Publication> publications(long reportId) {
        return jdbc.sql(
                        """
                        select id, edition, version_number, slug, published_on, correction_reason, published_by
                        from feedback_report_publication where report_id = :r order by edition desc
                        """)
                .param("r", reportId)
                .query((rs, n) -> new Publication(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** Whether another report already uses the address. */
    boolean slugTakenByAnother(String slug, long reportId) {
        return jdbc.sql("select exists (select 1 from feedback_report_publication where slug = :s and report_id <> :r)")
                .param("s", slug)
                .param("r", reportId)
                .query(Boolean.class)
                .single();
    }

    long publish(
            long reportId,
            int edition,
            int version,
            String slug,
            LocalDate on,
            @Nullable String correctionReason,
            String councilGss,
            String title,
            String documentJson,
            String by) {
        return jdbc.sql(
                        """
                        insert into feedback_report_publication (report_id, edition, version_number, slug,
                               published_on, correction_reason, council_gss, title, document, published_by)
                        values (:r, :e, :v, :s, :on, :reason, :gss, :title, cast(:doc as jsonb), :by)
                        returning id
                        """)
                .param("r", reportId)
                .param("e", edition)
                .param("v", version)
                .param("s", slug)
                .param("on", on)
                .param("reason", correctionReason)
                .param("gss", councilGss)
                .param("title", title)
                .param("doc", documentJson)
                .param("by", by)
                .query(Long.class)
                .single();
    }
}

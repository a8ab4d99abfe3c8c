package org.peerchallengehub.evidence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a challenge's evidence whole, for its exports (REFI-QDA) and its feedback presentation: the
 * notes with what they are coded to, the themes, the findings and the current sign-offs.
 */
@Repository
class EvidenceExportRepository {

    /** A note with its codes (component ids, focus area ids) and the themes it is in. */
    record ExportNote(
            long id,
            NoteKind kind,
            NoteSource source,
            @Nullable Long sessionId,
            @Nullable Long documentId,
            @Nullable Integer documentPage,
            @Nullable String metricId,
            String text,
            long authorUserId,
            String authorName,
            Instant createdAt,
            Instant updatedAt,
            List<String> components,
            List<Long> focusAreas,
            List<Long> themes) {}

    /** A theme of the synthesis board. */
    record ExportTheme(long id, @Nullable String componentId, @Nullable Long focusAreaId, @Nullable String name) {}

    /** A live finding and how many notes support it. */
    record ExportFinding(
            long id,
            @Nullable String componentId,
            @Nullable Long focusAreaId,
            FindingKind kind,
            String text,
            @Nullable Integer keyPosition,
            boolean agreed,
            int supportingNotes) {}

    /** A current sign-off of the set of findings. */
    record SignOff(String seat, String userName, Instant signedAt) {}

    private final JdbcClient jdbc;

    EvidenceExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExportNote> notes(long challengeId) {
        return jdbc.sql(
                        """
                        select n.id, n.kind, n.source, n.session_id, n.document_id, n.document_page, n.metric_id,
                               n.text, n.author_user_id, n.author_name, n.created_at, n.updated_at,
                               coalesce((select array_agg(c.component_id order by c.component_id) from evidence_note_code c
                                         where c.note_id = n.id and c.component_id is not null), '{}') as components,
                               coalesce((select array_agg(c.focus_area_id order by c.focus_area_id) from evidence_note_code c
                                         where c.note_id = n.id and c.focus_area_id is not null), '{}') as focus,
                               coalesce((select array_agg(t.theme_id order by t.theme_id) from evidence_theme_note t
                                         where t.note_id = n.id), '{}') as themes
                        from evidence_note n
                        where n.challenge_id = :c and not n.deleted
                        order by n.created_at, n.id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new ExportNote(
                        rs.getLong("id"),
                        NoteKind.valueOf(rs.getString("kind")),
                        NoteSource.valueOf(rs.getString("source")),
                        nullableLong(rs, "session_id"),
                        nullableLong(rs, "document_id"),
                        (Integer) rs.getObject("document_page"),
                        rs.getString("metric_id"),
                        rs.getString("text"),
                        rs.getLong("author_user_id"),
                        rs.getString("author_name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        strings(rs.getArray("components")),
                        longs(rs.getArray("focus")),
                        longs(rs.getArray("themes"))))
                .list();
    }

    List<ExportTheme> themes(long challengeId) {
        return jdbc.sql(
                        """
                        select id, component_id, focus_area_id, name from evidence_theme
                        where challenge_id = :c order by id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new ExportTheme(
                        rs.getLong(1), rs.getString(2), nullableLong(rs, "focus_area_id"), rs.getString(4)))
                .list();
    }

    List<ExportFinding> findings(long challengeId) {
        return jdbc.sql(
                        """
                        select f.id, f.component_id, f.focus_area_id, f.kind, f.text, f.key_position, f.agreed,
                               (select count(*) from evidence_finding_note fn join evidence_note n on n.id = fn.note_id
                                where fn.finding_id = f.id and not n.deleted) as supporting
                        from evidence_finding f
                        where f.challenge_id = :c and not f.deleted
                        order by f.id
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new ExportFinding(
                        rs.getLong("id"),
                        rs.getString("component_id"),
                        nullableLong(rs, "focus_area_id"),
                        FindingKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        (Integer) rs.getObject("key_position"),
                        rs.getBoolean("agreed"),
                        rs.getInt("supporting")))
                .list();
    }

    List<SignOff> signOffs(long challengeId) {
        return jdbc.sql(
                        """
                        select seat, user_name, signed_at from evidence_signoff
                        where challenge_id = :c and withdrawn_at is null order by signed_at
                        """)
                .param("c", challengeId)
                .query((rs, i) -> new SignOff(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static List<Long> longs(Array array) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }
}

package org.peerchallengehub.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notes of evidence and what they bear on (evidence_note, evidence_note_code). Deleted notes are never read. */
@Repository
class NoteRepository {

    /** Which notes of a challenge to list; a null field does not filter. */
    record NoteFilter(
            @Nullable Long sessionId,
            @Nullable String component,
            @Nullable Long focusAreaId,
            @Nullable NoteKind kind,
            @Nullable NoteSource source,
            @Nullable Long authorUserId) {

        static NoteFilter all() {
            return new NoteFilter(null, null, null, null, null, null);
        }
    }

    /** What a note is saved with (already checked). */
    record Fields(
            NoteSource source,
            @Nullable Long sessionId,
            @Nullable Long documentId,
            @Nullable Integer documentPage,
            @Nullable String metricId,
            NoteKind kind,
            String text,
            List<String> components,
            List<Long> focusAreas,
            @Nullable String suggestedComponent) {}

    private static final String COLUMNS =
            """
            select id, challenge_id, client_key, source, session_id, document_id, document_page, metric_id, kind, text,
                   suggested_component, author_user_id, author_name, created_at, updated_at, version
            from evidence_note
            """;

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The note sent with this key before, deleted or not. */
    Optional<Note> byClientKey(long challengeId, UUID clientKey) {
        return withCodes(jdbc.sql(COLUMNS + " where challenge_id = :c and client_key = :k")
                        .param("c", challengeId)
                        .param("k", clientKey)
                        .query(NoteRepository::note)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<Note> find(long challengeId, long noteId) {
        return withCodes(jdbc.sql(COLUMNS + " where challenge_id = :c and id = :id and not deleted")
                        .param("c", challengeId)
                        .param("id", noteId)
                        .query(NoteRepository::note)
                        .list())
                .stream()
                .findFirst();
    }

    /** The new note's id, or empty when a note with this key was inserted meanwhile. */
    Optional<Long> insert(long challengeId, UUID clientKey, Fields f, long authorId, String authorName) {
        Optional<Long> id = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, document_id, document_page,
                                                   metric_id, kind, text, suggested_component, author_user_id, author_name)
                        values (:c, :k, :source, :session, :document, :page, :metric, :kind, :text, :suggested, :author,
                                :authorName)
                        on conflict (challenge_id, client_key) do nothing
                        returning id
                        """)
                .param("c", challengeId)
                .param("k", clientKey)
                .param("source", f.source().name())
                .param("session", f.sessionId())
                .param("document", f.documentId())
                .param("page", f.documentPage())
                .param("metric", f.metricId())
                .param("kind", f.kind().name())
                .param("text", f.text())
                .param("suggested", f.suggestedComponent())
                .param("author", authorId)
                .param("authorName", authorName)
                .query(Long.class)
                .optional();
        id.ifPresent(n -> codes(n, f));
        return id;
    }

    /** Changes the note if it is still at {@code version}; false when it changed or went meanwhile. */
    boolean update(long challengeId, long noteId, int version, Fields f) {
        int rows = jdbc.sql(
                        """
                        update evidence_note set source = :source, session_id = :session, document_id = :document,
                          document_page = :page, metric_id = :metric, kind = :kind, text = :text,
                          suggested_component = coalesce(:suggested, suggested_component),
                          updated_at = now(), version = version + 1
                        where challenge_id = :c and id = :id and version = :version and not deleted
                        """)
                .param("c", challengeId)
                .param("id", noteId)
                .param("version", version)
                .param("source", f.source().name())
                .param("session", f.sessionId())
                .param("document", f.documentId())
                .param("page", f.documentPage())
                .param("metric", f.metricId())
                .param("kind", f.kind().name())
                .param("text", f.text())
                .param("suggested", f.suggestedComponent())
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from evidence_note_code where note_id = :id")
                .param("id", noteId)
                .update();
        codes(noteId, f);
        return true;
    }

    /** Marks the note deleted; false when it was already gone. */
    boolean delete(long challengeId, long noteId) {
        return jdbc.sql(
                                """
                                update evidence_note set deleted = true, updated_at = now(), version = version + 1
                                where challenge_id = :c and id = :id and not deleted
                                """)
                        .param("c", challengeId)
                        .param("id", noteId)
                        .update()
                > 0;
    }

    /** True while the set of findings is signed off (a sign-off not withdrawn). */
    boolean signedOff(long challengeId) {
        return jdbc.sql(
                        "select exists (select 1 from evidence_signoff where challenge_id = :c and withdrawn_at is null)")
                .param("c", challengeId)
                .query(Boolean.class)
                .single();
    }

    PageResult<Note> list(long challengeId, NoteFilter filter, PageRequest page) {
        String where =
                """
                 where n.challenge_id = :c and not n.deleted
                   and (cast(:session as bigint) is null or n.session_id = :session)
                   and (cast(:kind as text) is null or n.kind = :kind)
                   and (cast(:source as text) is null or n.source = :source)
                   and (cast(:author as bigint) is null or n.author_user_id = :author)
                   and (cast(:component as text) is null or exists (select 1 from evidence_note_code x
                        where x.note_id = n.id and x.component_id = :component))
                   and (cast(:focus as bigint) is null or exists (select 1 from evidence_note_code x
                        where x.note_id = n.id and x.focus_area_id = :focus))
                """;
        long total = bind(jdbc.sql("select count(*) from evidence_note n" + where), challengeId, filter)
                .query(Long.class)
                .single();
        List<Note> notes = bind(
                        jdbc.sql(COLUMNS.replace("from evidence_note", "from evidence_note n") + where
                                + " order by n.created_at desc, n.id desc limit :limit offset :offset"),
                        challengeId,
                        filter)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(NoteRepository::note)
                .list();
        return new PageResult<>(withCodes(notes), page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long challengeId, NoteFilter f) {
        return spec.param("c", challengeId)
                .param("session", f.sessionId())
                .param("kind", f.kind() == null ? null : f.kind().name())
                .param("source", f.source() == null ? null : f.source().name())
                .param("author", f.authorUserId())
                .param("component", f.component())
                .param("focus", f.focusAreaId());
    }

    /** How many notes the challenge has, by a column: kind, source or session_id (nulls left out). */
    Map<String, Long> countBy(long challengeId, String column) {
        if (!List.of("kind", "source", "session_id").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + column + "::text, count(*) from evidence_note where challenge_id = :c and not deleted"
                        + " and " + column + " is not null group by 1 order by 2 desc, 1")
                .param("c", challengeId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /** How many notes bear on each component and focus area ("focus:<id>"). */
    Map<String, Long> countByCode(long challengeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select coalesce(x.component_id, 'focus:' || x.focus_area_id), count(*)
                        from evidence_note_code x join evidence_note n on n.id = x.note_id
                        where n.challenge_id = :c and not n.deleted group by 1 order by 2 desc, 1
                        """)
                .param("c", challengeId)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private void codes(long noteId, Fields f) {
        for (String component : f.components()) {
            jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:n, :c) on conflict do nothing")
                    .param("n", noteId)
                    .param("c", component)
                    .update();
        }
        for (Long focus : f.focusAreas()) {
            jdbc.sql("insert into evidence_note_code (note_id, focus_area_id) values (:n, :f) on conflict do nothing")
                    .param("n", noteId)
                    .param("f", focus)
                    .update();
        }
    }

    private List<Note> withCodes(List<Note> notes) {
        if (notes.isEmpty()) {
            return notes;
        }
        Map<Long, List<String>> components = new HashMap<>();
        Map<Long, List<Long>> focus = new HashMap<>();
        jdbc.sql(
                        """
                        select note_id, component_id, focus_area_id from evidence_note_code where note_id in (:ids)
                        order by component_id nulls last, focus_area_id
                        """)
                .param("ids", notes.stream().map(Note::id).toList())
                .query((rs, n) -> {
                    long note = rs.getLong(1);
                    String component = rs.getString(2);
                    if (component != null) {
                        components.computeIfAbsent(note, k -> new ArrayList<>()).add(component);
                    } else {
                        focus.computeIfAbsent(note, k -> new ArrayList<>()).add(rs.getLong(3));
                    }
                    return note;
                })
                .list();
        return notes.stream()
                .map(n -> new Note(
                        n.id(),
                        n.challengeId(),
                        n.clientKey(),
                        n.source(),
                        n.sessionId(),
                        n.documentId(),
                        n.documentPage(),
                        n.metricId(),
                        n.kind(),
                        n.text(),
                        List.copyOf(components.getOrDefault(n.id(), List.of())),
                        List.copyOf(focus.getOrDefault(n.id(), List.of())),
                        n.suggestedComponent(),
                        n.authorUserId(),
                        n.authorName(),
                        n.createdAt(),
                        n.updatedAt(),
                        n.version()))
                .toList();
    }

    private static Note note(ResultSet rs, int row) throws SQLException {
        return new Note(
                rs.getLong("id"),
                rs.getLong("challenge_id"),
                rs.getObject("client_key", UUID.class),
                NoteSource.valueOf(rs.getString("source")),
                rs.getObject("session_id", Long.class),
                rs.getObject("document_id", Long.class),
                rs.getObject("document_page", Integer.class),
                rs.getString("metric_id"),
                NoteKind.valueOf(rs.getString("kind")),
                rs.getString("text"),
                List.of(),
                List.of(),
                rs.getString("suggested_component"),
                rs.getLong("author_user_id"),
                rs.getString("author_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}

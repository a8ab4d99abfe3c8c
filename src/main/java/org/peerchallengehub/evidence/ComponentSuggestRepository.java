package org.peerchallengehub.evidence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notes already filed and labelled with a component, in this and every other challenge, for the
 * component suggestion to learn from: their component codes, text and vector (when stored). Only the
 * component and the vector leave this class's caller; the text is read to embed a note whose vector
 * is not stored yet.
 */
@Repository
class ComponentSuggestRepository {

    /** A labelled note: one row per component code, with how many component codes the note has. */
    record LabelledNote(long noteId, String componentId, int codes, String text, float @Nullable [] vector) {}

    /** A sentence written for a component (decision 0063). */
    record Cue(String componentId, String text) {}

    /** The most notes read for one model, newest first: enough to learn from, bounded in memory. */
    static final int MAX_NOTES = 50_000;

    private final JdbcClient jdbc;

    ComponentSuggestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LabelledNote> labelledNotes() {
        return jdbc.sql(
                        """
                        select n.id, c.component_id,
                          count(*) over (partition by n.id) as codes, n.text, v.vector
                        from evidence_note n
                        join evidence_note_code c on c.note_id = n.id and c.component_id is not null
                        left join evidence_note_vector v on v.note_id = n.id
                        where not n.deleted
                        order by n.id desc
                        limit :limit
                        """)
                .param("limit", MAX_NOTES)
                .query((rs, i) ->
                        new LabelledNote(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), vector(rs, 5)))
                .list();
    }

    List<Cue> cues() {
        return jdbc.sql("select component_id, cue from evidence_component_cue order by id")
                .query((rs, i) -> new Cue(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * A cheap fingerprint of the labelled notes and the cues: it changes when a note is filed,
     * labelled, relabelled, edited or deleted, or a cue added or removed.
     */
    String stamp() {
        return jdbc.sql(
                        """
                        select count(*) || '/' || coalesce(max(n.id), 0) || '/' || coalesce(sum(n.version), 0)
                          || '/' || (select count(*) || ':' || coalesce(max(id), 0) from evidence_component_cue)
                        from evidence_note n join evidence_note_code c on c.note_id = n.id
                        where not n.deleted and c.component_id is not null
                        """)
                .query(String.class)
                .single();
    }

    /** Stores a note's vector unless one is stored already (notes are embedded after they are saved). */
    void storeVector(long noteId, float[] vector) {
        StringBuilder literal = new StringBuilder(vector.length * 12).append('{');
        for (int i = 0; i < vector.length; i++) {
            literal.append(i == 0 ? "" : ",").append(vector[i]);
        }
        literal.append('}');
        jdbc.sql(
                        """
                        insert into evidence_note_vector (note_id, vector) values (:id, cast(:vector as real[]))
                        on conflict (note_id) do nothing
                        """)
                .param("id", noteId)
                .param("vector", literal.toString())
                .update();
    }

    private static float @Nullable [] vector(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }
}

package org.peerchallengehub.evidence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntConsumer;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The all-MiniLM-L6-v2 vectors of a challenge's notes (evidence_note_vector). A vector is valid only
 * while it was computed from the note's present text (its {@code text_md5} equals md5 of the text):
 * a note edited since is embedded again, so that nothing about note editing has to remember vectors.
 */
@Component
class NoteVectors {

    /** Notes embedded per call of the model. */
    static final int BATCH = 64;

    private record Pending(long noteId, String text) {}

    private final JdbcClient jdbc;
    private final SentenceEmbeddings embeddings;

    NoteVectors(JdbcClient jdbc, SentenceEmbeddings embeddings) {
        this.jdbc = jdbc;
        this.embeddings = embeddings;
    }

    /** Vectors of texts (the model loaded on first use): for warming the model up. */
    List<float[]> embedAll(List<String> texts) {
        return embeddings.embedAll(texts);
    }

    /** How many of the challenge's live notes lack a valid vector. */
    int missing(long challengeId) {
        return jdbc.sql(
                        """
                        select count(*) from evidence_note n
                        left join evidence_note_vector v on v.note_id = n.id
                        where n.challenge_id = :c and not n.deleted
                          and (v.note_id is null or v.text_md5 <> md5(n.text))
                        """)
                .param("c", challengeId)
                .query(Integer.class)
                .single();
    }

    /**
     * Writes the missing and outdated vectors of the challenge's notes, a batch at a time (each batch
     * committed by itself), telling {@code progress} how many notes each batch did; how many it wrote.
     */
    int refresh(long challengeId, IntConsumer progress) {
        // One refresh of a challenge at a time in this node: the background embedding of new notes and a
        // grouping run would otherwise embed the same notes twice; the second waits, then finds them done.
        java.util.concurrent.locks.ReentrantLock lock =
                locks.computeIfAbsent(challengeId, k -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            return refreshLocked(challengeId, progress);
        } finally {
            lock.unlock();
        }
    }

    private final java.util.concurrent.ConcurrentMap<Long, java.util.concurrent.locks.ReentrantLock> locks =
            new java.util.concurrent.ConcurrentHashMap<>();

    private int refreshLocked(long challengeId, IntConsumer progress) {
        int written = 0;
        while (true) {
            List<Pending> batch = jdbc.sql(
                            """
                            select n.id, n.text from evidence_note n
                            left join evidence_note_vector v on v.note_id = n.id
                            where n.challenge_id = :c and not n.deleted
                              and (v.note_id is null or v.text_md5 <> md5(n.text))
                            order by n.id limit :limit
                            """)
                    .param("c", challengeId)
                    .param("limit", BATCH)
                    .query((rs, i) -> new Pending(rs.getLong(1), rs.getString(2)))
                    .list();
            if (batch.isEmpty()) {
                return written;
            }
            List<float[]> vectors =
                    embeddings.embedAll(batch.stream().map(Pending::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                jdbc.sql(
                                """
                                insert into evidence_note_vector (note_id, vector, text_md5) values (:n, cast(:v as real[]), md5(:t))
                                on conflict (note_id) do update set vector = excluded.vector, text_md5 = excluded.text_md5
                                """)
                        .param("n", p.noteId())
                        .param("v", literal(vectors.get(i)))
                        .param("t", p.text())
                        .update();
            }
            written += batch.size();
            progress.accept(batch.size());
        }
    }

    /** The valid vectors of the challenge's live notes, by note id. */
    java.util.Map<Long, float[]> vectors(long challengeId) {
        java.util.Map<Long, float[]> out = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select v.note_id, v.vector from evidence_note_vector v join evidence_note n on n.id = v.note_id
                        where n.challenge_id = :c and not n.deleted and v.text_md5 = md5(n.text)
                        """)
                .param("c", challengeId)
                .query(rs -> {
                    out.put(rs.getLong(1), floats(rs.getArray(2)));
                });
        return out;
    }

    private static String literal(float[] vector) {
        StringBuilder out = new StringBuilder(vector.length * 12).append('{');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(vector[i]);
        }
        return out.append('}').toString();
    }

    private static float[] floats(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).floatValue();
        }
        return out;
    }
}

package org.peerchallengehub.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes evidence straight into the module's tables, for the tests of what is made from it. */
final class OutputsTestData {

    private final JdbcClient jdbc;

    OutputsTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long note(
            long challenge,
            long session,
            NoteKind kind,
            String text,
            long author,
            String authorName,
            String... components) {
        long id = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, kind, text,
                                                   author_user_id, author_name)
                        values (:c, gen_random_uuid(), 'SESSION', :s, :k, :t, :a, :n) returning id
                        """)
                .param("c", challenge)
                .param("s", session)
                .param("k", kind.name())
                .param("t", text)
                .param("a", author)
                .param("n", authorName)
                .query(Long.class)
                .single();
        for (String component : components) {
            jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:n, :c)")
                    .param("n", id)
                    .param("c", component)
                    .update();
        }
        return id;
    }

    long theme(long challenge, String component, String name, List<Long> notes) {
        long id = jdbc.sql(
                        "insert into evidence_theme (challenge_id, component_id, name) values (:c, :k, :n) returning id")
                .param("c", challenge)
                .param("k", component)
                .param("n", name)
                .query(Long.class)
                .single();
        for (long note : notes) {
            jdbc.sql("insert into evidence_theme_note (theme_id, note_id) values (:t, :n)")
                    .param("t", id)
                    .param("n", note)
                    .update();
        }
        return id;
    }

    long finding(
            long challenge,
            String component,
            String kind,
            String text,
            boolean agreed,
            @Nullable Integer keyPosition,
            List<Long> notes) {
        long id = jdbc.sql(
                        """
                        insert into evidence_finding (challenge_id, component_id, kind, text, key_position, agreed,
                                                      created_by_name, updated_by_name)
                        values (:c, :k, :kind, :t, :key, :agreed, 'Test', 'Test') returning id
                        """)
                .param("c", challenge)
                .param("k", component)
                .param("kind", kind)
                .param("t", text)
                .param("key", keyPosition)
                .param("agreed", agreed)
                .query(Long.class)
                .single();
        for (long note : notes) {
            jdbc.sql("insert into evidence_finding_note (finding_id, note_id) values (:f, :n)")
                    .param("f", id)
                    .param("n", note)
                    .update();
        }
        return id;
    }
}

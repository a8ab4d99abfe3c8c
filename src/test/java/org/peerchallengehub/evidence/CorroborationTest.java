package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Corroboration: distinct notes, sessions, stakeholder groups and peers, and the weak flag (decision 0067). */
class CorroborationTest {

    static Corroboration.Evidence session(long note, long session, String group, long author) {
        return new Corroboration.Evidence(
                note, NoteSource.SESSION, session, "Session " + session, group, null, null, author);
    }

    static Corroboration.Evidence document(long note, long document, long author) {
        return new Corroboration.Evidence(note, NoteSource.DOCUMENT, null, null, null, document, null, author);
    }

    static Corroboration.Evidence data(long note, String metric, long author) {
        return new Corroboration.Evidence(note, NoteSource.DATA, null, null, null, null, metric, author);
    }

    @Test
    void counts_distinct_notes_sessions_groups_and_peers() {
        Corroboration c = Corroboration.of(List.of(
                session(1, 10, "Councillors", 100),
                session(2, 10, "Councillors", 101),
                session(3, 11, "Staff", 100),
                session(4, 12, "Staff", 102),
                session(4, 12, "Staff", 102)));

        assertThat(c.notes()).isEqualTo(4);
        assertThat(c.sessions()).isEqualTo(3);
        assertThat(c.groups()).isEqualTo(2);
        assertThat(c.peers()).isEqualTo(3);
        assertThat(c.groupLabels()).containsExactly("Councillors", "Staff");
        assertThat(c.weak()).isFalse();
        assertThat(c.figures()).isEqualTo("4 notes · 3 sessions · 2 stakeholder groups · 3 peers");
    }

    @Test
    void no_notes_is_weak() {
        Corroboration c = Corroboration.of(List.of());

        assertThat(c.weak()).isTrue();
        assertThat(c.weaknesses()).containsExactly("No notes support it");
        assertThat(c.figures()).isEqualTo("0 notes · 0 sessions · 0 stakeholder groups · 0 peers");
    }

    @Test
    void many_notes_from_a_single_session_are_weak() {
        Corroboration c = Corroboration.of(
                List.of(session(1, 10, "Staff", 100), session(2, 10, "Staff", 101), session(3, 10, "Staff", 102)));

        assertThat(c.notes()).isEqualTo(3);
        assertThat(c.peers()).isEqualTo(3);
        assertThat(c.weaknesses())
                .containsExactly(
                        "It rests on a single session (Session 10)", "It rests on a single stakeholder group (Staff)");
    }

    @Test
    void several_sessions_of_one_stakeholder_group_are_weak() {
        Corroboration c = Corroboration.of(List.of(session(1, 10, "Staff", 100), session(2, 11, "Staff", 101)));

        assertThat(c.sessions()).isEqualTo(2);
        assertThat(c.weaknesses()).containsExactly("It rests on a single stakeholder group (Staff)");
    }

    @Test
    void document_review_and_data_count_as_their_own_groups_but_not_as_sessions() {
        Corroboration c = Corroboration.of(
                List.of(session(1, 10, "Staff", 100), document(2, 7, 100), data(3, "net-revenue-expenditure", 101)));

        assertThat(c.sessions()).isEqualTo(1);
        assertThat(c.groups()).isEqualTo(3);
        assertThat(c.groupLabels()).containsExactly("Staff", "Document review", "Data");
        assertThat(c.weak()).isFalse();
    }

    @Test
    void a_single_document_is_weak() {
        Corroboration c = Corroboration.of(List.of(document(1, 7, 100), document(2, 7, 101)));

        assertThat(c.sessions()).isZero();
        assertThat(c.weaknesses())
                .containsExactly(
                        "It rests on a single document", "It rests on a single stakeholder group (Document review)");
    }

    @Test
    void sessions_without_a_stakeholder_group_add_no_group() {
        Corroboration c = Corroboration.of(List.of(session(1, 10, null, 100), session(2, 11, null, 100)));

        assertThat(c.sessions()).isEqualTo(2);
        assertThat(c.groups()).isZero();
        assertThat(c.weaknesses()).containsExactly("Its sessions name no stakeholder group");
    }
}

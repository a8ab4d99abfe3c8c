package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The notes service against the real database: the rules of decision 0062 and the bad inputs of issue 16. */
@HubIntegrationTest
class NotesTest {

    static final String COMPONENT = "local-priorities-and-outcomes";

    @Autowired
    ApplicationContext context;

    @Autowired
    Notes notes;

    @Autowired
    ChallengeTeams teams;

    @Autowired
    java.time.Clock clock;

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    OnSiteChallenge onSite;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @BeforeEach
    void aChallengeOnSite() {
        onSite = ChallengeFixtures.onSite(context, user(Demo.MANAGER), "E08000035", today());
    }

    NoteDraft draft(UUID key, long session, String text) {
        return new NoteDraft(
                key,
                NoteSource.SESSION,
                session,
                null,
                null,
                null,
                NoteKind.STRENGTH,
                text,
                List.of(COMPONENT),
                List.of(),
                COMPONENT,
                false);
    }

    @Test
    void a_note_from_a_session_is_recorded_coded_and_audited() {
        UUID key = UUID.randomUUID();
        var recorded = notes.record(
                onSite.leadPeer(),
                onSite.id(),
                draft(key, onSite.sessionIds().getFirst(), "Staff describe a clear golden thread to the plan"));

        assertThat(recorded.created()).isTrue();
        Note note = recorded.note();
        assertThat(note.components()).containsExactly(COMPONENT);
        assertThat(note.sessionId()).isEqualTo(onSite.sessionIds().getFirst());
        assertThat(note.suggestedComponent()).isEqualTo(COMPONENT);
        assertThat(note.authorName()).startsWith("Lead Tester");
        assertThat(audit.forSubject("evidence-note", String.valueOf(note.id())))
                .extracting(e -> e.action())
                .containsExactly("evidence.note-added");
        assertThat(notes.list(
                                onSite.officerPeer(),
                                onSite.id(),
                                NoteRepository.NoteFilter.all(),
                                new PageRequest(1, 50))
                        .items())
                .extracting(Note::id)
                .containsExactly(note.id());
    }

    @Test
    void the_same_note_sent_twice_is_saved_once() {
        UUID key = UUID.randomUUID();
        NoteDraft d = draft(key, onSite.sessionIds().getFirst(), "Partners trust the council's word");
        var first = notes.record(onSite.leadPeer(), onSite.id(), d);
        var second = notes.record(onSite.leadPeer(), onSite.id(), d);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.note().id()).isEqualTo(first.note().id());
        assertThat(jdbc.sql("select count(*) from evidence_note where client_key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_session_of_another_challenge_is_refused_with_a_sentence() {
        OnSiteChallenge other = ChallengeFixtures.onSite(context, user(Demo.MANAGER), "E08000021", today());
        assertThatThrownBy(() -> notes.record(
                        onSite.leadPeer(),
                        onSite.id(),
                        draft(UUID.randomUUID(), other.sessionIds().getFirst(), "A note")))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .extracting(FormError::field, FormError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "sessionId",
                                "That session is not in the on-site programme of "
                                        + teams.seat(user(Demo.MANAGER), onSite.id())
                                                .orElseThrow()
                                                .reference()
                                        + ": select one of its sessions")));
    }

    @Test
    void a_session_still_to_come_gives_no_notes_yet() {
        long tomorrow = ChallengeFixtures.addInterview(
                context,
                user(Demo.MANAGER),
                onSite.id(),
                today().plusDays(1),
                onSite.memberIds().getFirst());
        assertThatThrownBy(() -> notes.record(
                        onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), tomorrow, "Heard before it happened")))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .extracting(FormError::field, FormError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "sessionId",
                                "That session is on "
                                        + today().plusDays(1)
                                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                                        "EEEE d MMMM", java.util.Locale.UK))
                                        + ": record notes from it once it has taken place")));
        assertThat(jdbc.sql("select count(*) from evidence_note where session_id = :s")
                        .param("s", tomorrow)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_peer_of_another_challenge_and_the_council_get_not_found() {
        OnSiteChallenge other = ChallengeFixtures.onSite(context, user(Demo.MANAGER), "E08000021", today());
        for (CurrentUser outsider : List.of(other.leadPeer(), user(Demo.COUNCIL), user(Demo.ADMIN), user(Demo.PEER))) {
            assertThatThrownBy(() -> notes.record(
                            outsider,
                            onSite.id(),
                            draft(UUID.randomUUID(), onSite.sessionIds().getFirst(), "x")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> notes.counts(outsider, onSite.id())).isInstanceOf(NotFoundException.class);
        }
        long note = notes.record(
                        other.leadPeer(),
                        other.id(),
                        draft(UUID.randomUUID(), other.sessionIds().getFirst(), "Other team's note"))
                .note()
                .id();
        // the note of the other challenge is not found through this one, even by its manager
        assertThatThrownBy(() -> notes.note(onSite.leadPeer(), onSite.id(), note))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.note(user(Demo.MANAGER), onSite.id(), note))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_empty_note_and_a_note_of_100_KB_are_refused() {
        long session = onSite.sessionIds().getFirst();
        assertThatThrownBy(
                        () -> notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "  \n ")))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .containsExactly(new FormError("text", "Enter the note")));
        String big = "Staff are proud of their work. ".repeat(3400).substring(0, 102_400);
        assertThatThrownBy(() -> notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, big)))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .containsExactly(new FormError(
                                "text",
                                "A note must be 10,000 characters or fewer; this one has 102,400. Split it into"
                                        + " shorter notes.")));
    }

    @Test
    void a_note_without_a_kind_code_or_session_gets_every_problem_at_once() {
        NoteDraft d = new NoteDraft(
                UUID.randomUUID(),
                NoteSource.SESSION,
                null,
                null,
                null,
                null,
                null,
                "Text",
                List.of(),
                List.of(),
                null,
                false);
        assertThatThrownBy(() -> notes.record(onSite.leadPeer(), onSite.id(), d))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .extracting(FormError::field)
                        .containsExactly("sessionId", "kind", "components"));
    }

    @Test
    void document_and_data_notes_are_checked_against_the_challenge_and_the_catalogue() {
        NoteDraft data = new NoteDraft(
                UUID.randomUUID(),
                NoteSource.DATA,
                null,
                null,
                null,
                "net-revenue-expenditure",
                NoteKind.OBSERVATION,
                "Spending per head is below the group's",
                List.of(COMPONENT),
                List.of(),
                null,
                false);
        assertThat(notes.record(onSite.leadPeer(), onSite.id(), data).note().metricId())
                .isEqualTo("net-revenue-expenditure");
        NoteDraft unknownMetric = new NoteDraft(
                UUID.randomUUID(),
                NoteSource.DATA,
                null,
                null,
                null,
                "no-such-metric",
                NoteKind.OBSERVATION,
                "x",
                List.of(COMPONENT),
                List.of(),
                null,
                false);
        assertThatThrownBy(() -> notes.record(onSite.leadPeer(), onSite.id(), unknownMetric))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .extracting(FormError::field)
                        .containsExactly("metricId"));
        NoteDraft document = new NoteDraft(
                UUID.randomUUID(),
                NoteSource.DOCUMENT,
                null,
                1L << 40,
                0,
                null,
                NoteKind.OBSERVATION,
                "x",
                List.of(COMPONENT),
                List.of(),
                null,
                false);
        assertThatThrownBy(() -> notes.record(onSite.leadPeer(), onSite.id(), document))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.problems())
                        .extracting(FormError::field)
                        .containsExactly("documentId", "documentPage"));
    }

    @Test
    void a_name_is_warned_about_before_saving_and_saved_when_the_peer_says_so() {
        long session = onSite.sessionIds().getFirst();
        UUID key = UUID.randomUUID();
        NoteDraft d = draft(key, session, "Cllr Okafor says the budget gap is understood");
        assertThatThrownBy(() -> notes.record(onSite.leadPeer(), onSite.id(), d))
                .isInstanceOfSatisfying(
                        NoteNamesFound.class, e -> assertThat(e.found()).containsExactly("Cllr Okafor"));
        assertThat(jdbc.sql("select count(*) from evidence_note where client_key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single())
                .isZero();
        NoteDraft anyway = new NoteDraft(
                key,
                d.source(),
                d.sessionId(),
                null,
                null,
                null,
                d.kind(),
                d.text(),
                d.components(),
                List.of(),
                null,
                true);
        assertThat(notes.record(onSite.leadPeer(), onSite.id(), anyway).created())
                .isTrue();
    }

    @Test
    void after_sign_off_notes_cannot_be_changed() {
        long session = onSite.sessionIds().getFirst();
        Note note = notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "Before"))
                .note();
        jdbc.sql(
                        """
                        insert into evidence_signoff (challenge_id, seat, user_id, user_name)
                        values (:c, 'MANAGER', :u, 'Manager')
                        """)
                .param("c", onSite.id())
                .param("u", user(Demo.MANAGER).id())
                .update();
        assertThatThrownBy(
                        () -> notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "After")))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("are signed off");
        assertThatThrownBy(() -> notes.update(
                        onSite.leadPeer(), onSite.id(), note.id(), note.version(), draft(null, session, "Changed")))
                .isInstanceOf(EvidenceRefused.class);
        assertThatThrownBy(() -> notes.delete(onSite.leadPeer(), onSite.id(), note.id()))
                .isInstanceOf(EvidenceRefused.class);
        // a resend of a note saved before sign-off is still answered with the note, not refused
        assertThat(notes.record(onSite.leadPeer(), onSite.id(), draft(note.clientKey(), session, "Before"))
                        .note()
                        .id())
                .isEqualTo(note.id());
        jdbc.sql("update evidence_signoff set withdrawn_at = now(), withdrawn_reason = 'test' where challenge_id = :c")
                .param("c", onSite.id())
                .update();
        assertThat(notes.update(
                                onSite.leadPeer(),
                                onSite.id(),
                                note.id(),
                                note.version(),
                                draft(null, session, "Again"))
                        .text())
                .isEqualTo("Again");
    }

    @Test
    void when_the_challenge_has_moved_past_its_report_notes_can_be_read_but_not_changed() {
        long session = onSite.sessionIds().getFirst();
        Note note = notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "Read later"))
                .note();
        jdbc.sql("update challenge set state = 'REPORT_FINAL' where id = :id")
                .param("id", onSite.id())
                .update();
        assertThatThrownBy(
                        () -> notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "Late")))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageEndingWith("; it is report final.");
        assertThatThrownBy(() -> notes.delete(onSite.leadPeer(), onSite.id(), note.id()))
                .isInstanceOf(EvidenceRefused.class);
        assertThat(notes.note(onSite.officerPeer(), onSite.id(), note.id()).text())
                .isEqualTo("Read later");
        assertThat(notes.table(onSite.leadPeer(), onSite.id()).open()).isFalse();
    }

    @Test
    void two_people_editing_one_note_the_second_is_told() {
        long session = onSite.sessionIds().getFirst();
        Note note = notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "First words"))
                .note();
        Note changed = notes.update(
                onSite.leadPeer(), onSite.id(), note.id(), note.version(), draft(null, session, "Lead's words"));
        assertThat(changed.version()).isEqualTo(note.version() + 1);
        assertThatThrownBy(() -> notes.update(
                        onSite.officerPeer(),
                        onSite.id(),
                        note.id(),
                        note.version(),
                        draft(null, session, "Officer's words")))
                .isInstanceOf(NoteChangedMeanwhile.class);
        assertThat(notes.note(onSite.officerPeer(), onSite.id(), note.id()).text())
                .isEqualTo("Lead's words");
    }

    @Test
    void a_deleted_note_leaves_the_lists_and_is_audited() {
        long session = onSite.sessionIds().getFirst();
        Note note = notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), session, "To delete"))
                .note();
        notes.delete(onSite.officerPeer(), onSite.id(), note.id());
        assertThatThrownBy(() -> notes.note(onSite.leadPeer(), onSite.id(), note.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(notes.counts(onSite.leadPeer(), onSite.id()).total()).isZero();
        assertThat(audit.forSubject("evidence-note", String.valueOf(note.id())))
                .extracting(e -> e.action())
                .containsExactly("evidence.note-deleted", "evidence.note-added");
    }

    @Test
    void notes_are_filtered_by_session_kind_code_and_author() {
        long first = onSite.sessionIds().getFirst();
        long second = onSite.sessionIds().get(1);
        notes.record(onSite.leadPeer(), onSite.id(), draft(UUID.randomUUID(), first, "One"));
        notes.record(onSite.officerPeer(), onSite.id(), draft(UUID.randomUUID(), second, "Two"));
        var page = new PageRequest(1, 50);
        assertThat(notes.list(
                                onSite.leadPeer(),
                                onSite.id(),
                                new NoteRepository.NoteFilter(second, null, null, null, null, null),
                                page)
                        .items())
                .extracting(Note::text)
                .containsExactly("Two");
        assertThat(notes.list(
                                onSite.leadPeer(),
                                onSite.id(),
                                new NoteRepository.NoteFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        onSite.leadPeer().id()),
                                page)
                        .items())
                .extracting(Note::text)
                .containsExactly("One");
        assertThat(notes.list(
                                onSite.leadPeer(),
                                onSite.id(),
                                new NoteRepository.NoteFilter(null, COMPONENT, null, NoteKind.STRENGTH, null, null),
                                page)
                        .total())
                .isEqualTo(2);
        assertThat(notes.list(
                                onSite.leadPeer(),
                                onSite.id(),
                                new NoteRepository.NoteFilter(null, null, null, NoteKind.OBSERVATION, null, null),
                                page)
                        .total())
                .isZero();
        assertThat(notes.counts(onSite.leadPeer(), onSite.id()).bySession())
                .containsEntry(String.valueOf(first), 1L)
                .containsEntry(String.valueOf(second), 1L);
    }
}

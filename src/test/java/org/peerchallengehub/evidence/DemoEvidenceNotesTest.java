package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The demo's evidence (issue 16 item 7): a full on-site programme with a few hundred notes by three peers. */
@HubIntegrationTest
@TestPropertySource(properties = "hub.demo-programme=true")
class DemoEvidenceNotesTest {

    @Autowired
    Notes notes;

    @Autowired
    DemoSessions sessions;

    @Autowired
    ChallengeTeams teams;

    @Autowired
    UserDetailsService users;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void the_on_site_challenge_has_a_full_programme_and_about_250_notes_by_three_peers() {
        CurrentUser pat = user(Demo.PEER);
        long leeds = sessions.currentChallenge(user(Demo.MANAGER), DemoEvidenceNotes.ON_SITE_GSS)
                .orElseThrow();
        Notes.Table table = notes.table(pat, leeds);
        assertThat(table.sessions()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(table.sessionsByDay()).hasSize(4);
        assertThat(table.sessions().stream()
                        .map(ChallengeTeams.Session::stakeholderGroup)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(6);

        List<Note> all = notes.list(pat, leeds, NoteRepository.NoteFilter.all(), new PageRequest(1, 500))
                .items();
        assertThat(all).hasSize(DemoEvidenceNotes.ON_SITE_NOTES);
        assertThat(all.stream().map(Note::authorName).distinct()).hasSize(3);
        assertThat(all.stream().map(Note::kind).distinct()).hasSize(3);
        assertThat(all.stream().map(Note::sessionId).distinct().count()).isGreaterThan(6);
        // notes only from sessions that have taken place: the visit started yesterday, later days are to come
        var byId = table.sessions().stream()
                .collect(java.util.stream.Collectors.toMap(ChallengeTeams.Session::id, ChallengeTeams.Session::day));
        assertThat(all.stream()
                        .map(Note::sessionId)
                        .filter(java.util.Objects::nonNull)
                        .map(byId::get))
                .allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(java.time.LocalDate.now()));
        assertThat(table.sessions()).anySatisfy(x -> assertThat(x.day()).isAfter(java.time.LocalDate.now()));
        Set<String> codes = new HashSet<>();
        all.forEach(n -> codes.addAll(n.components()));
        assertThat(codes).hasSize(table.components().size());
        assertThat(all).anyMatch(n -> !n.focusAreas().isEmpty()).anyMatch(n -> n.source() == NoteSource.DATA);
        assertThat(all).allMatch(n -> n.text().endsWith("(demo)"));
        assertThat(all).allMatch(n -> NoteNameCheck.suspects(n.text()).isEmpty());
        assertThat(all.stream().map(Note::text).distinct().count()).isGreaterThan(80);

        long drafting = sessions.currentChallenge(user(Demo.MANAGER), DemoEvidenceNotes.DRAFTING_GSS)
                .orElseThrow();
        assertThat(notes.counts(user(Demo.MANAGER), drafting).total()).isEqualTo(12);
    }
}

package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The synthesis board end to end on a real database and the real embedding model. */
@HubIntegrationTest
class BoardTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Board board;

    @Autowired
    GroupingRuns runs;

    @Autowired
    NoteVectors vectors;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    Board.ThemeCard themeOf(OnSiteChallenge c, long noteId) {
        return board.view(c.leadPeer(), c.id()).sections().stream()
                .flatMap(s -> s.themes().stream())
                .filter(t -> t.noteIds().contains(noteId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("note " + noteId + " is in no theme"));
    }

    @Test
    void notes_are_grouped_into_themes_of_one_subject_each_with_their_counts() {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);

        assertThat(runs.runNow(c.id())).isTrue();

        Board.BoardView v = board.view(c.leadPeer(), c.id());
        Board.SectionView priorities = v.sections().getFirst();
        assertThat(priorities.componentId()).isEqualTo(BoardTestData.PRIORITIES);
        assertThat(priorities.ungrouped()).isEmpty();
        assertThat(priorities.themes()).hasSizeBetween(3, 6);
        for (List<Long> subject : List.of(notes.housing(), notes.staff(), notes.budget())) {
            Set<Long> themesOfSubject = new HashSet<>();
            subject.forEach(n -> themesOfSubject.add(themeOf(c, n).id()));
            Board.ThemeCard main = themeOf(c, subject.getFirst());
            assertThat(subject).containsAll(main.noteIds()); // a theme never mixes subjects
            assertThat(main.noteCount()).as("notes of one subject together").isGreaterThanOrEqualTo(2);
        }
        Board.ThemeCard housing = themeOf(c, notes.housing().getFirst());
        assertThat(housing.sessions()).isEqualTo(1);
        assertThat(housing.stakeholderGroups()).isEqualTo(1);
        assertThat(housing.balance()).isEqualTo("Mostly strengths");
        assertThat(housing.representative()).isNotNull();
        assertThat(housing.noteIds()).contains(housing.representative().id());
        assertThat(housing.edited()).isFalse();
        assertThat(v.run().state()).isEqualTo("DONE");
        assertThat(v.run().notesDone()).isEqualTo(12);
        assertThat(v.run().notesTotal()).isEqualTo(12);
    }

    @Test
    void peers_edits_survive_a_regrouping_and_close_new_notes_join_their_theme() {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);
        runs.runNow(c.id());
        Board.ThemeCard housing = themeOf(c, notes.housing().getFirst());
        board.rename(c.leadPeer(), c.id(), housing.id(), housing.version(), "Housing delivery ahead of plan");
        housing = themeOf(c, notes.housing().getFirst());
        long budgetNote = notes.budget().getLast();
        Board.ThemeCard budget = themeOf(c, budgetNote);
        board.move(c.officerPeer(), c.id(), budget.id(), budget.version(), budgetNote, housing.id());
        Set<Long> housingBefore =
                Set.copyOf(themeOf(c, notes.housing().getFirst()).noteIds());

        long newHousing = BoardTestData.note(
                jdbc,
                c,
                0,
                NoteKind.STRENGTH,
                "Another two hundred new affordable homes were completed ahead of the housing target",
                BoardTestData.PRIORITIES);
        long unrelated = BoardTestData.note(
                jdbc,
                c,
                1,
                NoteKind.OBSERVATION,
                "The town hall's car park is being resurfaced",
                BoardTestData.PRIORITIES);
        runs.runNow(c.id());

        Board.ThemeCard after = themeOf(c, notes.housing().getFirst());
        assertThat(after.id()).isEqualTo(housing.id());
        assertThat(after.name()).isEqualTo("Housing delivery ahead of plan");
        assertThat(after.edited()).isTrue();
        assertThat(after.noteIds()).containsAll(housingBefore).contains(budgetNote, newHousing);
        assertThat(after.noteIds()).doesNotContain(unrelated);
        assertThat(after.notes().stream().filter(Board.NoteLine::placedByHand).map(Board.NoteLine::id))
                .containsExactly(budgetNote);
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'evidence.%' and summary like :s")
                        .param("s", "%Housing delivery ahead of plan%")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_grouping_runs_in_the_background_with_progress_and_one_at_a_time() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.threeSubjects(jdbc, c);
        RequestPostProcessor lead = as(c.leadPeer().email());
        jdbc.sql(
                        "insert into evidence_grouping_run (challenge_id, state, notes_total, notes_done) values (:c, 'RUNNING', 12, 3)")
                .param("c", c.id())
                .update();

        mvc.perform(get("/challenges/{id}/evidence/board", c.id()).with(lead))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-done>3</span> of")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Refresh the board")));
        MvcResult refused = mvc.perform(post("/challenges/{id}/evidence/board/grouping", c.id())
                        .with(lead)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("problem").toString()).contains("being grouped already");
        mvc.perform(post("/api/v1/challenges/{id}/themes/grouping", c.id())
                        .with(lead)
                        .with(csrf()))
                .andExpect(status().isConflict());

        // a run silent for more than ten minutes has stopped: the board says so and a new one may start
        jdbc.sql("update evidence_grouping_run set started_at = now() - interval '11 minutes' where challenge_id = :c")
                .param("c", c.id())
                .update();
        mvc.perform(get("/challenges/{id}/evidence/board", c.id()).with(lead))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("stopped without finishing")));
        jdbc.sql("update evidence_grouping_run set state = 'DONE' where challenge_id = :c")
                .param("c", c.id())
                .update();
        mvc.perform(post("/challenges/{id}/evidence/board/grouping", c.id())
                        .with(lead)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("saved"));
        String state = "RUNNING";
        for (int i = 0; i < 600 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = board.view(c.leadPeer(), c.id()).run().state();
        }
        assertThat(state).isEqualTo("DONE");
        mvc.perform(get("/api/v1/challenges/{id}/themes", c.id()).with(lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value(12))
                .andExpect(jsonPath("$.grouping.notesDone").value(12))
                .andExpect(jsonPath("$.themes[0].noteIds").isArray())
                .andExpect(jsonPath("$.themes[0].counts.notes").isNumber());
    }

    @Test
    void the_second_of_two_peers_changing_one_theme_is_told_and_nothing_is_lost() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);
        runs.runNow(c.id());
        Board.ThemeCard theme = themeOf(c, notes.staff().getFirst());
        String path = "/challenges/" + c.id() + "/evidence/board/themes/" + theme.id() + "/rename";

        mvc.perform(post(path)
                        .with(as(c.leadPeer().email()))
                        .with(csrf())
                        .param("version", String.valueOf(theme.version()))
                        .param("name", "Staff morale after the restructure"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path)
                        .with(as(c.officerPeer().email()))
                        .with(csrf())
                        .param("version", String.valueOf(theme.version()))
                        .param("name", "Low morale"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed the theme")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Low morale\"")));
        assertThat(themeOf(c, notes.staff().getFirst()).name()).isEqualTo("Staff morale after the restructure");

        // the API says the same with 409
        mvc.perform(patch("/api/v1/challenges/{id}/themes/{t}", c.id(), theme.id())
                        .with(as(c.officerPeer().email()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Low morale\", \"version\": " + theme.version() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Someone else changed")));
    }

    @Test
    void bad_changes_are_refused_with_a_sentence() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);
        long finance = BoardTestData.note(
                jdbc, c, 2, NoteKind.STRENGTH, "The finance team is highly regarded", BoardTestData.FINANCE);
        runs.runNow(c.id());
        Board.ThemeCard theme = themeOf(c, notes.budget().getFirst());
        String base = "/challenges/" + c.id() + "/evidence/board/themes/" + theme.id();
        RequestPostProcessor lead = as(c.leadPeer().email());
        String v = String.valueOf(theme.version());

        mvc.perform(post(base + "/rename")
                        .with(lead)
                        .with(csrf())
                        .param("version", v)
                        .param("name", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a name for the theme")));
        mvc.perform(post(base + "/rename")
                        .with(lead)
                        .with(csrf())
                        .param("version", v)
                        .param("name", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("300 characters or fewer")));
        mvc.perform(post(base + "/split")
                        .with(lead)
                        .with(csrf())
                        .param("version", v)
                        .param("newName", "New"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select the notes to move")));
        mvc.perform(post(base + "/merge")
                        .with(lead)
                        .with(csrf())
                        .param("version", v)
                        .param("into", String.valueOf(themeOf(c, finance).id())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("under the same component")));
        mvc.perform(post(base + "/rename").with(lead).with(csrf()).param("version", "not-a-number"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/rename").with(lead).with(csrf()).param("name", "No version"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed")));
        assertThat(themeOf(c, notes.budget().getFirst()).name()).isEqualTo(theme.name());
    }

    @Test
    void outsiders_get_404_from_the_pages_and_the_api() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);
        runs.runNow(c.id());
        long theme = themeOf(c, notes.housing().getFirst()).id();
        for (String outsider : List.of(Demo.COUNCIL, Demo.PEER, Demo.ADVISER, Demo.ADMIN)) {
            mvc.perform(get("/challenges/{id}/evidence/board", c.id()).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/challenges/{id}/evidence/board/themes/{t}", c.id(), theme)
                            .with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/challenges/{id}/themes", c.id()).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/challenges/{id}/evidence/board/themes/{t}/rename", c.id(), theme)
                            .with(as(outsider))
                            .with(csrf())
                            .param("version", "1")
                            .param("name", "Mine now"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/challenges/{id}/evidence/board", c.id()).with(as(Demo.MANAGER)))
                .andExpect(status().isOk());
        assertThat(themeOf(c, notes.housing().getFirst()).name()).isNotEqualTo("Mine now");
    }

    @Test
    void a_note_whose_text_changed_is_embedded_again() {
        OnSiteChallenge c = BoardTestData.challenge(context);
        long note = BoardTestData.note(
                jdbc, c, 0, NoteKind.STRENGTH, "Strong political leadership", BoardTestData.PRIORITIES);
        assertThat(vectors.missing(c.id())).isEqualTo(1);
        vectors.refresh(c.id(), n -> {});
        assertThat(vectors.missing(c.id())).isZero();
        float[] before = vectors.vectors(c.id()).get(note);
        jdbc.sql("update evidence_note set text = 'Weak financial controls', version = version + 1 where id = :n")
                .param("n", note)
                .update();
        assertThat(vectors.missing(c.id())).isEqualTo(1);
        assertThat(vectors.vectors(c.id())).doesNotContainKey(note);
        vectors.refresh(c.id(), n -> {});
        assertThat(vectors.vectors(c.id()).get(note)).isNotEqualTo(before);
    }

    @Test
    void an_empty_board_says_what_fills_it() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        mvc.perform(get("/challenges/{id}/evidence/board", c.id())
                        .with(as(c.officerPeer().email())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There are no notes to group yet")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/evidence/notes")));
    }

    @Test
    void peers_change_themes_through_the_api_too() throws Exception {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.Notes notes = BoardTestData.threeSubjects(jdbc, c);
        runs.runNow(c.id());
        RequestPostProcessor lead = as(c.leadPeer().email());
        Board.ThemeCard staff = themeOf(c, notes.staff().getFirst());
        Board.ThemeCard budget = themeOf(c, notes.budget().getFirst());
        String api = "/api/v1/challenges/" + c.id() + "/themes/";
        long moving = staff.noteIds().getLast();

        mvc.perform(post(api + staff.id() + "/move")
                        .with(lead)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"noteId\": " + moving + ", \"to\": " + budget.id() + ", \"version\": "
                                + staff.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(budget.id()))
                .andExpect(jsonPath("$.edited").value(true));
        assertThat(themeOf(c, moving).id()).isEqualTo(budget.id());

        Board.ThemeCard budgetNow = themeOf(c, notes.budget().getFirst());
        mvc.perform(post(api + budgetNow.id() + "/split")
                        .with(lead)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"noteIds\": [" + moving + "], \"name\": \"Morale\", \"version\": "
                                + budgetNow.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Morale"))
                .andExpect(jsonPath("$.noteIds[0]").value(moving));

        Board.ThemeCard morale = themeOf(c, moving);
        Board.ThemeCard staffNow = themeOf(c, notes.staff().getFirst());
        mvc.perform(post(api + morale.id() + "/merge")
                        .with(lead)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + staffNow.id() + ", \"version\": " + morale.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(staffNow.id()));
        assertThat(themeOf(c, moving).id()).isEqualTo(staffNow.id());

        mvc.perform(post(api + staffNow.id() + "/merge")
                        .with(lead)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Send the change as JSON (see the API description)"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/themes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/themes/{themeId}/split']")
                        .exists());
    }
}

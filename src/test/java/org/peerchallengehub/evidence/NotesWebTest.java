package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The notes pages and API over HTTP (MockMvc): who gets what, idempotent resends, bad inputs, page weight. */
@HubIntegrationTest
class NotesWebTest {

    static final String COMPONENT = "local-priorities-and-outcomes";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    java.time.Clock clock;

    OnSiteChallenge onSite;
    OnSiteChallenge other;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }

    RequestPostProcessor lead() {
        return as(onSite.leadPeer().email());
    }

    @BeforeEach
    void challenges() {
        onSite = ChallengeFixtures.onSite(context, user(Demo.MANAGER), "E08000035", LocalDate.now(clock));
        other = ChallengeFixtures.onSite(context, user(Demo.MANAGER), "E08000021", LocalDate.now(clock));
    }

    String base() {
        return "/challenges/" + onSite.id() + "/evidence";
    }

    String api() {
        return "/api/v1/challenges/" + onSite.id() + "/notes";
    }

    long notes(UUID key) {
        return jdbc.sql("select count(*) from evidence_note where client_key = :k")
                .param("k", key)
                .query(Long.class)
                .single();
    }

    @Test
    void the_team_sees_the_evidence_pages_and_outsiders_get_not_found() throws Exception {
        for (String path : List.of(base(), base() + "/notes", base() + "/notes/new")) {
            String page = mvc.perform(get(path).with(lead()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("Evidence");
            mvc.perform(get(path).with(as(Demo.MANAGER))).andExpect(status().isOk());
            for (String outsider : List.of(
                    Demo.COUNCIL,
                    Demo.ADMIN,
                    Demo.ADVISER,
                    Demo.PEER,
                    other.leadPeer().email())) {
                mvc.perform(get(path).with(as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        for (String outsider :
                List.of(Demo.COUNCIL, Demo.ADMIN, Demo.PEER, other.leadPeer().email())) {
            mvc.perform(get(api()).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(api())
                            .with(as(outsider))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(api())).andExpect(status().isUnauthorized());
    }

    @Test
    void the_challenge_page_links_to_the_evidence_for_seats_only() throws Exception {
        String path = "/challenges/" + onSite.id();
        assertThat(mvc.perform(get(path).with(lead())).andReturn().getResponse().getContentAsString())
                .contains("Open the evidence");
        assertThat(mvc.perform(get(path).with(as(Demo.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Open the evidence");
    }

    @Test
    void the_form_saves_a_note_once_however_often_it_is_sent() throws Exception {
        UUID key = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(base() + "/notes")
                            .with(lead())
                            .with(csrf())
                            .param("clientKey", key.toString())
                            .param("source", "SESSION")
                            .param("sessionId", onSite.sessionIds().get(1).toString())
                            .param("kind", "STRENGTH")
                            .param("text", "Staff feel listened to by senior leaders")
                            .param("codes", "c:" + COMPONENT))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(notes(key)).isEqualTo(1);
        String list = mvc.perform(
                        get(base() + "/notes").with(as(onSite.officerPeer().email())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Staff feel listened to by senior leaders").contains("Staff focus group");
    }

    @Test
    void the_form_warns_about_a_name_and_saves_it_when_told_to() throws Exception {
        UUID key = UUID.randomUUID();
        var request = post(base() + "/notes")
                .with(lead())
                .with(csrf())
                .param("clientKey", key.toString())
                .param("source", "SESSION")
                .param("sessionId", onSite.sessionIds().getFirst().toString())
                .param("kind", "OBSERVATION")
                .param("text", "Ask jo.bloggs@example.org for the savings tracker")
                .param("codes", "c:" + COMPONENT);
        String page = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("The note seems to name a person: jo.bloggs@example.org")
                .contains("Save anyway");
        assertThat(notes(key)).isZero();
        mvc.perform(request.param("saveAnyway", "yes")).andExpect(status().is3xxRedirection());
        assertThat(notes(key)).isEqualTo(1);
    }

    @Test
    void the_form_shows_every_problem_and_keeps_what_was_typed() throws Exception {
        String page = mvc.perform(post(base() + "/notes")
                        .with(lead())
                        .with(csrf())
                        .param("clientKey", UUID.randomUUID().toString())
                        .param("source", "SESSION")
                        .param("sessionId", other.sessionIds().getFirst().toString())
                        .param("text", "x".repeat(102_400))
                        .param("codes", "c:no-such-component"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("There is a problem")
                .contains("That session is not in the on-site programme")
                .contains("Select whether the note is a strength")
                .contains("A note must be 10,000 characters or fewer; this one has 102,400.")
                .contains("Select components of the challenge’s framework only")
                .contains("x".repeat(1000));
        for (String[] wrong : new String[][] {{"kind", "NOPE"}, {"source", "ELSEWHERE"}, {"version", "x"}}) {
            int status = mvc.perform(
                            post(base() + "/notes").with(lead()).with(csrf()).param(wrong[0], wrong[1]))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(wrong[0]).isBetween(200, 499);
        }
        String bad = mvc.perform(post(base() + "/notes")
                        .with(lead())
                        .with(csrf())
                        .param("clientKey", "not-a-uuid")
                        .param("sessionId", "abc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Select the session the note comes from");
    }

    @Test
    void the_api_records_idempotently_changes_with_a_version_and_deletes() throws Exception {
        UUID key = UUID.randomUUID();
        String body = json.writeValueAsString(java.util.Map.of(
                "clientKey", key.toString(),
                "sessionId", onSite.sessionIds().getFirst(),
                "kind", "AREA_FOR_IMPROVEMENT",
                "text", "Members are unclear how the savings will be delivered",
                "components", List.of(COMPONENT)));
        MockHttpServletResponse first = mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        JsonNode note = json.readTree(first.getContentAsString());
        long id = note.get("id").asLong();
        assertThat(first.getHeader("Location")).endsWith("/notes/" + id);
        JsonNode again = json.readTree(mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(notes(key)).isEqualTo(1);

        JsonNode list = json.readTree(
                mvc.perform(get(api() + "?kind=AREA_FOR_IMPROVEMENT").with(as(Demo.MANAGER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list.get("total").asLong()).isEqualTo(1);

        String change = json.writeValueAsString(java.util.Map.of(
                "sessionId",
                onSite.sessionIds().getFirst(),
                "kind",
                "AREA_FOR_IMPROVEMENT",
                "text",
                "Members are unclear how the savings will be delivered by 2027",
                "components",
                List.of(COMPONENT),
                "version",
                0));
        mvc.perform(put(api() + "/" + id)
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isOk());
        // the second edit of version 0 is told that someone changed it
        mvc.perform(put(api() + "/" + id)
                        .with(as(onSite.officerPeer().email()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isConflict());
        mvc.perform(get(api() + "/" + id).with(as(other.leadPeer().email()))).andExpect(status().isNotFound());
        mvc.perform(delete(api() + "/" + id).with(as(other.leadPeer().email())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(api() + "/" + id).with(lead()).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(api() + "/" + id).with(lead())).andExpect(status().isNotFound());
    }

    @Test
    void the_api_says_what_is_wrong() throws Exception {
        String empty = json.writeValueAsString(java.util.Map.of(
                "sessionId",
                onSite.sessionIds().getFirst(),
                "kind",
                "STRENGTH",
                "text",
                " ",
                "components",
                List.of(COMPONENT)));
        JsonNode problem = json.readTree(mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(empty))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Enter the note");
        String named = json.writeValueAsString(java.util.Map.of(
                "sessionId",
                onSite.sessionIds().getFirst(),
                "kind",
                "STRENGTH",
                "text",
                "Cllr Okafor chairs well",
                "components",
                List.of(COMPONENT)));
        JsonNode names = json.readTree(mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(named))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(names.get("possibleNames").get(0).asString()).isEqualTo("Cllr Okafor");
        mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":"))
                .andExpect(status().isBadRequest());
        jdbc.sql(
                        "insert into evidence_signoff (challenge_id, seat, user_id, user_name) values (:c, 'LEAD_PEER', 1, 'X')")
                .param("c", onSite.id())
                .update();
        String fine = json.writeValueAsString(java.util.Map.of(
                "sessionId",
                onSite.sessionIds().getFirst(),
                "kind",
                "STRENGTH",
                "text",
                "A fine note",
                "components",
                List.of(COMPONENT)));
        JsonNode closed = json.readTree(mvc.perform(post(api())
                        .with(lead())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fine))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(closed.get("detail").asString()).contains("are signed off");
        String form = mvc.perform(post(base() + "/notes")
                        .with(lead())
                        .with(csrf())
                        .param("clientKey", UUID.randomUUID().toString())
                        .param("sessionId", onSite.sessionIds().getFirst().toString())
                        .param("kind", "STRENGTH")
                        .param("text", "After sign-off")
                        .param("codes", "c:" + COMPONENT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("are signed off, so its notes cannot be changed");
    }

    @Test
    void a_note_is_changed_and_deleted_through_the_pages_and_a_stale_change_is_told() throws Exception {
        Note note = context.getBean(Notes.class)
                .record(
                        onSite.leadPeer(),
                        onSite.id(),
                        new NoteDraft(
                                UUID.randomUUID(),
                                NoteSource.SESSION,
                                onSite.sessionIds().getFirst(),
                                null,
                                null,
                                null,
                                NoteKind.STRENGTH,
                                "First words of the note",
                                List.of(COMPONENT),
                                List.of(),
                                null,
                                false))
                .note();
        String edit = base() + "/notes/" + note.id() + "/edit";
        assertThat(mvc.perform(get(edit).with(as(onSite.officerPeer().email())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Change a note")
                .contains("First words of the note");
        mvc.perform(get(edit).with(as(other.leadPeer().email()))).andExpect(status().isNotFound());
        var change = post(edit)
                .with(csrf())
                .param("clientKey", note.clientKey().toString())
                .param("source", "SESSION")
                .param("sessionId", onSite.sessionIds().getFirst().toString())
                .param("kind", "OBSERVATION")
                .param("codes", "c:" + COMPONENT)
                .param("version", "0");
        mvc.perform(change.param("text", "The lead's words").with(lead())).andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post(edit)
                        .with(csrf())
                        .with(as(onSite.officerPeer().email()))
                        .param("source", "SESSION")
                        .param("sessionId", onSite.sessionIds().getFirst().toString())
                        .param("kind", "OBSERVATION")
                        .param("codes", "c:" + COMPONENT)
                        .param("version", "0")
                        .param("text", "The officer's words"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale)
                .contains("Someone else changed this note while you were editing it")
                .contains("The lead&#39;s words")
                .contains("The officer&#39;s words");

        String delete = base() + "/notes/" + note.id() + "/delete";
        mvc.perform(get(delete).with(lead())).andExpect(status().isOk());
        mvc.perform(post(delete).with(lead()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(api() + "/" + note.id()).with(lead())).andExpect(status().isOk());
        mvc.perform(post(delete).with(as(other.leadPeer().email())).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isNotFound());
        mvc.perform(post(delete).with(lead()).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api() + "/" + note.id()).with(lead())).andExpect(status().isNotFound());
        mvc.perform(get(edit).with(lead())).andExpect(status().isNotFound());
    }

    @Test
    void the_notes_api_is_in_the_openapi_description() throws Exception {
        String description = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(description)
                .contains("\"/api/v1/challenges/{id}/notes\"")
                .contains("\"/api/v1/challenges/{id}/notes/{noteId}\"")
                .contains("Evidence notes")
                .contains("idempotent by clientKey");
    }

    /**
     * The "record a note" page is under 60 KB with a warm cache: its HTML plus every asset it links that
     * the browser may not keep (no max-age). Measured with a full four-day programme of 48 sessions.
     */
    @Test
    void the_note_page_is_under_60_KB_with_a_warm_cache() throws Exception {
        DemoSessions sessions = context.getBean(DemoSessions.class);
        LocalDate start = LocalDate.now(clock);
        long member = onSite.memberIds().get(1);
        int added = 0;
        for (int day = 0; day < 4; day++) {
            for (int hour = 7; hour < 20; hour++) {
                try {
                    sessions.add(
                            user(Demo.MANAGER),
                            onSite.id(),
                            "INTERVIEW",
                            "Interview with the cabinet member for a long portfolio title " + day + "-" + hour,
                            start.plusDays(day),
                            LocalTime.of(hour, 30),
                            LocalTime.of(hour, 59),
                            "SENIOR_OFFICERS",
                            1,
                            List.of(member));
                    added++;
                } catch (RuntimeException clash) {
                    // the fixture's own sessions take a few slots
                }
            }
        }
        assertThat(added).isGreaterThanOrEqualTo(45);
        MockHttpServletResponse page = mvc.perform(get(base() + "/notes/new").with(lead()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String html = page.getContentAsString();
        long bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Matcher assets = Pattern.compile("(?:href|src)=\"(/(?:css|js|govuk|images)/[^\"]+)\"")
                .matcher(html);
        Set<String> links = new LinkedHashSet<>();
        while (assets.find()) {
            links.add(assets.group(1));
        }
        assertThat(links).anyMatch(l -> l.contains("/js/evidence-notes")).anyMatch(l -> l.contains("/css/app"));
        List<String> uncached = new ArrayList<>();
        for (String link : links) {
            MockHttpServletResponse asset = mvc.perform(get(link))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            String cache = String.valueOf(asset.getHeader("Cache-Control"));
            if (!cache.matches(".*max-age=[1-9].*")) {
                uncached.add(link);
                bytes += asset.getContentAsByteArray().length;
            }
        }
        assertThat(uncached).as("assets the browser cannot keep").isEmpty();
        assertThat(html).contains("Interview with the cabinet member for a long portfolio title 3-19");
        assertThat(bytes).as("bytes transferred with a warm cache").isLessThan(60 * 1024);
    }
}

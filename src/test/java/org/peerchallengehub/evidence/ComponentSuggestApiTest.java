package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/v1/frameworks/{id}/suggest-component}: every component ranked for any signed-in
 * user, clear 400s for bad bodies, 404 for an unknown framework, never a 500; and the suggestion learns
 * from notes filed and labelled in challenges, whatever their framework version.
 */
@HubIntegrationTest
class ComponentSuggestApiTest {

    static final String FINANCE =
            "The medium term financial strategy relies on reserves to close next year's budget gap.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ComponentSuggester suggester;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder suggest(String framework, String body) {
        return post("/api/v1/frameworks/" + framework + "/suggest-component")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static String json(String text) {
        return "{\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"COUNCIL", "PEER", "PEER_CHALLENGE_MANAGER", "PRINCIPAL_ADVISER", "PROGRAMME_TEAM"})
    void any_signed_in_user_gets_every_component_best_first(String role) throws Exception {
        mvc.perform(suggest("cpc-2024", json(FINANCE))
                        .with(user("someone@example.gov.uk").roles(role))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(5)))
                .andExpect(jsonPath("$.suggestions[0].component", is("financial-planning-and-management")));
    }

    @Test
    void scores_are_probabilities_best_first() {
        List<ComponentSuggestion> ranked =
                suggester.suggest("cpc-2016", FINANCE).orElseThrow();
        assertThat(ranked).hasSize(5);
        assertThat(ranked.getFirst().component()).isEqualTo("financial-planning-and-viability");
        assertThat(ranked).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        assertThat(ranked.stream().mapToDouble(ComponentSuggestion::score).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score())
                    .isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
    }

    @Test
    void a_personal_api_token_works_without_csrf() throws Exception {
        mvc.perform(suggest("cpc-2011", json(FINANCE)).header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", hasSize(3)));
    }

    @Test
    void without_signing_in_the_answer_is_401() throws Exception {
        mvc.perform(suggest("cpc-2024", json(FINANCE)).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void a_session_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(suggest("cpc-2024", json(FINANCE))
                        .with(user("someone@example.gov.uk").roles("PEER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_framework_is_404() throws Exception {
        mvc.perform(suggest("cpc-1999", json(FINANCE))
                        .with(user("someone@example.gov.uk").roles("PEER"))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("cpc-1999")));
    }

    @Test
    void an_empty_body_is_400() throws Exception {
        expect400("", "JSON body");
    }

    @Test
    void malformed_json_is_400() throws Exception {
        expect400("{\"text\": \"unterminated", "not valid JSON");
    }

    @Test
    void json_that_is_not_an_object_is_400() throws Exception {
        expect400("[\"text\"]", "JSON object");
    }

    @Test
    void a_body_without_text_is_400() throws Exception {
        expect400("{\"words\": \"budget\"}", "no \\\"text\\\"");
    }

    @Test
    void a_text_that_is_not_a_string_is_400() throws Exception {
        expect400("{\"text\": 42}", "must be a string");
    }

    @Test
    void a_blank_text_is_400() throws Exception {
        expect400(json("  \\n\\t "), "empty");
    }

    @Test
    void a_text_over_10000_characters_is_400() throws Exception {
        expect400(json("a".repeat(10_001)), "10,001 characters long; at most 10,000");
    }

    @Test
    void a_text_of_10000_characters_is_answered() throws Exception {
        mvc.perform(suggest("cpc-2024", json("budget ".repeat(1_500).substring(0, 10_000)))
                        .with(user("someone@example.gov.uk").roles("PEER"))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    void expect400(String body, String message) throws Exception {
        mvc.perform(suggest("cpc-2024", body)
                        .with(user("someone@example.gov.uk").roles("PEER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString(message.replace("\\\"", "\""))));
    }

    CurrentUser signIn(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void it_learns_from_labelled_notes_of_another_framework_version() {
        String text = "Bin collections were missed again on several estates this autumn.";
        suggester.refresh("cpc-2024");
        String before =
                suggester.suggest("cpc-2024", text).orElseThrow().getFirst().component();
        // Notes of a 2016 challenge, labelled with a 2016 component whose 2024 equivalent is not the top.
        String label = before.equals("financial-planning-and-management")
                ? "capacity-to-deliver"
                : "financial-planning-and-viability";
        String expected =
                label.equals("capacity-to-deliver") ? "capacity-for-improvement" : "financial-planning-and-management";
        var challenge = ChallengeFixtures.onSite(
                context,
                signIn(Demo.MANAGER),
                Demo.COUNCIL_GSS,
                java.time.LocalDate.now().minusDays(1));
        List<String> notes = List.of(
                "Residents complained about missed bin collections and fly-tipping on the estates.",
                "Recycling rates are low and the waste contract is being retendered.",
                "Street cleaning and refuse collection are the services residents notice most.",
                "The bin collection rounds were changed without telling residents.",
                "Missed bins are the most common complaint to ward councillors.",
                "The waste depot has too few working refuse lorries.");
        List<Long> ids = notes.stream()
                .map(n -> file(challenge.id(), challenge.sessionIds().getFirst(), challenge.leadPeer(), n, label))
                .toList();
        try {
            suggester.refresh("cpc-2024");
            List<ComponentSuggestion> after =
                    suggester.suggest("cpc-2024", text).orElseThrow();
            assertThat(after.getFirst().component()).as("before: %s", before).isEqualTo(expected);
            assertThat(jdbc.sql("select count(*) from evidence_note_vector where note_id in (:ids)")
                            .param("ids", ids)
                            .query(Integer.class)
                            .single())
                    .as("the notes' vectors, embedded and stored")
                    .isEqualTo(notes.size());
        } finally {
            jdbc.sql("delete from evidence_note where id in (:ids)")
                    .param("ids", ids)
                    .update();
            suggester.refresh("cpc-2024");
        }
        assertThat(suggester.suggest("cpc-2024", text).orElseThrow().getFirst().component())
                .as("after the notes are gone")
                .isEqualTo(before);
    }

    long file(long challengeId, long sessionId, CurrentUser author, String text, String component) {
        long id = jdbc.sql(
                        """
                        insert into evidence_note (challenge_id, client_key, source, session_id, kind, text,
                          author_user_id, author_name)
                        values (:challenge, :key, 'SESSION', :session, 'AREA_FOR_IMPROVEMENT', :text, :author, :name)
                        returning id
                        """)
                .param("challenge", challengeId)
                .param("key", UUID.randomUUID())
                .param("session", sessionId)
                .param("text", text)
                .param("author", author.id())
                .param("name", author.displayName())
                .query(Long.class)
                .single();
        jdbc.sql("insert into evidence_note_code (note_id, component_id) values (:id, :component)")
                .param("id", id)
                .param("component", component)
                .update();
        return id;
    }
}

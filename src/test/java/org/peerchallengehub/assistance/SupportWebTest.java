package org.peerchallengehub.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The support record over HTTP against real PostgreSQL: who reaches it, what is saved, what is refused
 * (and then nothing is saved), what the council's workspace shows to whom, and the audit trail.
 */
@HubIntegrationTest
class SupportWebTest {

    /** Bedford Borough Council: no other test records support for it. */
    static final String GSS = "E06000055";

    static final String COUNCIL_USER = "support.bedford@example.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(email));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @BeforeEach
    void cleanSlate() {
        if (accounts.byEmail(COUNCIL_USER).isEmpty()) {
            accounts.create(new NewUserAccount(
                    COUNCIL_USER, "Bedford Test User", Role.COUNCIL, GSS, null, null, "support-password-0123", false));
        }
        for (String table :
                List.of("assistance_conversation", "assistance_offer", "assistance_summary", "assistance_assignment")) {
            jdbc.sql("delete from " + table + " where council_gss = :gss")
                    .param("gss", GSS)
                    .update();
        }
    }

    String page(MockHttpServletRequestBuilder request, String email) throws Exception {
        return mvc.perform(request.with(as(email)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder conversation(LocalDate on, String posts, String summary) {
        return post("/support/councils/" + GSS + "/conversations")
                .param("heldOnDay", String.valueOf(on.getDayOfMonth()))
                .param("heldOnMonth", String.valueOf(on.getMonthValue()))
                .param("heldOnYear", String.valueOf(on.getYear()))
                .param("posts", posts)
                .param("summary", summary)
                .param("nextStep", "Offer a finance peer review");
    }

    MockHttpServletRequestBuilder offer(String kind, LocalDate on) {
        return post("/support/councils/" + GSS + "/offers")
                .param("kind", kind)
                .param("details", "Scope agreed with the section 151 officer")
                .param("offeredOnDay", String.valueOf(on.getDayOfMonth()))
                .param("offeredOnMonth", String.valueOf(on.getMonthValue()))
                .param("offeredOnYear", String.valueOf(on.getYear()));
    }

    MockHttpServletRequestBuilder move(long offer, String to, LocalDate on, String outcome) {
        return post("/support/councils/" + GSS + "/offers/" + offer)
                .param("to", to)
                .param("onDay", String.valueOf(on.getDayOfMonth()))
                .param("onMonth", String.valueOf(on.getMonthValue()))
                .param("onYear", String.valueOf(on.getYear()))
                .param("outcome", outcome);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where council_gss = :gss")
                .param("gss", GSS)
                .query(Long.class)
                .single();
    }

    long offerId() {
        return jdbc.sql("select max(id) from assistance_offer where council_gss = :gss")
                .param("gss", GSS)
                .query(Long.class)
                .single();
    }

    List<String> audit(String action) {
        return jdbc.sql("select summary from audit_event where action = :a order by id")
                .param("a", action)
                .query(String.class)
                .list();
    }

    @Test
    void an_adviser_records_a_conversation_and_an_offer_and_moves_it_to_completed() throws Exception {
        mvc.perform(conversation(today().minusDays(3), "Chief executive; section 151 officer", "Budget gap discussed")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(offer("FINANCE_PEER_REVIEW", today().minusDays(2))
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = offerId();
        String record = page(get("/support/councils/" + GSS), Demo.ADVISER);
        assertThat(record)
                .contains("Bedford Borough Council")
                .contains("Chief executive; section 151 officer")
                .contains("Budget gap discussed")
                .contains("Finance peer review")
                .contains("Offered");

        mvc.perform(move(id, "AGREED", today().minusDays(1), "")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(move(id, "UNDER_WAY", today(), "").with(as(Demo.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(move(id, "COMPLETED", today(), "Recovery plan agreed by cabinet")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state || ' ' || outcome from assistance_offer where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED Recovery plan agreed by cabinet");

        // completed → offered is refused with a message, and the offer stays completed
        String refused = page(move(id, "OFFERED", today(), ""), Demo.ADVISER);
        assertThat(HtmlUtils.htmlUnescape(refused))
                .contains("There is a problem")
                .contains("The finance peer review is completed: it cannot be moved back to offered");
        assertThat(jdbc.sql("select state from assistance_offer where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");

        assertThat(audit("support.conversation-recorded")).anyMatch(s -> s.contains("Bedford Borough Council"));
        assertThat(audit("support.offer-recorded"))
                .anyMatch(s -> s.startsWith("Finance peer review offered to Bedford Borough Council"));
        assertThat(audit("support.offer-moved"))
                .anyMatch(s -> s.contains("Bedford Borough Council: under way → completed"));
    }

    @Test
    void bad_inputs_are_refused_with_messages_and_nothing_is_saved() throws Exception {
        String future = page(conversation(today().plusDays(1), "Leader", "Talked"), Demo.ADVISER);
        assertThat(future).contains("The date of the conversation must be today or in the past");
        String named = page(conversation(today(), "Cllr Smith and the chief executive", "Talked"), Demo.ADVISER);
        assertThat(HtmlUtils.htmlUnescape(named)).contains("Write who took part by their post");
        String huge = page(conversation(today(), "Leader", "x".repeat(10_001)), Demo.ADVISER);
        assertThat(huge).contains("The summary must be 5,000 characters or fewer");
        String empty = page(post("/support/councils/" + GSS + "/conversations"), Demo.ADVISER);
        assertThat(empty)
                .contains("Enter the date of the conversation")
                .contains("Enter who took part from the council, by their post")
                .contains("Enter a summary of the conversation");
        assertThat(count("assistance_conversation")).isZero();

        String noKind = page(offer("", today()), Demo.ADVISER);
        assertThat(noKind).contains("Select the kind of support offered");
        String badKind = page(offer("FREE_LUNCH", today()), Demo.ADVISER);
        assertThat(badKind).contains("Select the kind of support offered");
        String other = page(offer("OTHER", today()), Demo.ADVISER);
        assertThat(other).contains("Say what the other support is");
        String futureOffer = page(offer("MENTORING", today().plusYears(1)), Demo.ADVISER);
        assertThat(futureOffer).contains("The date it was offered must be today or in the past");
        String notADate = page(
                post("/support/councils/" + GSS + "/offers")
                        .param("kind", "FUNDING")
                        .param("offeredOnDay", "31")
                        .param("offeredOnMonth", "2")
                        .param("offeredOnYear", "2026"),
                Demo.ADVISER);
        assertThat(notADate).contains("The date it was offered must be a real date");
        assertThat(count("assistance_offer")).isZero();

        // a step dated before the offer, and completing without an outcome
        mvc.perform(offer("FUNDING", today().minusDays(5))
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = offerId();
        assertThat(page(move(id, "AGREED", today().minusDays(6), ""), Demo.ADVISER))
                .contains("The date must be on or after");
        assertThat(page(move(id, "COMPLETED", today(), "done"), Demo.ADVISER))
                .contains("it can only become agreed or declined, not completed");
        assertThat(page(move(id, "AGREED", today(), "y".repeat(10_001)), Demo.ADVISER))
                .contains("The outcome must be 5,000 characters or fewer");
        assertThat(page(post("/support/councils/" + GSS + "/offers/" + id), Demo.ADVISER))
                .contains("Select what has happened to the funding")
                .contains("Enter the date it happened");
        assertThat(jdbc.sql("select state from assistance_offer where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("OFFERED");
    }

    @Test
    void unknown_councils_and_offers_are_not_found() throws Exception {
        for (String path : List.of(
                "/support/councils/E99999999",
                "/support/councils/not-a-code",
                "/support/councils/E99999999/conversations/new",
                "/support/councils/" + GSS + "/offers/999999999",
                "/api/v1/support/councils/E99999999")) {
            mvc.perform(get(path).with(as(Demo.ADVISER))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/support/councils/E99999999/conversations")
                        .param("posts", "Leader")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // another council's offer under this council's path
        mvc.perform(offer("FUNDING", today()).with(as(Demo.ADVISER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/support/councils/E06000032/offers/" + offerId()).with(as(Demo.ADVISER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void council_users_peers_and_managers_get_not_found_and_the_public_is_asked_to_sign_in() throws Exception {
        mvc.perform(offer("FUNDING", today()).with(as(Demo.ADVISER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = offerId();
        List<String> pages = List.of(
                "/support",
                "/support/councils/" + GSS,
                "/support/councils/" + GSS + "/adviser",
                "/support/councils/" + GSS + "/conversations/new",
                "/support/councils/" + GSS + "/offers/new",
                "/support/councils/" + GSS + "/offers/" + id,
                "/support/councils/" + GSS + "/summaries/new");
        for (String outsider : List.of(COUNCIL_USER, Demo.COUNCIL, Demo.PEER, Demo.MANAGER)) {
            for (String path : pages) {
                mvc.perform(get(path).with(as(outsider))).andExpect(status().isNotFound());
            }
            for (String path : List.of("/api/v1/support/councils", "/api/v1/support/councils/" + GSS)) {
                mvc.perform(get(path).with(as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(conversation(today(), "Leader", "Sneaky")
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(move(id, "AGREED", today(), "").with(as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(count("assistance_conversation")).isZero();
        mvc.perform(get("/support/councils/" + GSS)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/support/councils/" + GSS)).andExpect(status().isUnauthorized());
        // the summary is the programme team's to write: an adviser is refused
        mvc.perform(get("/support/councils/" + GSS + "/summaries/new").with(as(Demo.ADVISER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/support/councils/" + GSS + "/summaries")
                        .param("text", "x")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("assistance_summary")).isZero();
    }

    @Test
    void one_current_adviser_per_council_with_the_history_kept() throws Exception {
        long avery = user(Demo.ADVISER).id();
        long kit = user("kit.adviser@demo.local").id();
        mvc.perform(post("/support/councils/" + GSS + "/adviser")
                        .param("adviser", String.valueOf(avery))
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/support"), Demo.ADVISER)).contains("Bedford Borough Council");
        assertThat(page(
                        post("/support/councils/" + GSS + "/adviser").param("adviser", String.valueOf(avery)),
                        Demo.ADVISER))
                .contains("is already the adviser for Bedford Borough Council");
        assertThat(page(
                        post("/support/councils/" + GSS + "/adviser")
                                .param("adviser", String.valueOf(user(Demo.PEER).id())),
                        Demo.ADVISER))
                .contains("Select a principal adviser from the list");
        assertThat(page(post("/support/councils/" + GSS + "/adviser").param("adviser", "abc"), Demo.ADVISER))
                .contains("Select the principal adviser for Bedford Borough Council");
        mvc.perform(post("/support/councils/" + GSS + "/adviser")
                        .param("adviser", String.valueOf(kit))
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select adviser_user_id from assistance_assignment where council_gss = :g and ended_at is null")
                        .param("g", GSS)
                        .query(Long.class)
                        .list())
                .containsExactly(kit);
        assertThat(count("assistance_assignment")).isEqualTo(2);
        assertThat(page(get("/support"), Demo.ADVISER)).doesNotContain("Bedford Borough Council");
        String record = page(get("/support/councils/" + GSS), Demo.ADMIN);
        assertThat(record).contains("Earlier advisers").contains("Avery Adviser (demo)");
        assertThat(audit("support.adviser-assigned"))
                .anyMatch(
                        s -> s.equals("Kit Fictional (demo) assigned as principal adviser to Bedford Borough Council"));
    }

    @Test
    void the_workspace_shows_the_record_to_staff_and_only_a_shared_summary_to_the_council() throws Exception {
        mvc.perform(conversation(today(), "Chief executive", "Confidential worry about reserves")
                        .with(as(Demo.ADVISER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String workspace = "/councils/" + GSS + "/workspace";
        assertThat(page(get(workspace), Demo.ADVISER))
                .contains("Support from the LGA")
                .contains("Chief executive");
        assertThat(page(get(workspace), Demo.ADMIN)).contains("Support from the LGA");
        assertThat(page(get(workspace), Demo.MANAGER)).doesNotContain("Support from the LGA");
        assertThat(page(get(workspace), COUNCIL_USER))
                .doesNotContain("Support from the LGA")
                .doesNotContain("Confidential worry");

        mvc.perform(post("/support/councils/" + GSS + "/summaries")
                        .param("text", "A draft not yet shared")
                        .param("share", "no")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(workspace), COUNCIL_USER)).doesNotContain("A draft not yet shared");

        mvc.perform(post("/support/councils/" + GSS + "/summaries")
                        .param("text", "The LGA has offered a finance peer review")
                        .param("share", "yes")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String seen = page(get(workspace), COUNCIL_USER);
        assertThat(seen)
                .contains("Support from the LGA")
                .contains("The LGA has offered a finance peer review")
                .doesNotContain("Confidential worry")
                .doesNotContain("A draft not yet shared")
                .doesNotContain("Open the support record");

        // sharing the draft replaces the shared one; stopping sharing hides it again
        long draft = jdbc.sql("select id from assistance_summary where council_gss = :g and shared_at is null")
                .param("g", GSS)
                .query(Long.class)
                .single();
        mvc.perform(post("/support/councils/" + GSS + "/summaries/" + draft + "/share")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(workspace), COUNCIL_USER))
                .contains("A draft not yet shared")
                .doesNotContain("The LGA has offered a finance peer review");
        mvc.perform(post("/support/councils/" + GSS + "/summaries/" + draft + "/share")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/support/councils/" + GSS + "/summaries/withdraw")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(workspace), COUNCIL_USER)).doesNotContain("Support from the LGA");
        assertThat(page(post("/support/councils/" + GSS + "/summaries").param("text", "z".repeat(10_001)), Demo.ADMIN))
                .contains("The summary must be 5,000 characters or fewer");
        assertThat(audit("support.summary-shared")).anyMatch(s -> s.contains("Bedford Borough Council"));
        assertThat(audit("support.summary-withdrawn")).anyMatch(s -> s.contains("Bedford Borough Council"));
    }

    @Test
    void the_api_gives_the_record_as_json() throws Exception {
        mvc.perform(offer("IMPROVEMENT_BOARD", today()).with(as(Demo.ADVISER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String json = mvc.perform(get("/api/v1/support/councils/" + GSS).with(as(Demo.ADVISER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json)
                .contains("\"gss\":\"" + GSS + "\"")
                .contains("\"kind\":\"IMPROVEMENT_BOARD\"")
                .contains("\"state\":\"OFFERED\"");
    }
}

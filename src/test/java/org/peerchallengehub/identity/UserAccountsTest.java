package org.peerchallengehub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    HubUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void demo_mode_creates_one_account_per_role_and_binds_the_council_user_to_a_real_council() {
        assertThat(accounts.byEmail(Demo.ADMIN)).map(UserAccount::role).hasValue(Role.PROGRAMME_TEAM);
        assertThat(accounts.byEmail(Demo.MANAGER)).map(UserAccount::role).hasValue(Role.PEER_CHALLENGE_MANAGER);
        assertThat(accounts.byEmail(Demo.ADVISER)).map(UserAccount::role).hasValue(Role.PRINCIPAL_ADVISER);
        assertThat(accounts.byEmail(Demo.PEER)).map(UserAccount::role).hasValue(Role.PEER);
        assertThat(accounts.byEmail(Demo.COUNCIL)).map(UserAccount::councilGss).hasValue(Demo.COUNCIL_GSS);
        assertThat(accounts.all()).filteredOn(UserAccount::demo).allSatisfy(a -> assertThat(a.displayName())
                .contains("(demo)"));
    }

    @Test
    void account_rules_are_enforced_and_explained() {
        assertThatThrownBy(() -> accounts.create(new NewUserAccount(
                        "not-an-email", "X", Role.PEER, null, null, null, "a-long-password-123", false)))
                .hasMessageContaining("correct format");
        assertThatThrownBy(() -> accounts.create(new NewUserAccount(
                        Demo.ADMIN.toUpperCase(), "X", Role.PEER, null, null, null, "a-long-password-123", false)))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> accounts.create(
                        new NewUserAccount("short@example.test", "X", Role.PEER, null, null, null, "short", false)))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> accounts.create(new NewUserAccount(
                        "nocouncil@example.test", "X", Role.COUNCIL, null, null, null, "a-long-password-123", false)))
                .hasMessageContaining("Select the council");
        assertThatThrownBy(() -> accounts.create(new NewUserAccount(
                        "badcouncil@example.test",
                        "X",
                        Role.COUNCIL,
                        "E99999999",
                        null,
                        null,
                        "a-long-password-123",
                        false)))
                .hasMessageContaining("Select the council");
        assertThatThrownBy(() -> accounts.create(new NewUserAccount(
                        "peer.with.council@example.test",
                        "X",
                        Role.PEER,
                        "E06000034",
                        null,
                        null,
                        "a-long-password-123",
                        false)))
                .hasMessageContaining("Only council users");
    }

    @Test
    void creating_an_account_is_audited_in_the_same_transaction() {
        var created = accounts.create(new NewUserAccount(
                "audit.me@example.test",
                "Audit Me",
                Role.PRINCIPAL_ADVISER,
                null,
                null,
                null,
                "a-long-password-123",
                false));
        long events = jdbc.sql("select count(*) from audit_event where action = 'user.created' and subject_id = :id")
                .param("id", String.valueOf(created.id()))
                .query(Long.class)
                .single();
        assertThat(events).isEqualTo(1);
    }

    @Test
    void the_programme_team_adds_a_user_through_the_form_with_errors_shown_per_field() throws Exception {
        var admin = user(users.loadUserByUsername(Demo.ADMIN));
        mvc.perform(post("/admin/users")
                        .param("email", "")
                        .param("role", "")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter an email address")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select a role")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: Add a user")));
        mvc.perform(post("/admin/users")
                        .param("email", "new.council.user@example.test")
                        .param("displayName", "New Council User")
                        .param("role", "COUNCIL")
                        .param("councilGss", "E09000022")
                        .param("password", "a-long-password-123")
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.byEmail("new.council.user@example.test"))
                .map(UserAccount::councilGss)
                .hasValue("E09000022");
    }
}

package org.peerchallengehub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    UserAccountRepository repository;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PlatformTransactionManager transactions;

    /** Runs {@code work} in a transaction that is rolled back, so the shared database is left as it was. */
    void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    /** Leaves the demo admin as the only enabled programme team account (inside the caller's transaction). */
    void onlyTheDemoAdminIsProgrammeTeam() {
        jdbc.sql("update user_account set enabled = false where role = 'PROGRAMME_TEAM' and email <> :admin")
                .param("admin", Demo.ADMIN)
                .update();
    }

    @Test
    void the_last_active_programme_team_account_can_be_neither_disabled_nor_demoted() {
        long admin = accounts.byEmail(Demo.ADMIN).orElseThrow().id();
        long manager = accounts.byEmail(Demo.MANAGER).orElseThrow().id();
        inRolledBackTransaction(() -> {
            onlyTheDemoAdminIsProgrammeTeam();
            assertThatThrownBy(() -> accounts.setEnabled(admin, false))
                    .isInstanceOf(AccountRefused.class)
                    .hasMessageContaining("only active programme team account");
            assertThatThrownBy(() -> accounts.disable(manager, admin))
                    .isInstanceOf(AccountRefused.class)
                    .hasMessageContaining("only active programme team account");
            assertThatThrownBy(() -> accounts.changeRole(admin, Role.PEER, null))
                    .isInstanceOf(AccountRefused.class)
                    .hasMessageStartingWith("You cannot change the role of " + Demo.ADMIN);
            assertThat(accounts.byId(admin).orElseThrow().enabled()).isTrue();
            assertThat(accounts.byId(admin).orElseThrow().role()).isEqualTo(Role.PROGRAMME_TEAM);
        });
    }

    @Test
    void nobody_disables_their_own_account() {
        var second = accounts.create(new NewUserAccount(
                "second.admin@example.test",
                "Second Admin",
                Role.PROGRAMME_TEAM,
                null,
                null,
                null,
                "a-long-password-123",
                false));
        assertThatThrownBy(() -> accounts.disable(second.id(), second.id()))
                .isInstanceOf(AccountRefused.class)
                .hasMessageStartingWith("You cannot disable your own account");
        assertThat(accounts.byId(second.id()).orElseThrow().enabled()).isTrue();
        // another programme team member may: there is still an active one left
        accounts.disable(accounts.byEmail(Demo.ADMIN).orElseThrow().id(), second.id());
        assertThat(accounts.byId(second.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void disabling_asks_for_confirmation_on_its_own_page_and_refuses_the_admins_own_account() throws Exception {
        var admin = user(users.loadUserByUsername(Demo.ADMIN));
        long self = accounts.byEmail(Demo.ADMIN).orElseThrow().id();
        var other = accounts.create(new NewUserAccount(
                "to.be.disabled@example.test",
                "To Be Disabled",
                Role.PEER,
                null,
                null,
                null,
                "a-long-password-123",
                false));
        mvc.perform(get("/admin/users/" + other.id() + "/disable").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Disable the account of To Be Disabled?")))
                .andExpect(content().string(containsString(">Disable account</button>")));
        assertThat(accounts.byId(other.id()).orElseThrow().enabled())
                .as("a visit changes nothing")
                .isTrue();
        mvc.perform(post("/admin/users/" + other.id() + "/disable").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("saved", "Account disabled for to.be.disabled@example.test"));
        assertThat(accounts.byId(other.id()).orElseThrow().enabled()).isFalse();

        mvc.perform(get("/admin/users/" + self + "/disable").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot disable your own account")))
                .andExpect(content().string(not(containsString(">Disable account</button>"))));
        mvc.perform(post("/admin/users/" + self + "/disable").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Disable an account")))
                .andExpect(content().string(containsString("You cannot disable your own account")));
        assertThat(accounts.byEmail(Demo.ADMIN).orElseThrow().enabled()).isTrue();
        mvc.perform(get("/admin/users/999999999/disable").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void the_bootstrap_admin_settings_restore_access_after_a_lockout() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("hub.demo", "false")
                .withProperty("hub.bootstrap-admin.email", Demo.ADMIN)
                .withProperty("hub.bootstrap-admin.password", "a-new-recovery-password");
        InitialAccounts initial = new InitialAccounts(env, accounts, repository, tokens, passwordEncoder, jdbc);
        inRolledBackTransaction(() -> {
            onlyTheDemoAdminIsProgrammeTeam();
            long admin = accounts.byEmail(Demo.ADMIN).orElseThrow().id();
            repository.setEnabled(admin, false); // a lockout: no active programme team account
            assertThat(accounts.anyWithRole(Role.PROGRAMME_TEAM)).isFalse();
            initial.run(null);
            UserAccount restored = accounts.byId(admin).orElseThrow();
            assertThat(restored.enabled()).isTrue();
            assertThat(restored.role()).isEqualTo(Role.PROGRAMME_TEAM);
            String hash = repository.credentials(Demo.ADMIN).orElseThrow().passwordHash();
            assertThat(passwordEncoder.matches("a-new-recovery-password", hash)).isTrue();
        });
    }

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

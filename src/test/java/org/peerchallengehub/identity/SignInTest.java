package org.peerchallengehub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@HubIntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(post("/sign-in")
                .param("email", email)
                .param("password", password)
                .with(csrf()));
    }

    String createUser(String email) {
        accounts.create(
                new NewUserAccount(email, "Test Person", Role.PEER, null, null, null, "a-long-password-123", false));
        return email;
    }

    @Test
    void the_right_password_signs_in_and_the_password_is_stored_hashed() throws Exception {
        String email = createUser("right.password@example.test");
        signIn(email, "a-long-password-123").andExpect(redirectedUrl("/"));
        String hash = jdbc.sql("select password_hash from user_account where email = :e")
                .param("e", email)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("a-long-password-123");
    }

    @Test
    void a_wrong_password_and_an_unknown_account_give_the_same_answer() throws Exception {
        signIn(Demo.MANAGER, "wrong-password").andExpect(redirectedUrl("/sign-in?error"));
        signIn("nobody@nowhere.test", "wrong-password").andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: Sign in")));
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_is_not_told_apart() throws Exception {
        String email = createUser("disabled.person@example.test");
        accounts.setEnabled(accounts.byEmail(email).orElseThrow().id(), false);
        signIn(email, "a-long-password-123").andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while_even_against_the_right_password() throws Exception {
        String email = createUser("guessed.at@example.test");
        for (int i = 0; i < 5; i++) {
            signIn(email, "guess-" + i).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(email, "guess-6").andExpect(redirectedUrl("/sign-in?throttled"));
        signIn(email, "a-long-password-123").andExpect(redirectedUrl("/sign-in?throttled"));
        mvc.perform(get("/sign-in").param("throttled", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("too many times")));
        // Other accounts are not affected.
        String other = createUser("not.guessed@example.test");
        signIn(other, "a-long-password-123").andExpect(redirectedUrl("/"));
    }

    ResultActions signInFrom(String address, String email, String password) throws Exception {
        return mvc.perform(post("/sign-in")
                .param("email", email)
                .param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .with(csrf()));
    }

    @Test
    void someone_who_knows_an_address_cannot_keep_its_owner_locked_out() throws Exception {
        String email = createUser("targeted.person@example.test");
        for (int i = 0; i < 12; i++) {
            signInFrom("203.0.113.7", email, "guess-" + i);
        }
        // The guesser's address must wait for this account...
        signInFrom("203.0.113.7", email, "a-long-password-123").andExpect(redirectedUrl("/sign-in?throttled"));
        // ...but its owner, elsewhere, is only slowed down, never refused.
        signInFrom("198.51.100.20", email, "a-long-password-123").andExpect(redirectedUrl("/"));
    }

    @Test
    void the_wait_for_an_account_from_one_address_doubles_and_is_capped() {
        assertThat(SignInThrottle.doubling(java.time.Duration.ofSeconds(30), 3, java.time.Duration.ofMinutes(15)))
                .isEqualTo(java.time.Duration.ofMinutes(4));
        assertThat(SignInThrottle.doubling(java.time.Duration.ofSeconds(30), 40, java.time.Duration.ofMinutes(15)))
                .isEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void unknown_accounts_are_throttled_too_so_locking_reveals_nothing() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("ghost@example.test", "guess-" + i);
        }
        signIn("ghost@example.test", "guess").andExpect(redirectedUrl("/sign-in?throttled"));
    }

    @Test
    void sign_in_is_audited() throws Exception {
        String email = createUser("audited.person@example.test");
        signIn(email, "a-long-password-123");
        long id = accounts.byEmail(email).orElseThrow().id();
        long signIns = jdbc.sql(
                        "select count(*) from audit_event where action = 'sign-in.succeeded' and actor_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(signIns).isEqualTo(1);
    }
}

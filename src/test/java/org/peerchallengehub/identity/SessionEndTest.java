package org.peerchallengehub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Browser;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions that end: disabling an account or changing its role ends its open sessions on its next
 * request; a session ends after its absolute lifetime however busy; and the session table holds no
 * session id that could be replayed.
 */
@HubIntegrationTest
class SessionEndTest {

    static final String PASSWORD = "a-long-password-123";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Browser signedIn(String email) throws Exception {
        accounts.create(new NewUserAccount(email, "Session Person", Role.PEER, null, null, null, PASSWORD, false));
        Browser browser = Browser.at(port);
        browser.signIn(email, PASSWORD);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        return browser;
    }

    static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void disabling_an_account_ends_its_open_sessions_at_once() throws Exception {
        Browser first = signedIn("disabled.while.signed.in@example.test");
        Browser second = Browser.at(port);
        second.signIn("disabled.while.signed.in@example.test", PASSWORD);

        accounts.setEnabled(
                accounts.byEmail("disabled.while.signed.in@example.test")
                        .orElseThrow()
                        .id(),
                false);

        assertSentToSignIn(first.get("/account"));
        assertSentToSignIn(second.get("/account"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", "disabled.while.signed.in@example.test")
                        .query(Long.class)
                        .single())
                .as("nothing left to come back after a restart")
                .isZero();
    }

    @Test
    void changing_an_accounts_role_ends_its_open_sessions() throws Exception {
        Browser browser = signedIn("promoted.while.signed.in@example.test");
        accounts.changeRole(
                accounts.byEmail("promoted.while.signed.in@example.test")
                        .orElseThrow()
                        .id(),
                Role.PRINCIPAL_ADVISER,
                null);
        assertSentToSignIn(browser.get("/account"));
        browser.signIn("promoted.while.signed.in@example.test", PASSWORD);
        assertThat(browser.get("/account").body()).contains("Principal adviser");
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_however_busy() throws Exception {
        Browser browser = signedIn("long.day@example.test");
        jdbc.sql("update spring_session set creation_time = creation_time - 13 * 3600 * 1000 where principal_name = :e")
                .param("e", "long.day@example.test")
                .update();
        assertSentToSignIn(browser.get("/account"));
    }

    @Test
    void the_session_table_holds_no_session_id_that_could_be_replayed() throws Exception {
        Browser browser = signedIn("not.replayable@example.test");
        String id = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
        String stored = jdbc.sql("select session_id from spring_session where principal_name = :e")
                .param("e", "not.replayable@example.test")
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(id).doesNotContain(id);
        assertThat(stored)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8))));
        // What a reader of the table could send as a cookie does not sign anyone in.
        var replay = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/account"))
                                .header(
                                        "Cookie",
                                        "HUB_SESSION="
                                                + Base64.getEncoder()
                                                        .encodeToString(stored.getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertSentToSignIn(replay);
        assertThat(browser.get("/account").statusCode())
                .as("the real cookie still works")
                .isEqualTo(200);
    }
}

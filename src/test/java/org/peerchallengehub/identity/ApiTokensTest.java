package org.peerchallengehub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser adviser() {
        return accounts.byEmail(Demo.ADVISER).orElseThrow().asCurrentUser();
    }

    @Test
    void a_token_is_shown_once_stored_only_as_a_hash_works_and_can_be_revoked() throws Exception {
        ApiTokens.Created created = tokens.create(adviser(), "Reporting script");
        assertThat(created.secret()).startsWith("pch_").hasSizeGreaterThan(40);
        long asPlainText = jdbc.sql("select count(*) from api_token where token_hash = convert_to(:s, 'UTF8')")
                .param("s", created.secret())
                .query(Long.class)
                .single();
        long asSha256 = jdbc.sql("select count(*) from api_token where token_hash = sha256(convert_to(:s, 'UTF8'))")
                .param("s", created.secret())
                .query(Long.class)
                .single();
        assertThat(asPlainText).isZero();
        assertThat(asSha256).isEqualTo(1);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isOk());
        assertThat(tokens.of(adviser()))
                .filteredOn(t -> t.id() == created.token().id())
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        assertThat(tokens.revoke(adviser(), created.token().id())).isTrue();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobody_can_revoke_another_persons_token() {
        ApiTokens.Created created = tokens.create(adviser(), "Mine");
        CurrentUser peer = accounts.byEmail(Demo.PEER).orElseThrow().asCurrentUser();
        assertThat(tokens.revoke(peer, created.token().id())).isFalse();
        assertThat(tokens.of(adviser()))
                .filteredOn(t -> t.id() == created.token().id())
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());
    }

    @Test
    void a_token_of_a_disabled_account_stops_working() throws Exception {
        var account = accounts.create(new NewUserAccount(
                "token.owner@example.test",
                "Token Owner",
                org.peerchallengehub.shared.security.Role.PEER,
                null,
                null,
                null,
                "a-long-password-123",
                false));
        ApiTokens.Created created = tokens.create(account.asCurrentUser(), "Script");
        accounts.setEnabled(account.id(), false);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_needs_a_name() {
        assertThatThrownBy(() -> tokens.create(adviser(), "  ")).isInstanceOf(AccountRefused.class);
        assertThatThrownBy(() -> tokens.create(adviser(), "x".repeat(101))).isInstanceOf(AccountRefused.class);
    }
}

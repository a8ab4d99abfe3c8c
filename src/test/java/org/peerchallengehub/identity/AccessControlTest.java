package org.peerchallengehub.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Deny by default, roles checked on the server for every route, and a council user held to their own council. */
@HubIntegrationTest
class AccessControlTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HubUserDetailsService users;

    RequestPostProcessor as(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        return user(principal);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "admin@demo.local,   /admin/users, 200",
        "manager@demo.local, /admin/users, 403",
        "adviser@demo.local, /admin/users, 403",
        "peer@demo.local,    /admin/users, 403",
        "council@demo.local, /admin/users, 403",
        "admin@demo.local,   /admin/audit, 200",
        "peer@demo.local,    /admin/audit, 403",
        "council@demo.local, /admin/audit, 403",
        "admin@demo.local,   /councils/E06000034/workspace, 200",
        "manager@demo.local, /councils/E06000034/workspace, 200",
        "adviser@demo.local, /councils/E06000034/workspace, 200",
        "peer@demo.local,    /councils/E06000034/workspace, 403",
        "council@demo.local, /councils/E06000034/workspace, 200",
        "council@demo.local, /councils/E06000061/workspace, 403",
        "council@demo.local, /account, 200",
        "peer@demo.local,    /account, 200",
    })
    void roles_are_checked_on_the_server(String email, String path, int expected) throws Exception {
        mvc.perform(get(path).with(as(email))).andExpect(status().is(expected));
    }

    @Test
    void the_public_is_sent_to_sign_in_for_anything_not_public() throws Exception {
        for (String path : new String[] {"/account", "/admin/users", "/admin/audit", "/councils/E06000034/workspace"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @Test
    void routes_nobody_declared_are_denied_even_when_signed_in() throws Exception {
        mvc.perform(get("/actuator/info").with(as(Demo.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(as(Demo.ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    void paths_no_controller_maps_are_not_found_for_everyone() throws Exception {
        // Issue 13: a wrong address is "Page not found", not a request to sign in (decision 0025); the page
        // itself is checked over real HTTP in AccessMatrixTest.
        mvc.perform(get("/internal/anything").accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/internal/anything").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/1/anything").with(as(Demo.PEER))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env").with(as(Demo.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/not-a-route").header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/not-a-route")).andExpect(status().isNotFound());
    }

    @Test
    void the_workspace_of_a_council_lists_its_own_users_only_to_those_allowed() throws Exception {
        mvc.perform(get("/councils/E06000034/workspace").with(as(Demo.COUNCIL)))
                .andExpect(content().string(containsString("council@demo.local")));
        mvc.perform(get("/councils/E06000061/workspace").with(as(Demo.COUNCIL)))
                .andExpect(status().isForbidden()); // the 403 page itself is checked in the browser tests
    }

    @Test
    void state_changing_requests_need_a_csrf_token() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "x").with(as(Demo.PEER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens")
                        .param("name", "x")
                        .with(as(Demo.PEER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_api_accepts_the_browser_session_or_a_bearer_token_and_checks_roles() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(as(Demo.COUNCIL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.councilGss", is(Demo.COUNCIL_GSS)));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email", is(Demo.ADMIN)));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + Demo.API_TOKEN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(as(Demo.PEER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer pch_not_a_real_token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        mvc.perform(get("/councils"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}

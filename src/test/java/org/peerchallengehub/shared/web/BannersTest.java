package org.peerchallengehub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.challenges.Challenges;
import org.peerchallengehub.challenges.PoliticalControl;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.support.Browser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A notification banner appears only after the action it reports, with its content: a plain visit to
 * a page shows none.
 */
@HubIntegrationTest
class BannersTest {

    @LocalServerPort
    int port;

    @Autowired
    Challenges challenges;

    @Autowired
    UserDetailsService users;

    static String page(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void the_start_page_says_you_have_signed_out_only_after_signing_out() throws Exception {
        Browser visitor = Browser.at(port);
        assertThat(page(visitor.get("/")))
                .doesNotContain("You have signed out")
                .doesNotContain("govuk-notification-banner");
        assertThat(page(visitor.get("/?signed-out"))).contains("You have signed out");
        visitor.signIn(Demo.MANAGER, Demo.PASSWORD);
        assertThat(page(visitor.get("/")))
                .doesNotContain("You have signed out")
                .doesNotContain("govuk-notification-banner");
    }

    @Test
    void a_plain_visit_to_the_pages_of_each_role_shows_no_banner() throws Exception {
        Browser admin = Browser.at(port);
        admin.signIn(Demo.ADMIN, Demo.PASSWORD);
        for (String path : new String[] {"/admin/users", "/account", "/peers", "/programme"}) {
            assertThat(page(admin.get(path)))
                    .as(path)
                    .doesNotContain("govuk-notification-banner")
                    .doesNotContain("Account created for null")
                    .doesNotContain("API token revoked");
        }
        long id = challenges.book(
                ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser(),
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        LocalDate.of(2031, 3, 3),
                        LocalDate.of(2031, 3, 6),
                        PoliticalControl.LABOUR,
                        null,
                        null,
                        null));
        String challenge = "/challenges/" + id;
        for (String path : new String[] {challenge, challenge + "/team", challenge + "/programme"}) {
            assertThat(page(admin.get(path))).as(path).doesNotContain("govuk-notification-banner--success");
        }
    }
}

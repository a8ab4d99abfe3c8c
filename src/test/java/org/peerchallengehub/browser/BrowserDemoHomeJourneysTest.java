package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The living demo (issue 12 item 4): on a fresh data folder in demo mode, each demo role signs in and
 * finds on its home page what it does here and work waiting for it, and follows it to the challenge.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.demo-programme=true")
@DisplayName("Browser: each demo role finds work on its home page")
class BrowserDemoHomeJourneysTest extends BrowserTestBase {

    private String section(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void homeFor(String email, String role) {
        signIn(email);
        open("/");
        assertThat(heading()).isEqualTo("Peer Challenge Hub");
        assertThat(section("your-role")).isEqualTo("Your work as " + role);
        assertThat(section("role-intro")).isNotBlank();
    }

    @Test
    @DisplayName("the programme team sees the visit under way and goes to it")
    void programmeTeam() {
        homeFor(Demo.ADMIN, "programme team");
        assertThat(section("role-intro")).contains("You run the peer challenge programme");
        assertThat(section("home-upcoming"))
                .contains("Leeds City Council")
                .contains("On site")
                .contains("Thurrock Council")
                .contains("Preparing");
        assertThat(section("home-overdue")).contains("overdue across the programme");
        followLink("Corporate peer challenge, Leeds City Council, "
                + LocalDate.now().minusDays(1).getYear());
        assertThat(heading()).isEqualTo("Corporate peer challenge: Leeds City Council");
    }

    @Test
    @DisplayName("the manager sees a late report and opens its challenge")
    void manager() {
        homeFor(Demo.MANAGER, "peer challenge manager");
        assertThat(section("home-overdue"))
                .contains("Southampton City Council")
                .contains("Report published")
                .contains("Progress review report published");
        assertThat(section("home-challenges")).contains("Thurrock Council").contains("Enquiry");
        followLink("Corporate peer challenge, Southampton City Council, "
                + LocalDate.now().minusWeeks(17).getYear());
        assertThat(heading()).isEqualTo("Corporate peer challenge: Southampton City Council");
        assertThat(mainText()).contains("Report drafting");
    }

    @Test
    @DisplayName("the adviser sees the deadlines missed on the challenges they advise on, and their councils")
    void adviser() {
        homeFor(Demo.ADVISER, "principal adviser");
        assertThat(section("home-overdue")).contains("Report published").contains("Progress review report published");
        assertThat(section("home-challenges")).contains("Leeds City Council");
        assertThat(section("home-councils"))
                .contains("Thurrock Council")
                .contains("Finance peer review")
                .contains("Southend-on-Sea Borough Council")
                .contains("Mentoring");
    }

    @Test
    @DisplayName("the peer sees the teams they are on and opens the visit under way")
    void peer() {
        homeFor(Demo.PEER, "peer");
        assertThat(section("home-challenges"))
                .contains("Thurrock Council")
                .contains("Leeds City Council")
                .contains("On site");
        followLink("Corporate peer challenge, Leeds City Council, "
                + LocalDate.now().minusDays(1).getYear());
        assertThat(heading()).isEqualTo("Corporate peer challenge: Leeds City Council");
    }

    @Test
    @DisplayName("the council user sees the peer awaiting their answer and opens their challenge")
    void council() {
        homeFor(Demo.COUNCIL, "council user");
        assertThat(section("home-challenges"))
                .contains("Thurrock Council")
                .contains("To do: Answer for 1 proposed peer.")
                .contains("Preparing");
        followLink("Corporate peer challenge, Thurrock Council, "
                + LocalDate.now().plusWeeks(3).getYear());
        assertThat(heading()).isEqualTo("Corporate peer challenge: Thurrock Council");
    }
}

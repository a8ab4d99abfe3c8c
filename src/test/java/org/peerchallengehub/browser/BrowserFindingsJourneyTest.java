package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.evidence.FindingsTestData;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Findings in the browser (issue 16): on a board whose notes and themes the test writes, the manager
 * turns a theme into a finding with its evidence and sees its corroboration figures, drafts a weakly
 * supported one, the team agrees them, and the manager and the lead peer sign off — every page checked
 * with axe and at phone width.
 */
@HubIntegrationTest
@DisplayName("Browser: findings from a theme to sign-off")
class BrowserFindingsJourneyTest extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Test
    @DisplayName("the manager turns a theme into a finding, sees its corroboration, and the lead peer and the"
            + " manager sign off")
    void aThemeBecomesAFindingAndTheSetIsSignedOff() {
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
        FindingsTestData.Board board = FindingsTestData.board(context, manager);
        String findings = "/challenges/" + board.id() + "/evidence/findings";

        signIn(Demo.MANAGER);
        open(findings);
        assertThat(heading()).isEqualTo("Findings");
        assertThat(mainText()).contains("No findings yet");

        // the theme's place, name and notes are filled in; the manager rewords it and saves
        open(findings + "/new?theme=" + board.ambitionTheme());
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo(FindingsTestData.AMBITION);
        assertThat(driver.findElements(By.cssSelector("#notes input:checked"))).hasSize(3);
        driver.findElement(By.id("kind-STRENGTH")).click();
        type("text", "Councillors, staff and partners share a clear ambition for the borough");
        press("Save the finding");
        expectBanners("Success: Finding saved");
        assertThat(heading()).isEqualTo("Strength: Local priorities and outcomes");
        assertThat(summaryValue("Notes")).isEqualTo("3");
        assertThat(summaryValue("Sessions")).isEqualTo("3");
        assertThat(summaryValue("Stakeholder groups")).isEqualTo("3 (Councillors, Staff, Partners)");
        assertThat(summaryValue("Peers")).isEqualTo("2");
        assertThat(driver.findElement(By.id("finding-notes")).getText())
                .contains("Partners recognise the council's priorities as their own")
                .contains("Partners workshop · Partners");
        press("Agree this finding");
        expectBanners("Success: Finding agreed");

        // a finding from one staff session: weakly supported, and said so
        open(findings + "/new?theme=" + board.reportingTheme());
        driver.findElement(By.id("kind-CHALLENGE")).click();
        press("Save the finding");
        expectBanners("Success: Finding saved");
        assertThat(mainText())
                .contains("Weakly supported: It rests on a single session (Staff focus group); It rests on a single"
                        + " stakeholder group (Staff).");
        followLink("Back to the findings");
        assertThat(driver.findElement(By.id("weakly-supported")).getText())
                .contains("1 finding rests on a single session or a single stakeholder group")
                .contains(FindingsTestData.REPORTING);
        assertThat(driver.findElement(By.id("findings-summary")).getText()).startsWith("2 findings, 1 agreed.");

        // sign-off waits for every finding to be agreed
        followLink("Review and sign-off");
        expectBanners("Important: 1 finding is weakly supported");
        assertThat(driver.findElement(By.id("sign-off-refusal")).getText())
                .isEqualTo("1 finding is not agreed yet: the team agrees every finding before the findings are signed"
                        + " off.");
        followLink("Back to the findings");
        press("Agree");
        expectBanners("Success: Finding agreed");
        followLink("Review and sign-off");
        press("Sign off as manager");
        expectBanners("Success: Findings signed off as manager", "Important: 1 finding is weakly supported");
        assertThat(summaryValue("Manager")).startsWith("Signed off by Morgan Manager (demo) on ");
        assertThat(summaryValue("Lead peer")).isEqualTo("Not signed off");
        signOut();

        // the lead peer signs too, at phone width as well as on the desktop
        CurrentUser lead = board.challenge().leadPeer();
        attemptSignIn(lead.email(), "test-password-" + lead.email());
        open(findings + "/sign-off");
        assertFitsPhoneWidth();
        press("Sign off as lead peer");
        expectBanners(
                "Success: The findings are signed off by the lead peer and the manager",
                "Important: 1 finding is weakly supported");
        assertThat(summaryValue("Lead peer")).startsWith("Signed off by " + lead.displayName() + " on ");
        open(findings);
        assertThat(driver.findElement(By.id("findings-summary")).getText())
                .isEqualTo("2 findings, 2 agreed. Signed off by the lead peer and the manager.");
        assertFitsPhoneWidth();
    }
}

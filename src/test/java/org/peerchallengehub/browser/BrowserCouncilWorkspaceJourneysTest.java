package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/** A council's workspace: for LGA staff and that council's own users only. */
@HubIntegrationTest
@DisplayName("Browser: council workspaces")
class BrowserCouncilWorkspaceJourneysTest extends BrowserTestBase {

    private static final String THURROCK_WORKSPACE = "/councils/" + Demo.COUNCIL_GSS + "/workspace";
    private static final String NORTH_NORTHAMPTONSHIRE = "/councils/E06000061";

    @Test
    @DisplayName("a council user opens their own council's workspace but cannot see another council's")
    void councilUserSeesOnlyTheirOwnWorkspace() {
        signIn(Demo.COUNCIL);
        followNavigation("Your council");
        assertThat(path()).isEqualTo(THURROCK_WORKSPACE);
        assertThat(heading()).isEqualTo("Council workspace");
        expectBanners();
        assertThat(driver.findElement(By.cssSelector("main .govuk-caption-l")).getText())
                .isEqualTo("Thurrock Council");
        assertThat(mainText()).contains("People from Thurrock on the Hub");
        assertThat(tableColumn(3)).contains(Demo.COUNCIL);

        followLink("Council page");
        assertThat(path()).isEqualTo("/councils/" + Demo.COUNCIL_GSS);
        expectBanners();
        assertThat(driver.findElements(By.linkText("Open the council workspace")))
                .hasSize(1);

        open(NORTH_NORTHAMPTONSHIRE);
        assertThat(driver.findElements(By.linkText("Open the council workspace")))
                .isEmpty();

        open(NORTH_NORTHAMPTONSHIRE + "/workspace");
        assertThat(heading()).isEqualTo("You cannot see this page");
        assertThat(driver.getTitle()).startsWith("You cannot see this page");
        assertThat(mainText()).doesNotContain("People from");
    }

    @Test
    @DisplayName("a peer challenge manager opens any council's workspace")
    void managerOpensAnyWorkspace() {
        signIn(Demo.MANAGER);
        open(NORTH_NORTHAMPTONSHIRE);
        followLink("Open the council workspace");
        assertThat(path()).isEqualTo(NORTH_NORTHAMPTONSHIRE + "/workspace");
        assertThat(heading()).isEqualTo("Council workspace");
        assertThat(mainText())
                .contains("People from North Northamptonshire on the Hub")
                .contains("Nobody from this council has an account yet.");

        open(THURROCK_WORKSPACE);
        assertThat(heading()).isEqualTo("Council workspace");
        assertThat(tableColumn(3)).contains(Demo.COUNCIL);
    }

    @Test
    @DisplayName("a peer cannot see a council's workspace")
    void peerCannotSeeAWorkspace() {
        signIn(Demo.PEER);
        open(THURROCK_WORKSPACE);
        assertThat(heading()).isEqualTo("You cannot see this page");
    }

    @Test
    @DisplayName("someone signed out is sent to sign in, then on to the workspace")
    void signedOutVisitorSignsInFirst() {
        open(THURROCK_WORKSPACE);
        assertThat(path()).isEqualTo("/sign-in");
        type("email", Demo.COUNCIL);
        type("password", Demo.PASSWORD);
        press("Sign in");
        assertThat(path()).startsWith(THURROCK_WORKSPACE);
        assertThat(heading()).isEqualTo("Council workspace");
    }

    private List<String> tableColumn(int n) {
        return driver.findElements(By.cssSelector("main table tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

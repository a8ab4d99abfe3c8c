package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/** The programme team's administration: users and the audit trail. */
@HubIntegrationTest
@DisplayName("Browser: programme team")
class BrowserProgrammeTeamJourneysTest extends BrowserTestBase {

    private static final String NEW_USER = "riley.browser-test@essex.example.gov.uk";
    private static final String NEW_USER_PASSWORD = "a long first password for Riley";

    @Test
    @DisplayName("the programme team reads the users and the audit trail, then adds a council user")
    void programmeTeamAddsACouncilUser() {
        signIn(Demo.ADMIN);
        followNavigation("Users");
        assertThat(heading()).isEqualTo("Users");
        expectBanners();
        assertThat(column(2)).contains(Demo.ADMIN, Demo.MANAGER, Demo.ADVISER, Demo.PEER, Demo.COUNCIL);

        followNavigation("Audit trail");
        assertThat(heading()).isEqualTo("Audit trail");
        assertThat(column(3)).contains("Signed in");

        followNavigation("Users");
        followLink("Add a user");
        assertThat(path()).isEqualTo("/admin/users/new");
        assertThat(heading()).isEqualTo("Add a user");

        expectBanners();
        press("Add user");
        assertThat(driver.getTitle()).startsWith("Error: Add a user");
        expectBanners("There is a problem: Enter an email address | Enter the person's name | Select a role"
                + " | Enter a first password");
        driver.findElement(By.linkText("Select a role")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("role");

        type("email", NEW_USER);
        type("displayName", "Riley Tester");
        driver.findElement(By.xpath("//label[normalize-space()='Council user']"))
                .click();
        choose("council", "Essex County Council");
        type("jobTitle", "Head of Policy");
        type("password", NEW_USER_PASSWORD);
        press("Add user");

        assertThat(path()).isEqualTo("/admin/users");
        expectBanners("Success: Account created for " + NEW_USER);
        WebElement row = driver.findElement(By.xpath("//main//table//tr[td[2][normalize-space()='" + NEW_USER + "']]"));
        assertThat(row.findElement(By.xpath("td[3]")).getText()).isEqualTo("Council user");
        assertThat(row.findElement(By.xpath("td[4]")).getText()).isEqualTo("E10000012");

        followNavigation("Audit trail");
        assertThat(column(3)).contains("Created the council user account " + NEW_USER);
        expectBanners();

        signOut();
        attemptSignIn(NEW_USER, NEW_USER_PASSWORD);
        assertThat(navigationLabels()).startsWith("Your council");
        followNavigation("Your council");
        assertThat(path()).isEqualTo("/councils/E10000012/workspace");
        assertThat(driver.findElement(By.cssSelector("main .govuk-caption-l")).getText())
                .isEqualTo("Essex County Council");
        assertThat(column(1)).contains("Riley Tester");
        assertThat(column(2)).contains("Head of Policy");
    }

    @Test
    @DisplayName("the programme team cannot disable itself, and disabling another account asks first")
    void disablingAsksAndNobodyDisablesThemselves() {
        signIn(Demo.ADMIN);
        followNavigation("Users");
        String adminName = accountName(Demo.ADMIN);
        follow(disableLink(Demo.ADMIN));
        assertThat(heading()).isEqualTo("Disable the account of " + adminName + "?");
        expectBanners("There is a problem: You cannot disable your own account: ask another member of the"
                + " programme team");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Disable account']")))
                .isEmpty();

        followLink("Back to users");
        follow(disableLink(Demo.ADVISER));
        assertThat(heading()).startsWith("Disable the account of");
        expectBanners();
        followLink("Cancel");
        assertThat(path()).isEqualTo("/admin/users");
        expectBanners();
        assertThat(statusOf(Demo.ADVISER)).doesNotContain("Disabled");

        follow(disableLink(Demo.ADVISER));
        press("Disable account");
        assertThat(path()).isEqualTo("/admin/users");
        expectBanners("Success: Account disabled for " + Demo.ADVISER);
        assertThat(statusOf(Demo.ADVISER)).startsWith("Disabled");

        press("Enable " + Demo.ADVISER);
        expectBanners("Success: Account enabled for " + Demo.ADVISER);
        assertThat(statusOf(Demo.ADVISER)).doesNotContain("Disabled");
    }

    private WebElement userRow(String email) {
        return driver.findElement(By.xpath("//main//table//tr[td[2][normalize-space()='" + email + "']]"));
    }

    private WebElement disableLink(String email) {
        return userRow(email).findElement(By.xpath(".//a[starts-with(normalize-space(), 'Disable')]"));
    }

    private String accountName(String email) {
        return userRow(email).findElement(By.xpath("td[1]")).getText();
    }

    private String statusOf(String email) {
        return userRow(email).findElement(By.xpath("td[5]")).getText();
    }

    private List<String> column(int n) {
        return driver.findElements(By.cssSelector("main table tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/** Your account: personal API tokens, shown once and revocable. */
@HubIntegrationTest
@DisplayName("Browser: your account")
class BrowserAccountJourneysTest extends BrowserTestBase {

    @Test
    @DisplayName("an adviser creates an API token, sees it once, and revokes it")
    void adviserCreatesSeesOnceAndRevokesAToken() {
        signIn(Demo.ADVISER);
        followNavigation("Your account");
        assertThat(heading()).isEqualTo("Your account");
        expectBanners();
        assertThat(summaryValue("Email address")).isEqualTo(Demo.ADVISER);

        press("Create token");
        assertThat(driver.getTitle()).startsWith("Error: Your account");
        expectBanners("There is a problem: Enter a name for the token of 100 characters or fewer");

        String name = "Browser test dashboard";
        type("name", name);
        press("Create token");
        assertThat(path()).isEqualTo("/account");
        expectBanners("Success: API token “" + name + "” created");
        String secret = driver.findElement(By.id("new-token")).getText();
        assertThat(secret).startsWith("pch_").hasSizeGreaterThan(40);
        WebElement row = tokenRow(name);
        String startsWith = row.findElement(By.xpath("td[2]")).getText();
        assertThat(startsWith).endsWith("…");
        assertThat(secret).startsWith(startsWith.substring(0, startsWith.length() - 1));
        assertThat(row.findElement(By.xpath("td[4]")).getText()).isEqualTo("Never");

        open("/account");
        expectBanners();
        assertThat(driver.findElements(By.id("new-token")))
                .as("the secret is shown only once")
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(secret);

        follow(tokenRow(name).findElement(By.tagName("button")));
        assertThat(path()).isEqualTo("/account");
        expectBanners("Success: API token revoked");
        assertThat(tokenRow(name).findElement(By.xpath("td[5]")).getText()).isEqualTo("Revoked");
        assertThat(tokenRow(name).findElements(By.tagName("button"))).isEmpty();
    }

    private WebElement tokenRow(String name) {
        return driver.findElement(By.xpath("//main//table//tr[td[1][normalize-space()='" + name + "']]"));
    }
}

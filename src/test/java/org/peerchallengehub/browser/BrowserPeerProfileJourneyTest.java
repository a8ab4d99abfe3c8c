package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 13, item 9: the programme links a peer's sign-in account to their pool entry on the peer's page,
 * and the peer then keeps their own unavailable dates and declared interests up to date.
 */
@HubIntegrationTest
@DisplayName("Browser: a peer looks after their own pool entry")
class BrowserPeerProfileJourneyTest extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName(
            "the manager links the account; the peer adds unavailable dates and declares an interest, also on a phone")
    void linkThenSelfService() {
        String email = "profile-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        // a peer account and, separately, the pool entry the manager will link it to (different address on purpose)
        var account = ChallengeFixtures.peerUser(context, "Dana Profile", email, PeerKind.OFFICER);
        assertThat(account.email()).isEqualTo(email);

        signIn(Demo.MANAGER);
        open("/peers?name=Dana+Profile");
        followLink("Dana Profile");
        assertThat(heading()).isEqualTo("Dana Profile");
        String entry = path();
        // ChallengeFixtures.peerUser may link the entry itself; start from an unlinked entry
        if (!driver.findElements(By.id("linked-account")).isEmpty()) {
            press("Remove the link to " + email);
            expectBanners("Success: Link to the sign-in account removed");
        }
        assertThat(driver.findElement(By.id("no-linked-account")).getText())
                .contains("Not linked to a sign-in account");
        type("accountEmail", Demo.COUNCIL);
        press("Link the account");
        expectBanners("There is a problem: The account " + Demo.COUNCIL
                + " is a council user account: only a peer’s account can be linked to a pool entry");
        checkPage();
        type("accountEmail", email);
        press("Link the account");
        assertThat(path()).isEqualTo(entry + "#account");
        expectBanners("Success: Sign-in account linked");
        assertThat(driver.findElement(By.id("linked-account")).getText()).contains(email);
        checkPage();
        signOut();

        attemptSignIn(email, "test-password-" + email);
        followNavigation("Your peer profile");
        assertThat(heading()).isEqualTo("Your peer profile");
        expectBanners();
        assertThat(summaryValue("Name")).isEqualTo("Dana Profile");
        checkPage();

        type("fromDay", "3");
        type("fromMonth", "5");
        type("fromYear", "2027");
        type("toDay", "1");
        type("toMonth", "5");
        type("toYear", "2027");
        press("Add unavailable dates");
        expectBanners("There is a problem: The last unavailable day must be on or after the first");
        type("toDay", "7");
        press("Add unavailable dates");
        expectBanners("Success: Unavailable dates added");
        assertThat(driver.findElement(By.id("unavailable-dates")).getText()).contains("3 May 2027 to 7 May 2027");

        choose("council", "Thurrock Council");
        type("description", "Former employer");
        press("Declare interest");
        expectBanners("Success: Interest declared");
        assertThat(driver.findElement(By.id("declared-interests")).getText())
                .contains("Thurrock Council: Former employer");
        checkPage();
        assertFitsPhoneWidth();

        press("Withdraw interest in Thurrock Council");
        expectBanners("Success: Interest withdrawn");
        assertThat(driver.findElement(By.id("no-interests")).getText())
                .isEqualTo("You have not declared any interests.");
        assertThat(List.of(heading())).containsExactly("Your peer profile");
    }
}

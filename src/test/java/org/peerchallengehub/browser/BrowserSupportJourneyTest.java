package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.peerchallengehub.assistance.CouncilSupport;
import org.peerchallengehub.assistance.SupportEntry;
import org.peerchallengehub.assistance.SupportKind;
import org.peerchallengehub.assistance.SupportRecord;
import org.peerchallengehub.assistance.SupportState;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An adviser assigns themselves to a council, records a conversation and an offer of a finance peer review
 * (after being told what is wrong with a date in the future), sees both on "My councils" and in the
 * council's workspace, and on a phone records that the council agreed; the council's own user finds none
 * of it (404) until the programme team shares a summary, and then reads only that. Every page passes axe.
 */
@HubIntegrationTest
@DisplayName("Browser: the support record")
class BrowserSupportJourneyTest extends BrowserTestBase {

    static final String GSS = "E06000031"; // Peterborough City Council: no other test records its support
    static final String COUNCIL_USER = "support.peterborough@example.test";

    @Autowired
    SupportRecord supportRecord;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    void date(String field, LocalDate d) {
        type(field + "Day", String.valueOf(d.getDayOfMonth()));
        type(field + "Month", String.valueOf(d.getMonthValue()));
        type(field + "Year", String.valueOf(d.getYear()));
    }

    @Test
    @DisplayName(
            "an adviser records a conversation and a finance peer review offer and sees them in the council's workspace")
    void adviserRecordsSupport() {
        if (accounts.byEmail(COUNCIL_USER).isEmpty()) {
            accounts.create(new NewUserAccount(
                    COUNCIL_USER, "Peterborough Test User", Role.COUNCIL, GSS, null, null, Demo.PASSWORD, false));
        }
        LocalDate today = LocalDate.now(clock);

        signIn(Demo.ADVISER);
        followNavigation("My councils");
        assertThat(heading()).isEqualTo("My councils");

        open("/support/councils/" + GSS);
        assertThat(heading()).isEqualTo("Support from the LGA");
        assertThat(mainText())
                .contains("No support has been offered yet")
                .contains("No conversation with the council has been recorded yet");
        follow(driver.findElement(By.cssSelector("#adviser a")));
        choose("adviser", "Avery Adviser (demo)");
        press("Assign the adviser");
        expectBanners("Success: Principal adviser assigned");
        assertThat(driver.findElement(By.id("adviser")).getText()).contains("Avery Adviser (demo), since");

        followLink("Record a conversation");
        press("Save the conversation");
        assertThat(errorSummary())
                .containsExactly(
                        "Enter the date of the conversation",
                        "Enter who took part from the council, by their post",
                        "Enter a summary of the conversation");
        date("heldOn", today.plusDays(1));
        type("posts", "Chief executive; section 151 officer");
        type("summary", "The council expects to use reserves to balance this year's budget (test).");
        type("nextStep", "Offer a finance peer review");
        press("Save the conversation");
        assertThat(errorSummary()).containsExactly("The date of the conversation must be today or in the past");
        date("heldOn", today.minusDays(2));
        press("Save the conversation");
        expectBanners("Success: Conversation recorded");

        followLink("Record support offered");
        choose("kind", "Finance peer review");
        type("details", "A lead finance peer and a member peer, before the budget is set (test).");
        date("offeredOn", today.minusDays(1));
        press("Save the offer");
        expectBanners("Success: Support offer recorded");
        assertThat(driver.findElement(By.id("offers")).getText())
                .contains("Finance peer review")
                .contains("Offered");

        followNavigation("My councils");
        assertThat(driver.findElement(By.id("my-councils")).getText())
                .contains("Peterborough City Council")
                .contains("1: Finance peer review");

        open("/councils/" + GSS + "/workspace");
        assertThat(mainText())
                .contains("Support from the LGA")
                .contains("Principal adviser: Avery Adviser (demo)")
                .contains("Finance peer review")
                .contains("Chief executive; section 151 officer");

        // what the risk module will read
        CouncilSupport council = supportRecord.forCouncil(GSS);
        assertThat(council.adviserName()).isEqualTo("Avery Adviser (demo)");
        assertThat(council.lastContact()).isEqualTo(today.minusDays(2));
        assertThat(council.openOffers()).isEqualTo(1);
        SupportEntry latest = council.latestSupport();
        assertThat(latest).isNotNull();
        assertThat(latest.kind()).isEqualTo(SupportKind.FINANCE_PEER_REVIEW);
        assertThat(latest.state()).isEqualTo(SupportState.OFFERED);
        assertThat(supportRecord.history(GSS)).hasSize(1);
        assertThat(supportRecord.councilsAdvisedBy(council.adviserUserId())).contains(GSS);
        assertThat(supportRecord.forCouncils(java.util.List.of(GSS)).get(GSS)).isEqualTo(council);

        // on a phone: the council agreed
        driver.manage().window().setSize(new Dimension(360, 740));
        try {
            open("/support/councils/" + GSS);
            followLink("Finance peer review");
            assertThat(heading()).isEqualTo("Finance peer review");
            driver.findElement(By.id("to")).click();
            date("on", today);
            press("Save");
            expectBanners("Success: Finance peer review is now agreed");
            assertThat(driver.findElement(By.id("offers")).getText()).contains("Agreed");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
        assertThat(supportRecord.forCouncil(GSS).latestSupport().state()).isEqualTo(SupportState.AGREED);
        signOut();

        // the council's own user: nothing, and 404 on the record
        signIn(COUNCIL_USER);
        open("/councils/" + GSS + "/workspace");
        assertThat(mainText()).doesNotContain("Support from the LGA").doesNotContain("Finance peer review");
        open("/support/councils/" + GSS);
        assertThat(heading()).isEqualTo("Page not found");
        open("/support");
        assertThat(heading()).isEqualTo("Page not found");
        signOut();

        // the programme team shares a summary
        signIn(Demo.ADMIN);
        followNavigation("Support");
        followLink("Peterborough City Council");
        followLink("Write a summary for the council");
        press("Save and share with the council");
        assertThat(errorSummary()).containsExactly("Enter the summary the council will read");
        type("text", "The LGA has offered the council a finance peer review, which it has agreed (test).");
        press("Save and share with the council");
        expectBanners("Success: Summary shared with Peterborough City Council");
        signOut();

        signIn(COUNCIL_USER);
        followNavigation("Your council");
        assertThat(path()).isEqualTo("/councils/" + GSS + "/workspace");
        driver.manage().window().setSize(new Dimension(360, 740));
        try {
            open("/councils/" + GSS + "/workspace");
            assertThat(driver.findElement(By.id("shared-summary")).getText())
                    .isEqualTo("The LGA has offered the council a finance peer review, which it has agreed (test).");
            assertThat(mainText()).doesNotContain("section 151 officer").doesNotContain("Open the support record");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}

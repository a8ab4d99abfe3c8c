package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.evidence.EvidenceFixtures;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.reporting.ReportDocument;
import org.peerchallengehub.reporting.ReportMarkdown;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The feedback report in the browser (issue 17): the manager starts it from the challenge's record and
 * drafts, the team comments, the council proposes two corrections of fact, the manager accepts one and
 * rejects the other with reasons, makes the report final and publishes it, and sees the published banner
 * with the public address — every page checked with axe, and at phone width.
 */
@HubIntegrationTest
@DisplayName("Browser: the feedback report from draft to published")
class BrowserReportJourneyTest extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("the manager drafts, the team comments, the council corrects, the manager decides and publishes")
    void fromDraftToPublished() {
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
        OnSiteChallenge challenge = ChallengeFixtures.feedbackGiven(context, manager, Demo.COUNCIL_GSS);
        long id = challenge.id();
        EvidenceFixtures.agreedFinding(
                context,
                manager,
                id,
                "component:local-priorities-and-outcomes",
                FindingKind.RECOMMENDATION,
                "Agree outcome measures for each priority",
                true);
        String report = "/challenges/" + id + "/report";

        // the challenge page no longer offers the report's moves by hand
        signIn(Demo.MANAGER);
        open("/challenges/" + id);
        assertThat(mainText()).contains("The challenge moves on with its feedback report");
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Report drafting')]")))
                .isEmpty();
        followLink("Open the feedback report");
        press("Start the report");
        expectBanners("Success: The report is started from the challenge’s record");
        assertThat(driver.findElement(By.id("report-state")).getText()).isEqualTo("Draft");
        assertThat(driver.findElement(By.id("deadline")).getText())
                .contains("days left until the publication due date");
        assertThat(mainText()).contains("Agree outcome measures for each priority");

        follow(driver.findElement(By.cssSelector("#section-executive-summary a.govuk-link")));
        type("narrative", "The council has **clear ambition**.\n\n<script>alert('x')</script>");
        press("Save");
        expectBanners("Success: “Executive summary” saved as version 2");
        assertThat(driver.findElement(By.id("section-executive-summary")).getText())
                .contains("clear ambition")
                .contains("<script>alert('x')</script>");
        // the page renders the narrative through the report's one safe renderer
        assertThat(driver.findElement(By.cssSelector("#section-executive-summary .hub-report-narrative"))
                        .getAttribute("innerHTML")
                        .strip())
                .isEqualTo(ReportMarkdown.html("The council has **clear ambition**.\n\n<script>alert('x')</script>", 3)
                        .strip());
        // what changed between the first version and this one, per section
        followLink("Versions, and what changed between them");
        press("Compare");
        assertThat(driver.findElement(By.id("diff")).getText()).isEqualTo("What changed from version 1 to version 2");
        assertThat(mainText()).contains("Executive summary").contains("clear ambition");
        followLink("The report");
        press("Send to the team for review");
        expectBanners("Success: The report is now “Team review”");
        signOut();

        // the team comments
        CurrentUser lead = challenge.leadPeer();
        attemptSignIn(lead.email(), "test-password-" + lead.email());
        open(report);
        choose("comment-section", "Executive summary");
        type("comment-text", "Open with the strengths, please");
        press("Add the comment");
        expectBanners("Success: Your comment is added");
        assertFitsPhoneWidth();
        signOut();

        // the manager resolves it and sends the draft to the council
        signIn(Demo.MANAGER);
        open(report);
        press("Send to the council");
        assertThat(errorSummary())
                .containsExactly("Resolve the team’s comments before the council checks the facts: 1 comment is not"
                        + " resolved.");
        press("Mark as resolved");
        expectBanners("Success: The comment is resolved");
        press("Send to the council for its factual accuracy check");
        expectBanners("Success: The report is now “Factual accuracy check”");
        signOut();

        // the council proposes two corrections of fact
        signIn(Demo.COUNCIL);
        open(report);
        assertThat(driver.findElement(By.id("council-check")).getText()).contains("checking this draft");
        choose("comment-section", "The facts: council, dates, team, scope and activity figures");
        driver.findElement(By.id("kind-FACT_CORRECTION")).click();
        type("comment-text", "The visit was a day longer");
        press("Add the comment");
        assertThat(errorSummary()).containsExactly("Enter the wording you propose for the fact.");
        type("comment-wording", "The team was on site for five days");
        press("Add the comment");
        expectBanners("Success: Your comment is added");
        choose("comment-section", "Key recommendations");
        driver.findElement(By.id("kind-FACT_CORRECTION")).click();
        type("comment-text", "The recommendation names the wrong plan");
        type("comment-wording", "Agree outcome measures for each corporate priority");
        press("Add the comment");
        expectBanners("Success: Your comment is added");
        assertFitsPhoneWidth();
        signOut();

        // the manager accepts one and rejects the other, each with a reason
        signIn(Demo.MANAGER);
        open(report);
        press("Make the report final");
        assertThat(errorSummary()).singleElement().asString().contains("2 corrections are waiting");
        decide(0, "ACCEPT", "The programme shows five days");
        expectBanners("Success: The correction is accepted");
        decide(0, "REJECT", "");
        assertThat(errorSummary()).containsExactly("Enter the reason for your decision.");
        decide(0, "REJECT", "The plan is named as the council names it");
        expectBanners("Success: The correction is rejected");
        assertThat(mainText())
                .contains("Accepted by Morgan Manager (demo): The programme shows five days")
                .contains("Rejected by Morgan Manager (demo): The plan is named as the council names it");
        press("Make the report final");
        expectBanners("Success: The report is now “Final”");
        press("Publish the report");
        List<String> banners = banners();
        assertThat(banners).hasSize(2);
        assertThat(banners.get(0)).isEqualTo("Success: The report is published");
        assertThat(banners.get(1)).startsWith("Published: Published on ");
        String address = driver.findElement(By.id("public-address")).getText();
        assertThat(address).matches("http://localhost:\\d+/published-reports/thurrock-council-\\d{4}-cpc(-\\d+)?");
        assertFitsPhoneWidth();
        // the publication holds the report's document as the page showed it
        ReportDocument published = context.getBean(tools.jackson.databind.ObjectMapper.class)
                .readValue(
                        jdbc.sql(
                                        """
                                        select p.document::text from feedback_report_publication p
                                        join feedback_report r on r.id = p.report_id where r.challenge_id = :c
                                        """)
                                .param("c", id)
                                .query(String.class)
                                .single(),
                        ReportDocument.class);
        assertThat(published.title()).isEqualTo("Corporate peer challenge: Thurrock Council");
        assertThat(published.keyRecommendations()).containsExactly("Agree outcome measures for each priority");
        open("/challenges/" + id);
        assertThat(summaryValue("Published report")).isNotBlank();
    }

    /** Records the manager's decision on the first correction still waiting for one. */
    private void decide(int index, String decision, String reason) {
        WebElement form =
                driver.findElements(By.cssSelector("form[action$='/decision']")).get(index);
        form.findElement(By.cssSelector("input[value='" + decision + "']")).click();
        WebElement text = form.findElement(By.tagName("textarea"));
        text.clear();
        text.sendKeys(reason);
        follow(form.findElement(By.tagName("button")));
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.evidence.BoardTestData;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 16 from end to end, as its users do it: two peers record notes in different sessions (one on a
 * phone), the manager groups them on the board, turns the theme into a finding with its evidence and
 * sees its corroboration, the team agrees it, the manager and the lead peer sign off, and the feedback
 * presentation downloads with the finding in it. Every page is checked with axe.
 */
@HubIntegrationTest
@DisplayName("Browser: from notes to the feedback presentation")
class BrowserEvidenceChainJourneyTest extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    void signInAs(CurrentUser peer) {
        attemptSignIn(peer.email(), BoardTestData.password(peer));
        assertThat(driver.findElements(By.cssSelector(".hub-header__signed-in")))
                .hasSize(1);
    }

    void label(String text) {
        driver.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(text) + "]"))
                .click();
    }

    /** Records a note on the form (saved by its script, without a page load) and waits for "Note saved." */
    void record(String session, String kind, String text, String component) {
        choose("sessionId", session);
        label(kind);
        type("text", text);
        label(component);
        driver.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().strip().equals("Save note"))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement status = driver.findElement(By.id("note-status"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !status.getText().isBlank());
        assertThat(status.getText()).isEqualTo("Note saved.");
    }

    @Test
    @DisplayName("two peers' notes become a theme, a corroborated finding, a signed-off set and a presentation")
    void notesToPresentation() throws Exception {
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
        OnSiteChallenge c = ChallengeFixtures.onSite(context, manager, "E06000023");
        String evidence = "/challenges/" + c.id() + "/evidence";
        List<String> housing = BoardTestData.HOUSING;

        // the lead peer, on a laptop, in the interview with the Leader
        signInAs(c.leadPeer());
        open(evidence + "/notes/new");
        assertThat(heading()).isEqualTo("Record a note");
        record(
                "09:00 Interview with the Leader (Councillors)",
                "Strength",
                housing.get(0),
                "Local priorities and outcomes");
        record(
                "09:00 Interview with the Leader (Councillors)",
                "Strength",
                housing.get(1),
                "Local priorities and outcomes");
        signOut();

        // the officer peer, on a phone, in the staff focus group
        driver.manage().window().setSize(new Dimension(360, 740));
        try {
            signInAs(c.officerPeer());
            open(evidence + "/notes/new");
            record("11:00 Staff focus group (Staff)", "Strength", housing.get(2), "Local priorities and outcomes");
            record("11:00 Staff focus group (Staff)", "Strength", housing.get(3), "Local priorities and outcomes");
            open(evidence);
            assertThat(mainText()).contains("All notes (4)");
            assertFitsPhoneWidth();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
        signOut();

        // the manager groups the notes: one theme, from two sessions and two stakeholder groups
        signIn(Demo.MANAGER);
        open(evidence);
        followLink("Synthesis board: the notes grouped into themes");
        assertThat(heading()).isEqualTo("Synthesis board");
        assertThat(mainText()).contains("4 notes are waiting to be grouped");
        press("Group notes again");
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .withMessage(() -> "the board after grouping; it shows: " + mainText())
                .until(d ->
                        !d.findElements(By.cssSelector(".govuk-summary-card")).isEmpty()
                                && d.findElements(By.id("grouping-progress")).isEmpty());
        checkPage();
        WebElement theme = driver.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(card -> card.getAttribute("textContent").contains(housing.get(0)))
                .findFirst()
                .orElseThrow();
        String figures = theme.findElement(By.cssSelector(".hub-evidence")).getText();
        assertThat(figures).matches("\\d notes? from \\d sessions? and \\d stakeholder groups?");
        int inTheme = Integer.parseInt(figures.substring(0, 1));
        assertThat(inTheme).as("the housing notes grouped together").isGreaterThanOrEqualTo(2);

        // the theme becomes a finding with its evidence, and its corroboration is shown
        follow(theme.findElement(By.partialLinkText("Turn this theme into a finding")));
        assertThat(driver.findElements(By.cssSelector("#notes input:checked"))).hasSize(inTheme);
        driver.findElement(By.id("kind-STRENGTH")).click();
        type("text", "The council is delivering new and affordable homes well ahead of its targets");
        press("Save the finding");
        expectBanners("Success: Finding saved");
        assertThat(heading()).isEqualTo("Strength: Local priorities and outcomes");
        assertThat(summaryValue("Notes")).isEqualTo(String.valueOf(inTheme));
        if (inTheme == 4) {
            assertThat(summaryValue("Peers")).isEqualTo("2");
            assertThat(summaryValue("Sessions")).isEqualTo("2");
            assertThat(summaryValue("Stakeholder groups")).isEqualTo("2 (Councillors, Staff)");
        }
        press("Agree this finding");
        expectBanners("Success: Finding agreed");

        // the manager signs off, then the lead peer
        followLink("Back to the findings");
        followLink("Review and sign-off");
        press("Sign off as manager");
        expectBanners("Success: Findings signed off as manager");
        signOut();
        signInAs(c.leadPeer());
        open(evidence + "/findings/sign-off");
        press("Sign off as lead peer");
        expectBanners("Success: The findings are signed off by the lead peer and the manager");

        // the presentation: the page, then the PowerPoint file
        open(evidence);
        followLink("Feedback presentation from the agreed findings");
        assertThat(heading()).isEqualTo("Feedback presentation");
        assertThat(mainText())
                .contains("Generated from the team's 1 agreed finding")
                .contains("Signed off by")
                .contains("The council is delivering new and affordable homes well ahead of its targets");
        assertFitsPhoneWidth();
        String href = driver.findElement(By.partialLinkText("Download the presentation (PowerPoint)"))
                .getAttribute("href");
        String cookies = driver.manage().getCookies().stream()
                .map(k -> k.getName() + "=" + k.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pptx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pptx.statusCode()).isEqualTo(200);
        assertThat(pptx.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx.body()))) {
            String text = show.getSlides().stream()
                    .flatMap(s -> s.getShapes().stream())
                    .filter(XSLFTextShape.class::isInstance)
                    .map(s -> ((XSLFTextShape) s).getText())
                    .collect(Collectors.joining("\n"));
            assertThat(text).contains("The council is delivering new and affordable homes well ahead of its targets");
        }
    }
}

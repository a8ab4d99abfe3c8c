package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.evidence.BoardTestData;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthesis board in the browser: a peer groups the team's notes, sees the themes with their most
 * representative note, counts and balance, and renames one (at desktop width and, by every page's
 * check, at phone width, with axe).
 */
@HubIntegrationTest
@DisplayName("Browser: the synthesis board")
class BrowserBoardJourneyTest extends BrowserTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    WebElement cardWith(String noteText) {
        return driver.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(card -> card.findElements(By.tagName("li")).stream()
                        .anyMatch(li -> li.getAttribute("textContent").contains(noteText)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no theme holds “" + noteText + "”"));
    }

    @Test
    @DisplayName("a peer groups the notes into themes, reads them and renames one")
    void groupReadAndRename() {
        OnSiteChallenge c = BoardTestData.challenge(context);
        BoardTestData.threeSubjects(jdbc, c);
        String board = "/challenges/" + c.id() + "/evidence/board";

        attemptSignIn(c.leadPeer().email(), BoardTestData.password(c.leadPeer()));
        open(board);
        assertThat(heading()).isEqualTo("Synthesis board");
        assertThat(mainText()).contains("12 notes are waiting to be grouped");
        expectBanners();

        press("Group notes again");
        // the board reloads itself (a small script asks for the progress) once the grouping is done
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d ->
                        !d.findElements(By.cssSelector(".govuk-summary-card")).isEmpty()
                                && d.findElements(By.id("grouping-progress")).isEmpty());
        checkPage();
        assertThat(mainText()).contains("Local priorities and outcomes").contains("Last grouped on");

        WebElement housing = cardWith(BoardTestData.HOUSING.getFirst());
        String representative =
                housing.findElement(By.cssSelector(".hub-representative")).getText();
        assertThat(BoardTestData.HOUSING).contains(representative);
        assertThat(housing.findElement(By.cssSelector(".hub-evidence")).getText())
                .matches("\\d notes from 1 session and 1 stakeholder group");
        assertThat(housing.getText()).contains("Mostly strengths");
        assertThat(housing.findElement(By.partialLinkText("Turn this theme into a finding"))
                        .getAttribute("href"))
                .contains("/evidence/findings/new?theme=");

        follow(housing.findElement(By.partialLinkText("Rename")));
        assertThat(driver.getCurrentUrl()).contains("/evidence/board/themes/").endsWith("#rename");
        type("name", "");
        press("Rename theme");
        expectBanners("There is a problem: Enter a name for the theme");
        type("name", "Housing delivery ahead of plan");
        press("Rename theme");
        expectBanners("Success: Theme renamed");
        WebElement renamed = cardWith(BoardTestData.HOUSING.getFirst());
        assertThat(renamed.findElement(By.cssSelector(".govuk-summary-card__title"))
                        .getText())
                .isEqualTo("Housing delivery ahead of plan Changed by peers");
        assertFitsPhoneWidth();

        // the notes of the theme, one click away
        WebElement details = renamed.findElement(By.tagName("details"));
        details.findElement(By.tagName("summary")).click();
        List<String> notes = details.findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat(n).contains("Strength · Interview with the Leader"));
    }
}

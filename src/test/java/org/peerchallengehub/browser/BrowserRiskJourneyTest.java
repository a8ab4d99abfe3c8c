package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.indicators.StartingDataset;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Early warning through the browser (issue 19): the programme team gives the demo adviser the East of
 * England; the adviser opens the watch list from the navigation, reads why a council is flagged on its
 * assessment page, tries to record an event with the form empty (errors), then records one. The council
 * user has no "Early warning" link and gets "Page not found". Every page passes axe at desktop width and
 * fits the phone width.
 */
@HubIntegrationTest
@DisplayName("Browser: the early-warning watch list and a council's assessment")
class BrowserRiskJourneyTest extends BrowserTestBase {

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void realFigures() {
        startingDataset.load();
    }

    @Test
    void an_adviser_reads_why_a_council_is_on_the_watch_list() {
        long adviser = jdbc.sql("select id from user_account where email = :e")
                .param("e", Demo.ADVISER)
                .query(Long.class)
                .single();

        signIn(Demo.ADMIN);
        followNavigation("Early warning");
        followLink("Advisers’ regions");
        choose("region-" + adviser, "East of England");
        follow(driver.findElement(By.xpath("//select[@id='region-" + adviser + "']/ancestor::form//button")));
        expectBanners("Success: Region saved");
        assertThat(mainText()).contains("East of England");
        signOut();

        signIn(Demo.ADVISER);
        assertThat(navigationLabels()).contains("Early warning");
        followNavigation("Early warning");
        assertThat(heading()).isEqualTo("Watch list");
        assertThat(driver.findElement(By.id("scope-summary")).getText()).startsWith("East of England, as known on");
        WebElement list = driver.findElement(By.id("watch-list"));
        // Real figures: an Ofsted judgement of "Inadequate" published within four years puts a council on the list.
        assertThat(list.getText()).contains("Inadequate children's services");
        WebElement flagged = list.findElement(
                By.xpath(".//tr[.//*[contains(normalize-space(), \"Inadequate children's services\")]]//th//a"));
        String council = flagged.getText();
        follow(flagged);
        assertThat(heading()).isEqualTo(council);
        assertThat(summaryValue("Level")).isNotEqualTo("No concern");
        String why = driver.findElement(By.id("flagged")).getText();
        assertThat(why)
                .contains("Inadequate children's services")
                .contains("Latest overall judgement “Inadequate”, published");
        assertThat(driver.findElement(By.id("breakdown")).getText()).contains("Not assessed");

        followLink("Record an event for this council");
        press("Record the event");
        assertThat(errorSummary())
                .contains(
                        "Choose what happened",
                        "Enter the date it happened",
                        "Enter where this comes from (a notice, a report, a conversation)");
        choose("kind", "Interim appointment to a statutory post");
        type("eventDateDay", "3");
        type("eventDateMonth", "11");
        type("eventDateYear", "2026");
        type("source", "Conversation with the chief executive");
        type("note", "Demonstration data: an interim director of finance for six months.");
        press("Record the event");
        expectBanners("Success: Event recorded");
        assertThat(driver.findElement(By.id("event-list")).getText())
                .contains("Interim appointment to a statutory post")
                .contains("Conversation with the chief executive");
        followLink("Watch list");
        followLink("The method");
        assertThat(driver.findElement(By.id("future-signals")).getText()).contains("repeated");
        signOut();

        signIn(Demo.COUNCIL);
        assertThat(navigationLabels()).doesNotContain("Early warning");
        driver.get(url("/risk"));
        assertThat(heading()).isEqualTo("Page not found");
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.support.HubIntegrationTest;

/** What anyone can do without signing in: the council register, the framework and the rules. */
@HubIntegrationTest
@DisplayName("Browser: public journeys")
class BrowserPublicJourneysTest extends BrowserTestBase {

    @Test
    @DisplayName("the public filters the councils by type and region, searches by name and opens a council")
    void publicFiltersAndSearchesTheCouncils() {
        open("/");
        assertThat(heading()).isEqualTo("Peer Challenge Hub");
        assertThat(navigationLabels()).containsExactly("Councils", "Framework", "Reports", "Sign in");

        expectBanners();
        followNavigation("Councils");
        expectBanners();
        assertThat(heading()).isEqualTo("Councils");

        choose("type", "County council");
        choose("region", "East of England");
        press("Apply filters");
        assertThat(tableCaption()).isEqualTo("Councils 1 to 5 of 5");
        assertThat(column(1))
                .containsExactly(
                        "Cambridgeshire County Council",
                        "Essex County Council",
                        "Hertfordshire County Council",
                        "Norfolk County Council",
                        "Suffolk County Council");
        assertThat(column(3)).containsOnly("County council");
        assertThat(column(4)).containsOnly("East of England");
        assertThat(driver.findElements(By.cssSelector(".govuk-pagination"))).isEmpty();

        followLink("Clear filters");
        type("name", "Thurrock");
        press("Apply filters");
        assertThat(tableCaption()).isEqualTo("Councils 1 to 1 of 1");
        assertThat(column(2)).containsExactly("E06000034");

        followLink("Thurrock Council");
        assertThat(path()).isEqualTo("/councils/E06000034");
        assertThat(heading()).isEqualTo("Thurrock Council");
        assertThat(summaryValue("GSS code")).isEqualTo("E06000034");
        assertThat(summaryValue("Type")).isEqualTo("Unitary authority");
        assertThat(summaryValue("Region")).isEqualTo("East of England");
        assertThat(summaryValue("Status")).isEqualTo("Current");
        assertThat(driver.findElements(By.linkText("Open the council workspace")))
                .as("the public is not offered the workspace")
                .isEmpty();
    }

    @Test
    @DisplayName("the public pages through the unfiltered list of councils")
    void publicPagesThroughTheCouncils() {
        open("/councils");
        String firstPage = tableCaption();
        assertThat(firstPage).startsWith("Councils 1 to 50 of ");
        String total = firstPage.substring("Councils 1 to 50 of ".length());
        List<String> firstPageNames = column(1);

        follow(driver.findElement(By.cssSelector(".govuk-pagination a[aria-label='Page 2']")));
        assertThat(path()).isEqualTo("/councils?page=2");
        assertThat(tableCaption()).isEqualTo("Councils 51 to 100 of " + total);
        assertThat(driver.findElement(By.cssSelector(".govuk-pagination__item--current a"))
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(column(1)).hasSize(50).doesNotContainAnyElementsOf(firstPageNames);

        follow(driver.findElement(By.cssSelector(".govuk-pagination__prev a")));
        assertThat(tableCaption()).isEqualTo(firstPage);
    }

    @Test
    @DisplayName("the public finds an abolished council and follows it to its successors")
    void publicFindsAnAbolishedCouncilAndItsSuccessors() {
        open("/councils");
        type("name", "Northamptonshire");
        press("Apply filters");
        assertThat(column(1)).doesNotContain("Northamptonshire County Council");

        choose("status", "Current and abolished");
        press("Apply filters");
        assertThat(column(1)).contains("Northamptonshire County Council Abolished");

        followLink("Northamptonshire County Council");
        assertThat(path()).isEqualTo("/councils/E10000021");
        assertThat(heading()).isEqualTo("Northamptonshire County Council");
        assertThat(summaryValue("Status")).isEqualTo("Abolished");
        assertThat(summaryValue("Abolished on")).isEqualTo("1 April 2021");
        WebElement inset = driver.findElement(By.cssSelector(".govuk-inset-text"));
        assertThat(inset.getText())
                .contains("abolished on 1 April 2021")
                .contains("North Northamptonshire Council and West Northamptonshire Council");
        assertThat(inset.findElements(By.tagName("a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList())
                .containsExactly(url("/councils/E06000061"), url("/councils/E06000062"));

        follow(inset.findElement(By.linkText("West Northamptonshire Council")));
        assertThat(heading()).isEqualTo("West Northamptonshire Council");
        assertThat(summaryValue("Status")).isEqualTo("Current");
        assertThat(summaryValue("Replaced")).contains("Northamptonshire County Council");
    }

    @Test
    @DisplayName("the public reads the framework, a framework version and the programme rules")
    void publicReadsTheFrameworkAndProgrammeRules() {
        open("/");
        followNavigation("Framework");
        assertThat(path()).isEqualTo("/frameworks");
        assertThat(heading()).isEqualTo("Peer challenge framework");
        assertThat(driver.findElements(By.cssSelector("main h2 a"))).isNotEmpty();

        follow(driver.findElement(By.cssSelector("main a[href='/frameworks/cpc-2016']")));
        assertThat(path()).isEqualTo("/frameworks/cpc-2016");
        assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();

        followLink("All framework versions");
        follow(driver.findElement(By.cssSelector("main a[href='/programme-rules']")));
        assertThat(heading()).isEqualTo("Programme rules");
        assertThat(mainText()).contains("In force from", "Corporate peer challenge at least every");
    }

    @Test
    @DisplayName("the public reads the accessibility statement and the data sources from the footer")
    void publicReadsTheFooterPages() {
        open("/");
        followLink("Accessibility statement");
        assertThat(path()).isEqualTo("/accessibility");
        followLink("Data sources and licences");
        assertThat(path()).isEqualTo("/data-sources");
    }

    @Test
    @DisplayName("an unknown council shows the page not found page")
    void unknownCouncilIsNotFound() {
        open("/councils/E99999999");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(driver.getTitle()).startsWith("Page not found");
        followLink("Find a council in the register");
        assertThat(heading()).isEqualTo("Councils");
    }

    @Test
    @DisplayName("a wrong address shows the page not found page, not the sign-in page (issue 13)")
    void wrongAddressIsNotFound() {
        open("/challenges/1/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(path()).isEqualTo("/challenges/1/no-such-page");
    }

    private String tableCaption() {
        return driver.findElement(By.cssSelector("main table caption")).getText();
    }

    /** The texts of one column (1-based) of the councils table. */
    private List<String> column(int n) {
        return driver.findElements(By.cssSelector("main table tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

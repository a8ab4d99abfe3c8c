package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.knowledge.SampleReport;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;

/**
 * Importing published reports through the browser: a manager uploads three reports, reviews them
 * next to their text, corrects one's key recommendations, saves them, then searches the back
 * catalogue and opens a result. The reports are variations of the made-up sample (other councils,
 * visits in 2017–2019 that no other test records), so the journey needs no shared fixtures.
 */
@HubIntegrationTest
@DisplayName("Browser: importing and searching published reports")
class BrowserReportImportJourneyTest extends BrowserTestBase {

    @TempDir
    Path files;

    private final String marker = "quokka" + ThreadLocalRandom.current().nextInt(10_000, 100_000);

    private Path report(String council, String year) throws IOException {
        String text = SampleReport.TEXT
                .replace("Rutland County Council", council)
                .replace("3 – 6 March 2025", "3 – 6 March " + year);
        Path file = files.resolve(council.replace(' ', '-').toLowerCase() + "-" + year + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("a manager uploads three reports, corrects one, saves them, searches and opens a result")
    void uploadReviewSaveAndSearch() throws IOException {
        List<Path> reports = List.of(
                report("Kirklees Council", "2017"),
                report("Thurrock Council", "2018"),
                report("Rutland County Council", "2019"));

        signIn(Demo.MANAGER);
        followNavigation("Import reports");
        assertThat(heading()).isEqualTo("Import published reports");
        driver.findElement(By.id("files"))
                .sendKeys(String.join("\n", reports.stream().map(Path::toString).toList()));
        press("Upload");
        assertThat(heading()).isEqualTo("Uploaded reports");
        assertThat(mainText()).contains("kirklees-council-2017.txt", "thurrock-council-2018.txt", "To review");

        // The first: corrected, next to its text.
        follow(reviewLinks().getFirst());
        assertThat(heading()).isEqualTo("Review the report");
        assertThat(driver.findElement(By.cssSelector(".hub-source-text")).getText())
                .contains("The council has a balanced budget for this year only.");
        assertThat(driver.findElement(By.id("council")).getAttribute("value")).isEqualTo("Kirklees Council");
        type("keyRecommendations", "Rebuild the medium term financial strategy around the " + marker + " programme");
        press("Save report");
        assertThat(heading()).isEqualTo("Uploaded reports");
        assertThat(mainText()).contains("Imported the report of Kirklees Council");

        // The other two as read.
        while (!reviewLinks().isEmpty()) {
            follow(reviewLinks().getFirst());
            press("Save report");
        }
        assertThat(driver.findElements(By.xpath("//strong[normalize-space()='Imported']")))
                .hasSize(3);

        followNavigation("Reports");
        type("q", marker);
        press("Search");
        assertThat(mainText()).contains("1 result");
        WebElement result = driver.findElement(By.cssSelector(".hub-search-result a"));
        assertThat(result.getText()).startsWith("Kirklees");
        assertThat(driver.findElement(By.cssSelector(".hub-search-result mark")).getText())
                .isEqualTo(marker);
        follow(result);
        assertThat(heading()).isEqualTo("Kirklees Council: peer challenge report");
        assertThat(mainText()).contains(marker);

        // A phrase, narrowed to one year: the finance recommendation of that year's report comes first.
        followNavigation("Reports");
        type("q", "\"medium term financial strategy\"");
        choose("year", "2018");
        press("Search");
        WebElement first = driver.findElement(By.cssSelector(".hub-search-result a"));
        assertThat(first.getText()).startsWith("Thurrock 2018: Key recommendation");
        follow(first);
        assertThat(path()).matches("/reports/\\d+#p\\d+");
        assertThat(mainText()).contains("Refresh the medium term financial strategy");

        // The library and the themes, from the search page.
        followNavigation("Reports");
        followLink("notable practice library");
        assertThat(heading()).isEqualTo("Notable practice");
        followLink("Search reports");
        followLink("sector themes");
        assertThat(heading()).isEqualTo("Sector themes");
        assertThat(driver.findElement(By.id("components")).getText()).contains("2017", "2018", "2019");
    }

    private List<WebElement> reviewLinks() {
        return driver.findElements(By.xpath("//a[starts-with(normalize-space(), 'Review')]"));
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.peerchallengehub.knowledge.SampleReport;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk import through the browser: a manager uploads two reports to import at once, follows the
 * progress without JavaScript, finds the one whose council was not recognised waiting to be
 * corrected, corrects it next to its text and saves it. The reports are variations of the made-up
 * sample, visits in February 2020 that no other test records.
 */
@HubIntegrationTest
@DisplayName("Browser: a bulk import with a file to correct")
class BrowserBulkImportJourneyTest extends BrowserTestBase {

    @TempDir
    Path files;

    @Autowired
    JdbcClient jdbc;

    private Path report(String fileName, String council) throws IOException {
        Path file = files.resolve(fileName);
        Files.writeString(
                file,
                SampleReport.TEXT
                        .replace("Rutland County Council", council)
                        .replace("3 – 6 March 2025", "5 – 7 February 2020"),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("a manager imports two reports at once, corrects the refused one and saves it")
    void bulkImportAndCorrect() throws Exception {
        List<Path> reports = List.of(
                report("milton-keynes-2020.txt", "Milton Keynes Council"),
                report("unknown-council-2020.txt", "Atlantis Borough Council"));

        signIn(Demo.MANAGER);
        followNavigation("Import reports");
        driver.findElement(By.id("files"))
                .sendKeys(String.join("\n", reports.stream().map(Path::toString).toList()));
        driver.findElement(By.id("mode-bulk-skip")).click();
        press("Upload");
        assertThat(heading()).isEqualTo("Uploaded reports");
        assertThat(mainText()).contains("Bulk import started by", "milton-keynes-2020.txt");
        // The audit trail says who started the batch.
        String batch = path().substring("/reports/import/".length());
        assertThat(jdbc.sql("select actor_email from audit_event where action = 'report.uploaded' and subject_id = :b")
                        .param("b", batch)
                        .query(String.class)
                        .list())
                .containsExactly(Demo.MANAGER);

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (mainText().contains("Importing in the background")) {
            assertThat(Instant.now()).as("the import finishes within a minute").isBefore(until);
            Thread.sleep(300);
            followLink("Refresh progress");
        }
        assertThat(mainText())
                .contains("All 2 files dealt with; 1 needs you", "Needs correcting", "council is not recognised");

        follow(driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Correct')]")));
        assertThat(heading()).isEqualTo("Review the report");
        assertThat(mainText()).contains("The bulk import did not save this file");
        type("council", "Cambridge City Council");
        press("Save report");
        assertThat(heading()).isEqualTo("Uploaded reports");
        assertThat(mainText()).contains("Imported the report of Cambridge City Council");
        assertThat(driver.findElements(By.xpath("//strong[normalize-space()='Imported']")))
                .hasSize(2);
    }
}

package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.challenges.Challenges;
import org.peerchallengehub.challenges.PoliticalControl;
import org.peerchallengehub.indicators.ComparatorGroups;
import org.peerchallengehub.indicators.Indicators;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmarking through the browser: open a council, change its comparator group, read a chart's table,
 * download the table as CSV; then the manager generates the council data pack for a challenge, reads
 * its page and downloads its PDF. Every page passes axe.
 */
@HubIntegrationTest
@DisplayName("Browser: benchmarking a council and its data pack")
class BrowserBenchmarkingJourneyTest extends BrowserTestBase {

    private static final String THURROCK = "Thurrock Council";

    @Autowired
    Indicators indicators;

    @Autowired
    ComparatorGroups groups;

    @Autowired
    Challenges challenges;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void figures() throws Exception {
        for (int i = 0; i < 240 && indicators.latest(Demo.COUNCIL_GSS, null).isEmpty(); i++) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
        groups.recomputeNearestNeighbours();
    }

    @Test
    @DisplayName("a visitor compares Thurrock with other councils; the manager generates its data pack")
    void benchmarkingAndTheDataPack() throws Exception {
        open("/councils/" + Demo.COUNCIL_GSS);
        assertThat(heading()).isEqualTo(THURROCK);
        followLink("Compare every figure with similar councils");
        assertThat(heading()).isEqualTo("Benchmarking profile");
        assertThat(mainText()).contains("Nearest neighbours");

        choose("group", "Same type: unitary authorities");
        press("Show");
        assertThat(path()).contains("group=type");
        assertThat(driver.findElement(By.cssSelector("main h2")).getText()).startsWith("Same type");

        follow(driver.findElement(By.xpath("//table//th//a[normalize-space()='Net revenue expenditure']")));
        assertThat(heading()).isEqualTo("Net revenue expenditure");
        WebElement chart = driver.findElement(By.cssSelector("svg.hub-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        WebElement table = driver.findElement(By.xpath("//table[caption[contains(normalize-space(), 'councils')]]"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows.size()).isGreaterThan(10);
        assertThat(table.getText()).contains(THURROCK + " (this council)");

        String csvHref =
                driver.findElement(By.linkText("Download this table as CSV")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(csvHref)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().count()).isEqualTo(rows.size() + 1);
        assertThat(csv.body()).contains(THURROCK);

        long id = challenges.book(
                ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser(),
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        LocalDate.of(2032, 2, 2),
                        LocalDate.of(2032, 2, 5),
                        PoliticalControl.LABOUR,
                        null,
                        null,
                        null));
        signIn(Demo.MANAGER);
        open("/challenges/" + id);
        expectBanners();
        followLink("Generate the data pack");
        assertThat(heading()).isEqualTo("Generate the data pack");
        expectBanners();
        type("asOfDay", "");
        type("asOfMonth", "");
        type("asOfYear", "");
        press("Generate the data pack");
        expectBanners("There is a problem: Enter the date the figures are as known on");
        type("asOfDay", "31");
        type("asOfMonth", "3");
        type("asOfYear", "2020");
        press("Generate the data pack");

        assertThat(heading()).isEqualTo("Data pack: " + THURROCK);
        expectBanners("Success: Data pack generated and added to the challenge's documents");
        assertThat(mainText())
                .contains(
                        "Data pack generated",
                        "31 March 2020",
                        "Profile against its nearest neighbours",
                        "Trends against its nearest neighbours",
                        "Sources and licences");
        assertThat(driver.findElements(By.cssSelector("main svg.hub-chart"))).isNotEmpty();

        String pdfHref = driver.findElement(By.partialLinkText("Download the pack as a PDF"))
                .getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("HUB_SESSION");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pdfHref))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(new PDFTextStripper().getText(doc)).contains(THURROCK, "31 March 2020");
        }

        followLink("Back to the challenge");
        assertThat(mainText()).contains("Data pack", "-as-of-2020-03-31.pdf");
    }
}

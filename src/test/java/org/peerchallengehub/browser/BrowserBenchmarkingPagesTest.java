package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.indicators.ComparatorGroups;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every benchmarking page passes axe and works without scripts: the profile, a metric, neighbours, groups. */
@HubIntegrationTest
@DisplayName("Browser: benchmarking pages")
class BrowserBenchmarkingPagesTest extends BrowserTestBase {

    @Autowired
    ComparatorGroups groups;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void figures() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (jdbc.sql("select count(*) from metric_value where area = 'E06000034'")
                                .query(Long.class)
                                .single()
                        == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        groups.recomputeNearestNeighbours();
    }

    @Test
    @DisplayName("the public opens a council's benchmarking, changes the group, opens a metric and its neighbours")
    void publicBenchmarking() {
        open("/councils/E06000034");
        followLink("Compare every figure with similar councils");
        assertThat(heading()).isEqualTo("Benchmarking profile");
        choose("group", "Same type: unitary authorities");
        press("Show");
        assertThat(path()).startsWith("/councils/E06000034/benchmarking?group=type");
        followLink("Borrowing as a multiple of net revenue expenditure");
        assertThat(heading()).isEqualTo("Borrowing as a multiple of net revenue expenditure");
        assertThat(driver.findElements(By.cssSelector("svg[role=img] title"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(mainText())
                .contains("Thurrock Council (this council)", "Group median", "Download this table as CSV");
        choose("period", "2016-17");
        press("Show");
        assertThat(mainText()).contains("Across the group, 2016-17");
        followLink("Benchmarking profile");
        open("/councils/E06000034/nearest-neighbours");
        assertThat(mainText()).contains("The neighbours, closest first");
        followLink("How nearest neighbours are computed");
        open("/indicators/metrics");
        followLink("Benchmark a council");
        choose("council", "Thurrock Council");
        press("Continue");
        assertThat(heading()).isEqualTo("Benchmarking profile");
    }

    @Test
    @DisplayName("a signed-in user makes a comparator group, compares with it and deletes it")
    void customGroup() {
        signIn(Demo.ADVISER);
        open("/comparator-groups");
        followLink("Create a group");
        press("Save the group");
        expectBanners("There is a problem: Enter a name for the group | Choose at least one council");
        type("name", "Estuary councils");
        driver.findElement(By.xpath("//summary[starts-with(normalize-space(), 'Unitary authority')]"))
                .click();
        driver.findElement(By.id("area-E06000033")).click();
        driver.findElement(By.id("area-E06000035")).click();
        press("Save the group");
        assertThat(mainText()).contains("Estuary councils", "Southend-on-Sea Borough Council");
        open("/councils/E06000034/benchmarking");
        choose("group", "Your group: Estuary councils");
        press("Show");
        assertThat(mainText()).contains("The 2 councils in the group");
        open("/comparator-groups");
        follow(driver.findElement(By.cssSelector("a[href$='/delete']")));
        press("Delete the group");
        expectBanners("Success: Group \"Estuary councils\" deleted");
        assertThat(mainText()).contains("You have no groups yet");
    }
}

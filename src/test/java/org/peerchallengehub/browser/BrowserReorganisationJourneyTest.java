package org.peerchallengehub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, item 11 as the programme team does it: from the councils list to the reorganisations page, a
 * form refused with its message, then a reorganisation recorded, and the replaced council's page saying
 * so, also on a phone. The register is put back afterwards (other tests count its councils).
 */
@HubIntegrationTest
@DisplayName("Browser: a reorganisation recorded ahead of time")
class BrowserReorganisationJourneyTest extends BrowserTestBase {

    static final String NEW_GSS = "E06099931";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheRegisterBack() {
        jdbc.sql("update council set end_date = null where gss_code in"
                        + " (select predecessor_gss from council_reorganisation_transfer where successor_gss = :g)")
                .param("g", NEW_GSS)
                .update();
        jdbc.sql("delete from council_succession where successor_gss = :g")
                .param("g", NEW_GSS)
                .update();
        jdbc.sql("delete from council_reorganisation_transfer where successor_gss = :g")
                .param("g", NEW_GSS)
                .update();
        jdbc.sql("delete from council_reorganisation where name = 'Greater Lincolnshire (browser test)'")
                .update();
        jdbc.sql("delete from council_name where gss_code = :g")
                .param("g", NEW_GSS)
                .update();
        jdbc.sql("delete from council where gss_code = :g").param("g", NEW_GSS).update();
    }

    @Test
    @DisplayName(
            "the programme team records a reorganisation and the replaced council's page says it is being reorganised")
    void recordAndSee() {
        LocalDate vesting = LocalDate.now().plusYears(1).withMonth(4).withDayOfMonth(1);
        signIn(Demo.ADMIN);
        followNavigation("Councils");
        followLink("Reorganisations recorded ahead of time");
        assertThat(heading()).isEqualTo("Reorganisations");
        expectBanners();
        checkPage();
        followLink("Record a reorganisation");
        assertThat(heading()).isEqualTo("Record a reorganisation");

        type("name", "Greater Lincolnshire (browser test)");
        press("Record the reorganisation");
        assertThat(driver.getTitle()).startsWith("Error: Record a reorganisation");
        assertThat(banners()).singleElement().asString().startsWith("There is a problem: Enter the vesting day");
        checkPage();

        type("vestingDayDay", String.valueOf(vesting.getDayOfMonth()));
        type("vestingDayMonth", String.valueOf(vesting.getMonthValue()));
        type("vestingDayYear", String.valueOf(vesting.getYear()));
        type("gss-0", NEW_GSS);
        type("officialName-0", "Greater Lincolnshire Browser Council");
        choose("region-0", "East Midlands");
        type("replaces-0", "Lincolnshire County Council\nBoston");
        press("Record the reorganisation");
        assertThat(path()).isEqualTo("/reorganisations");
        expectBanners("Success: Reorganisation “Greater Lincolnshire (browser test)” recorded");
        assertThat(mainText()).contains("Greater Lincolnshire Browser Council").contains("Boston Borough Council");
        checkPage();
        assertFitsPhoneWidth();

        followLink("Boston Borough Council");
        assertThat(heading()).isEqualTo("Boston Borough Council");
        assertThat(driver.findElement(By.cssSelector(".hub-reorganisation")).getText())
                .startsWith("Being reorganised: from 1 April " + vesting.getYear())
                .contains("replaced by Greater Lincolnshire Browser Council");
        assertThat(summaryValue("Status")).isEqualTo("Current");
        checkPage();
        assertFitsPhoneWidth();
    }
}

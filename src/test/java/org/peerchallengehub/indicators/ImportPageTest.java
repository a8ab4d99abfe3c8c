package org.peerchallengehub.indicators;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The programme team's import page, the public metric catalogue and the council page's key figures. */
@HubIntegrationTest
class ImportPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MetricImports imports;

    @Autowired
    StartingDataset startingDataset;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        Fixtures.define(imports, "test-page-libraries", "year");
    }

    static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "upload.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void only_the_programme_team_imports() throws Exception {
        mvc.perform(get("/indicators/imports").with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import data")))
                // the latest 20 imports are listed; the one made by loaded() just now is among them
                .andExpect(content().string(containsString("definitions.csv")))
                .andExpect(content().string(not(containsString("govuk-notification-banner"))));
        mvc.perform(get("/indicators/imports").with(as(Demo.MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/imports").with(as(Demo.COUNCIL))).andExpect(status().isForbidden());
        mvc.perform(get("/indicators/imports")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(multipart("/indicators/imports")
                        .file(csv("metric,area,period,value\n"))
                        .param("format", "tidy-csv")
                        .with(csrf())
                        .with(as(Demo.PEER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_upload_is_imported_and_reported() throws Exception {
        var posted = mvc.perform(multipart("/indicators/imports")
                        .file(csv("metric,area,period,value\ntest-page-libraries,E06000034,2023,9\n"))
                        .param("format", "tidy-csv")
                        .param("publishedDay", "2")
                        .param("publishedMonth", "3")
                        .param("publishedYear", "2024")
                        .with(csrf())
                        .with(as(Demo.ADMIN)))
                .andExpect(redirectedUrl("/indicators/imports"))
                .andExpect(flash().attribute("imported", "Imported upload.csv: 1 value (1 new or revised)"))
                .andReturn();
        // after the redirect, in the same session
        var session = posted.getResponse().getCookie("HUB_SESSION");
        mvc.perform(get("/indicators/imports").cookie(session).with(as(Demo.ADMIN)))
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-notification-banner--success"),
                                containsString("Imported upload.csv: 1 value (1 new or revised)"))));
    }

    @Test
    void problems_are_listed_in_the_error_summary_with_their_lines() throws Exception {
        mvc.perform(multipart("/indicators/imports")
                        .file(csv("metric,area,period,value\ntest-page-libraries,E06000034,2023,9\n"
                                + "test-page-libraries,E99999999,2023,9\ntest-page-libraries,E06000034,2023-24,x\n"))
                        .param("format", "tidy-csv")
                        .with(csrf())
                        .with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Error: Import data"),
                                containsString("govuk-error-summary"),
                                containsString("The file has 3 problems; nothing was imported"),
                                containsString("Line 3: area ‘E99999999’ is not a council in the register"),
                                containsString("Line 4: period ‘2023-24’ is not a calendar year: write it like 2019"),
                                containsString("Line 4: value ‘x’ is not a number"))));
    }

    @Test
    void the_form_asks_for_a_file_a_kind_and_a_real_date() throws Exception {
        mvc.perform(multipart("/indicators/imports")
                        .param("publishedDay", "31")
                        .param("publishedMonth", "2")
                        .param("publishedYear", "2020")
                        .with(csrf())
                        .with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Select what kind of file it is"),
                                containsString("Select a CSV or XLSX file to import"),
                                containsString("The publication date must be a real date"))));
        mvc.perform(multipart("/indicators/imports")
                        .file(csv("metric,area,period,value\n"))
                        .param("format", "borrowing-xlsx")
                        .with(csrf())
                        .with(as(Demo.ADMIN)))
                .andExpect(content().string(containsString("The file must be an XLSX workbook")));
    }

    @Test
    void the_metric_catalogue_is_public_with_sources_and_formulas() throws Exception {
        mvc.perform(get("/indicators/metrics"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("Net revenue expenditure"),
                                                containsString("MHCLG Revenue Outturn Summary (RS)"),
                                                containsString(
                                                        "borrowing-total(31 March closing the year) ÷ net-revenue-expenditure(year)"))));
    }

    @Test
    void a_council_page_shows_its_key_figures_and_where_they_come_from() throws Exception {
        mvc.perform(get("/councils/E06000034"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Key figures"),
                                containsString("Net revenue expenditure"),
                                containsString("£107.3 million"),
                                containsString("£1.41 billion"),
                                containsString("31 March 2020"),
                                containsString("Open Government Licence v3.0"))));
        mvc.perform(get("/councils/E06000061"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures from before this council existed are those of")));
    }

    @Test
    void a_district_council_is_not_shown_social_care_spend_it_does_not_have() throws Exception {
        // Cambridge City Council is a district: social care is the county's; its key figures leave it out
        mvc.perform(get("/councils/E07000008"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Key figures"),
                                containsString("Net revenue expenditure"),
                                not(containsString("Social care spend")),
                                not(containsString("0.0%")))));
        // nor does its benchmarking profile show it (as 0.0% or otherwise)
        mvc.perform(get("/councils/E07000008/benchmarking"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Net revenue expenditure"),
                                not(containsString("Social care spend")),
                                not(containsString("Adult social care")))));
        // the county and a unitary council have it
        mvc.perform(get("/councils/E10000003"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Social care spend")));
        mvc.perform(get("/councils/E06000034"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Social care spend")));
    }
}

package org.peerchallengehub.indicators;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "As known on" in the benchmarking pages is a GOV.UK date input (day, month, year), bound once by
 * {@code @DateInput}: a real date is used, a bad one redisplays the page (status 200) with the error summary
 * and the field's message and the fields as typed, and the single {@code asOf=2021-03-31} of existing links
 * still works.
 */
@HubIntegrationTest
class AsKnownOnDateInputTest {

    static final String PROFILE = "/councils/" + BenchmarkingPagesTest.THURROCK + "/benchmarking";
    static final String METRIC = PROFILE + "/net-revenue-expenditure";

    @Autowired
    MockMvc mvc;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    static MockHttpServletRequestBuilder dated(String path, String day, String month, String year) {
        return get(path).param("asOfDay", day).param("asOfMonth", month).param("asOfYear", year);
    }

    @Test
    void thirty_first_of_march_2021_typed_as_day_month_and_year_is_used() throws Exception {
        mvc.perform(dated(PROFILE, "31", "03", "2021"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<strong>31 March 2021</strong>"),
                                containsString("name=\"asOfDay\""),
                                containsString("value=\"31\""),
                                containsString("benchmarking.csv?group=nearest-neighbours&amp;asOf=2021-03-31"),
                                not(containsString("There is a problem")),
                                not(containsString("govuk-form-group--error")))));
        mvc.perform(dated(METRIC, "31", "3", "2021"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("over-time.csv?group=nearest-neighbours&amp;asOf=2021-03-31"),
                                not(containsString("There is a problem")))));
    }

    @Test
    void a_date_that_is_not_real_redisplays_the_page_with_the_message_and_what_was_typed() throws Exception {
        for (String path : new String[] {PROFILE, METRIC}) {
            mvc.perform(dated(path, "31", "02", "2021"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("<title>Error: "),
                                    containsString("There is a problem"),
                                    containsString("<a href=\"#asOf\">As known on must be a real date</a>"),
                                    containsString("id=\"asOf-error\""),
                                    containsString("govuk-form-group--error"),
                                    containsString("value=\"31\""),
                                    containsString("value=\"02\""),
                                    containsString("value=\"2021\""))));
        }
        mvc.perform(dated(PROFILE, "aa", "3", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("As known on must be a real date")));
        mvc.perform(dated(PROFILE, "", "3", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("As known on must include a day")));
        mvc.perform(dated(PROFILE, "31", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("As known on must include a month and year")));
        mvc.perform(dated(PROFILE, "1", "1", "1989"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("As known on must be 1 January 1990 or later")));
        mvc.perform(get(PROFILE).param("asOf", "aa"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("As known on must include a month and year"))));
    }

    @Test
    void an_empty_date_means_today() throws Exception {
        mvc.perform(dated(PROFILE, "", "", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<strong>today</strong>"), not(containsString("There is a problem")))));
    }

    @Test
    void the_single_as_of_parameter_of_existing_links_still_works() throws Exception {
        for (String asOf : new String[] {"2021-03-31", "31/03/2021"}) {
            mvc.perform(get(PROFILE).param("asOf", asOf))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("<strong>31 March 2021</strong>"),
                                    not(containsString("There is a problem")))));
        }
        mvc.perform(get(PROFILE + ".csv").param("asOf", "2021-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2021-03-31")));
    }

    @Test
    void a_csv_with_a_date_that_is_not_real_is_refused_with_the_message() throws Exception {
        mvc.perform(dated(PROFILE + ".csv", "31", "2", "2021"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("As known on must be a real date")));
        mvc.perform(dated(METRIC + "/over-time.csv", "31", "3", "2021")).andExpect(status().isOk());
    }
}

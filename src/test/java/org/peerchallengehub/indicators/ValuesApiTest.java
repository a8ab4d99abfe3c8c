package org.peerchallengehub.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The metrics and values API: the LG Inform query shape, as-of dates, CSV, and 400s for bad requests. */
@HubIntegrationTest
class ValuesApiTest {

    static final String VISITS = "test-api-visits";
    static final String STOCK = "test-api-stock";
    static final String RUTLAND = "E06000017";
    static final String YORK = "E06000014";

    static boolean imported;

    @Autowired
    MockMvc mvc;

    @Autowired
    MetricImports imports;

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    ComparatorGroups groups;

    @BeforeEach
    void values() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        if (imported) {
            return; // the fixtures once per run: every import is listed on the import page
        }
        imported = true;
        Fixtures.define(imports, VISITS, "financial-year");
        Fixtures.define(imports, STOCK, "date");
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value,published
                test-api-visits,E06000017,2017-18,90,2018-06-30
                test-api-visits,E06000017,2018-19,100,2019-06-30
                test-api-visits,E06000017,2018-19,110,2020-06-30
                test-api-visits,E06000017,2019-20,120,2020-06-30
                test-api-visits,E06000017,2020-21,130,2021-06-30
                test-api-visits,E06000014,2019-20,55.5,2020-06-30
                test-api-stock,E06000017,2019-03-31,7,2019-06-30
                test-api-stock,E06000014,2020-03-31,8,2020-06-30
                """,
                null);
    }

    @Test
    void the_catalogue_lists_every_metric_with_its_definition() throws Exception {
        mvc.perform(get("/api/v1/metrics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'usable-reserves-to-nre')].formula", hasSize(1)))
                .andExpect(jsonPath("$.items[?(@.id == 'usable-reserves-to-nre')].derived", hasItem(true)))
                .andExpect(jsonPath("$.items[?(@.id == 'test-api-visits')].periodType", hasItem("financial-year")))
                .andExpect(jsonPath("$.items[?(@.id == 'test-api-visits')].polarity", hasItem("higher-is-better")))
                .andExpect(jsonPath("$.items[?(@.id == 'test-api-visits')].licence", hasItem("None")))
                .andExpect(jsonPath("$.items[?(@.id == 'net-revenue-expenditure')].unit", hasItem("gbp-thousand")));
    }

    @Test
    void latest_n_gives_every_area_the_same_most_recent_periods_with_gaps_as_null() throws Exception {
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND + "," + YORK)
                        .param("period", "latest:3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count", is(6)))
                .andExpect(jsonPath("$.areas[0].gss", is(RUTLAND)))
                .andExpect(jsonPath("$.areas[0].via[0]", is("requested")))
                .andExpect(jsonPath("$.values[0].area", is(RUTLAND)))
                .andExpect(jsonPath("$.values[0].period", is("2018-19")))
                .andExpect(jsonPath("$.values[0].value", is(110.0)))
                .andExpect(jsonPath("$.values[2].period", is("2020-21")))
                .andExpect(jsonPath("$.values[2].value", is(130.0)))
                .andExpect(jsonPath("$.values[3].area", is(YORK)))
                .andExpect(jsonPath("$.values[3].value", nullValue()))
                .andExpect(jsonPath("$.values[4].value", is(55.5)))
                .andExpect(jsonPath("$.values[4].formatted", is("56")))
                .andExpect(jsonPath("$.values[4].published", is("2020-06-30")));
    }

    @Test
    void as_of_a_date_the_api_never_shows_a_later_publication() throws Exception {
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("period", "latest:2")
                        .param("asOf", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf", is("2020-01-01")))
                .andExpect(jsonPath("$.values[*].period", org.hamcrest.Matchers.contains("2017-18", "2018-19")))
                .andExpect(jsonPath("$.values[1].value", is(100.0)))
                .andExpect(jsonPath("$.values[1].published", is("2019-06-30")));
    }

    @Test
    void explicit_periods_apply_to_the_metrics_of_their_type_and_repeated_parameters_combine() throws Exception {
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("metric", STOCK)
                        .param("area", RUTLAND)
                        .param("area", YORK)
                        .param("period", "2019-20,2019-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count", is(4)))
                .andExpect(jsonPath(
                        "$.values[?(@.metric == 'test-api-stock' && @.area == 'E06000017')].value", hasItem(7.0)))
                .andExpect(jsonPath(
                        "$.values[?(@.metric == 'test-api-visits' && @.area == 'E06000014')].value", hasItem(55.5)));
    }

    @Test
    void a_comparison_adds_the_first_areas_group_with_distances_for_nearest_neighbours() throws Exception {
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("period", "2019-20")
                        .param("comparison", "type"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comparisons[0].slug", is("type")))
                .andExpect(jsonPath("$.comparisons[0].label", containsString("unitary authorities")))
                .andExpect(jsonPath("$.areas[0].gss", is(RUTLAND)))
                .andExpect(jsonPath("$.areas[?(@.gss == 'E06000014')].via[0]", hasItem("type")))
                .andExpect(jsonPath("$.areas[?(@.type != 'unitary')]", hasSize(0)))
                .andExpect(jsonPath("$.values[?(@.area == 'E06000014')].value", hasItem(55.5)));
        groups.recomputeNearestNeighbours();
        mvc.perform(get("/api/v1/values")
                        .param("metric", "net-revenue-expenditure")
                        .param("area", RUTLAND)
                        .param("comparison", "nearest-neighbours"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comparisons[0].members", hasSize(15)))
                .andExpect(jsonPath("$.comparisons[0].members[0].distance", org.hamcrest.Matchers.notNullValue()))
                .andExpect(jsonPath("$.areas", hasSize(16)))
                .andExpect(jsonPath("$.count", is(16)));
    }

    @Test
    void csv_by_parameter_or_accept_header_in_the_tidy_layout() throws Exception {
        String expected = "metric,area,period,value,published,area_name,metric_title,unit\r\n"
                + "test-api-visits,E06000017,2019-20,120,2020-06-30,Rutland County Council,Test metric test-api-visits,count\r\n"
                + "test-api-visits,E06000014,2019-20,55.5,2020-06-30,City of York Council,Test metric test-api-visits,count\r\n";
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND + "," + YORK)
                        .param("period", "2019-20")
                        .param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(expected));
        mvc.perform(get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND + "," + YORK)
                        .param("period", "2019-20")
                        .accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(expected));
    }

    @Test
    void bad_requests_are_400_problems_that_say_what_is_wrong() throws Exception {
        bad(get("/api/v1/values").param("area", RUTLAND), "metric is required");
        bad(get("/api/v1/values").param("metric", VISITS), "area is required");
        bad(
                get("/api/v1/values").param("metric", "no-such-metric,other").param("area", RUTLAND),
                "There are no metrics ‘no-such-metric’, ‘other’");
        bad(
                get("/api/v1/values").param("metric", VISITS).param("area", "E99999999"),
                "No English council has the GSS code ‘E99999999’");
        bad(get("/api/v1/values").param("metric", VISITS).param("area", "Rutland"), "capital E and eight digits");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("period", "2019/20"),
                "‘2019/20’ is not a period of the metrics asked for: write a financial year like 2017-18");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("period", "latest:0"),
                "latest:N needs N from 1 to 25");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("period", "latest,2019-20"),
                "not both");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS + "," + STOCK)
                        .param("area", RUTLAND)
                        .param("period", "2019-20"),
                "None of the periods is a date");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("asOf", "2020-02-30"),
                "asOf must be a real date");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("format", "xml"),
                "format must be csv or json");
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS)
                        .param("area", RUTLAND)
                        .param("format", "csv")
                        .param("period", "latest:99"),
                "latest:N needs N");
        bad(
                get("/api/v1/values")
                        .param("metric", "no-such-metric")
                        .param("area", RUTLAND)
                        .accept("text/csv"),
                "There is no metric ‘no-such-metric’");
    }

    @Test
    void too_large_a_request_is_refused_before_anything_is_read() throws Exception {
        StringBuilder areas = new StringBuilder();
        String body = mvc.perform(get("/api/v1/councils").param("status", "all"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"gss\":\"(E\\d{8})\"").matcher(body);
        int n = 0;
        while (m.find() && n < 300) {
            areas.append(n++ == 0 ? "" : ",").append(m.group(1));
        }
        bad(
                get("/api/v1/values")
                        .param("metric", VISITS + "," + STOCK + ",net-revenue-expenditure,usable-reserves")
                        .param("area", areas.toString())
                        .param("period", "latest:25"),
                "This request asks for 30000 values; at most 25000 at once");
    }

    @Test
    void the_openapi_document_describes_both_endpoints_and_their_errors() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/metrics'].get.summary", is("The metric catalogue")))
                .andExpect(jsonPath("$.paths['/api/v1/values'].get.parameters[*].name", hasItem("comparison")))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/values'].get.responses['400'].description",
                        containsString("too large a request")))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/values'].get.responses['200'].content['text/csv']",
                        org.hamcrest.Matchers.notNullValue()));
    }

    private void bad(org.springframework.test.web.servlet.RequestBuilder request, String detail) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }
}

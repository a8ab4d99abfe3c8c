package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.csv.CsvWriter;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The benchmarking pages, their charts, tables and CSV downloads, and the custom group forms. */
@HubIntegrationTest
class BenchmarkingPagesTest {

    static final String THURROCK = "E06000034";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    ComparatorGroups groups;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        groups.recomputeNearestNeighbours();
    }

    @Test
    void the_profile_is_public_with_a_group_chooser_and_every_theme() throws Exception {
        String page = mvc.perform(get("/councils/" + THURROCK + "/benchmarking"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Benchmarking profile"),
                                containsString("Nearest neighbours: 15 most similar single-tier councils"),
                                containsString("name=\"group\""),
                                containsString("name=\"asOfDay\""),
                                containsString("Finance"),
                                containsString("Net revenue expenditure"),
                                containsString("/councils/E06000034/benchmarking.csv?group=nearest-neighbours"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The 15 councils in the group");
        mvc.perform(get("/councils/" + THURROCK + "/benchmarking")
                        .param("group", "type")
                        .param("asOf", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Same type: unitary authorities"), containsString("1 January 2019"))));
        // the council page links to it
        mvc.perform(get("/councils/" + THURROCK))
                .andExpect(content().string(containsString("/councils/E06000034/benchmarking")));
        mvc.perform(get("/indicators/metrics"))
                .andExpect(content().string(containsString("/indicators/benchmarking?metric=net-revenue-expenditure")));
        mvc.perform(get("/indicators/benchmarking").param("council", THURROCK).param("metric", "borrowing-to-nre"))
                .andExpect(redirectedUrl("/councils/E06000034/benchmarking/borrowing-to-nre"));
    }

    @Test
    void a_chart_has_a_title_a_description_and_a_table_of_the_same_numbers() throws Exception {
        String page = mvc.perform(get("/councils/" + THURROCK + "/benchmarking/net-revenue-expenditure")
                        .param("group", "type")
                        .param("period", "2017-18"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher svg = Pattern.compile(
                        "<svg[^>]*role=\"img\"[^>]*aria-labelledby=\"across-chart-title across-chart-desc\"[^>]*>"
                                + "<title id=\"across-chart-title\">([^<]+)</title><desc id=\"across-chart-desc\">([^<]+)</desc>")
                .matcher(page);
        assertThat(svg.find()).isTrue();
        assertThat(svg.group(1)).contains("Net revenue expenditure across Same type: unitary authorities, 2017-18");
        assertThat(svg.group(2)).contains("Thurrock Council is highlighted, ranked");
        assertThat(page).contains("<svg", "id=\"time-chart-title\"", "<polygon"); // the interquartile band
        // the data table next to the chart: Thurrock's row, and as many rows as bars
        assertThat(page).contains("Thurrock Council (this council)", "£107.3 million");
        String chart = page.substring(page.indexOf("across-chart-title"));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        String table = page.substring(page.indexOf("councils</caption>"));
        table = table.substring(0, table.indexOf("</table>"));
        int bars = count(chart, "<rect ");
        int rows = count(table, "<tr class=\"govuk-table__row\">") - 1; // minus the heading row
        assertThat(bars).isGreaterThan(40).isEqualTo(rows);
        assertThat(page)
                .contains(
                        "/councils/E06000034/benchmarking/net-revenue-expenditure/across.csv?group=type&amp;period=2017-18");
    }

    @Test
    void every_table_downloads_as_csv() throws Exception {
        String across = mvc.perform(get("/councils/" + THURROCK + "/benchmarking/net-revenue-expenditure/across.csv")
                        .param("group", "type")
                        .param("period", "2017-18"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString(
                                        "attachment; filename=\"thurrock-net-revenue-expenditure-2017-18-type.csv\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = across.lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo(
                        "metric,period,comparator_group,as_known_on,rank,council_gss,council,value,selected_council");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",E06000034,Thurrock Council,107284,yes"));
        assertThat(lines).filteredOn(l -> l.endsWith(",yes")).hasSize(1);

        String overTime = mvc.perform(
                        get("/councils/" + THURROCK + "/benchmarking/net-revenue-expenditure/over-time.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overTime.lines().toList().getFirst())
                .startsWith("metric,council_gss,council,comparator_group,as_known_on,period,value,group_median");
        assertThat(overTime).contains(",2017-18,107284,");

        String profile = mvc.perform(
                        get("/councils/" + THURROCK + "/benchmarking.csv").param("group", "england"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile.lines().toList().getFirst())
                .startsWith("council_gss,council,comparator_group,as_known_on,theme,metric");
        assertThat(profile)
                .contains("net-revenue-expenditure,Net revenue expenditure,£ thousand,neither,2017-18,107284,");

        String neighbours = mvc.perform(get("/councils/" + THURROCK + "/nearest-neighbours.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(neighbours.lines()).hasSize(16);
    }

    @Test
    void csv_cells_cannot_be_formulas() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvWriter.cell("-1+cmd")).isEqualTo("'-1+cmd");
        assertThat(CsvWriter.cell("Brighton, Hove")).isEqualTo("\"Brighton, Hove\"");
    }

    @Test
    void the_nearest_neighbours_page_shows_the_distances_and_the_measures() throws Exception {
        mvc.perform(get("/councils/" + THURROCK + "/nearest-neighbours"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The neighbours, closest first"),
                                containsString("Distance"),
                                containsString("The measures used for this council"),
                                containsString("Population (logarithm)"),
                                containsString("Standardised (z-score)"))));
        mvc.perform(get("/indicators/nearest-neighbours"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Missing figures"), not(containsString("Recompute now")))));
        mvc.perform(get("/indicators/nearest-neighbours").with(as(Demo.ADMIN)))
                .andExpect(content().string(containsString("Recompute now")));
        mvc.perform(post("/indicators/nearest-neighbours").with(csrf()).with(as(Demo.MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/nearest-neighbours").with(as(Demo.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/indicators/nearest-neighbours").with(csrf()).with(as(Demo.ADMIN)))
                .andExpect(redirectedUrl("/indicators/nearest-neighbours"));
    }

    @Test
    void bad_parameters_give_a_clear_error_never_a_500() throws Exception {
        String base = "/councils/" + THURROCK + "/benchmarking";
        mvc.perform(get(base).param("group", "friends"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a comparator group")));
        // a bad "as known on" date redisplays the page with its message (AsKnownOnDateInputTest), never a 400
        mvc.perform(get(base).param("asOf", "2100-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("As known on must be today or in the past")));
        mvc.perform(get(base + "/net-revenue-expenditure").param("period", "2017"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base + "/no-such-metric")).andExpect(status().isNotFound());
        mvc.perform(get("/councils/E99999999/benchmarking")).andExpect(status().isNotFound());
        mvc.perform(get(base).param("group", "custom-1")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/net-revenue-expenditure").param("asOf", "1995-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no figures for Net revenue expenditure")));
    }

    @Test
    void signed_in_users_keep_their_own_groups_with_csrf() throws Exception {
        mvc.perform(get("/comparator-groups")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/comparator-groups")
                        .param("name", "x")
                        .param("areas", THURROCK)
                        .with(as(Demo.PEER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comparator-groups").param("name", "").with(csrf()).with(as(Demo.PEER)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("There is a problem"),
                                containsString("Enter a name for the group"),
                                containsString("Choose at least one council"))));
        String name = "Thames estuary " + System.nanoTime();
        mvc.perform(post("/comparator-groups")
                        .param("name", name)
                        .param("areas", "E06000033", "E07000075", "E06000034")
                        .with(csrf())
                        .with(as(Demo.PEER)))
                .andExpect(redirectedUrl("/comparator-groups"));
        String list = mvc.perform(get("/comparator-groups").with(as(Demo.PEER)))
                .andExpect(content().string(containsString(name)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher id = Pattern.compile("/comparator-groups/(\\d+)/edit").matcher(list);
        assertThat(id.find()).isTrue();
        String slug = "custom-" + id.group(1);
        mvc.perform(get("/councils/" + THURROCK + "/benchmarking")
                        .param("group", slug)
                        .with(as(Demo.PEER)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Your group: " + name), containsString("The 2 councils in the group"))));
        // nobody else sees it
        mvc.perform(get("/councils/" + THURROCK + "/benchmarking")
                        .param("group", slug)
                        .with(as(Demo.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/comparator-groups/" + id.group(1) + "/edit").with(as(Demo.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/comparator-groups/" + id.group(1) + "/delete")
                        .with(csrf())
                        .with(as(Demo.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/comparator-groups/" + id.group(1) + "/edit").with(as(Demo.PEER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("checked")));
        mvc.perform(post("/comparator-groups/" + id.group(1) + "/delete")
                        .with(csrf())
                        .with(as(Demo.PEER)))
                .andExpect(redirectedUrl("/comparator-groups"));
        mvc.perform(get("/councils/" + THURROCK + "/benchmarking")
                        .param("group", slug)
                        .with(as(Demo.PEER)))
                .andExpect(status().isNotFound());
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void the_first_period_a_council_has_shows_without_a_period_before() throws Exception {
        // revenue outturn starts in 2015-16: there is nothing to compare it with (this was a 500)
        mvc.perform(get("/councils/" + THURROCK + "/benchmarking/net-revenue-expenditure")
                        .param("group", "type")
                        .param("period", "2015-16"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No earlier figure")));
    }
}

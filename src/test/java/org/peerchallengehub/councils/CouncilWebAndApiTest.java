package org.peerchallengehub.councils;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HubIntegrationTest
class CouncilWebAndApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_lists_every_current_council_when_no_page_is_asked_for() throws Exception {
        mvc.perform(get("/api/v1/councils"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(317)))
                .andExpect(jsonPath("$.page", nullValue()))
                .andExpect(jsonPath("$.items", hasSize(317)));
    }

    @Test
    void the_api_filters_by_type_region_and_status_and_pages_on_request() throws Exception {
        mvc.perform(get("/api/v1/councils").param("type", "county").param("status", "abolished"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].gss", org.hamcrest.Matchers.hasItem("E10000021")))
                .andExpect(jsonPath("$.items[?(@.status != 'abolished')]", hasSize(0)));
        mvc.perform(get("/api/v1/councils").param("region", "north-east").param("type", "UNITARY"))
                .andExpect(jsonPath("$.items[?(@.region != 'north-east')]", hasSize(0)))
                .andExpect(jsonPath("$.items[?(@.type != 'unitary')]", hasSize(0)));
        mvc.perform(get("/api/v1/councils").param("page", "2").param("size", "10"))
                .andExpect(jsonPath("$.total", is(317)))
                .andExpect(jsonPath("$.page", is(2)))
                .andExpect(jsonPath("$.size", is(10)))
                .andExpect(jsonPath("$.items", hasSize(10)));
        mvc.perform(get("/api/v1/councils").param("status", "all")).andExpect(jsonPath("$.total", is(365)));
    }

    @Test
    void the_api_gives_one_council_with_its_history_and_404_for_an_unknown_code() throws Exception {
        mvc.perform(get("/api/v1/councils/E10000021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialName", is("Northamptonshire County Council")))
                .andExpect(jsonPath("$.status", is("abolished")))
                .andExpect(jsonPath("$.endDate", is("2021-04-01")))
                .andExpect(jsonPath("$.successors", hasSize(2)));
        mvc.perform(get("/api/v1/councils/E99999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("E99999999")));
    }

    @Test
    void malformed_api_parameters_are_400_with_a_message() throws Exception {
        mvc.perform(get("/api/v1/councils").param("type", "parish"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("type must be one of: county, district")));
        mvc.perform(get("/api/v1/councils").param("page", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("page must be a whole number")));
        mvc.perform(get("/api/v1/councils").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("page must be 1 or more")));
        mvc.perform(get("/api/v1/councils").param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("size must be between 1 and 500")));
    }

    @Test
    void the_councils_page_filters_and_paginates_for_the_public() throws Exception {
        mvc.perform(get("/councils"))
                .andExpect(status().isOk())
                .andExpect(view().name("councils/list"))
                .andExpect(content().string(containsString("Councils 1 to 50 of 317")))
                .andExpect(content().string(containsString("govuk-pagination")));
        mvc.perform(get("/councils").param("name", "Thurrock"))
                .andExpect(content().string(containsString("Councils 1 to 1 of 1")))
                .andExpect(content().string(containsString("/councils/E06000034")));
        mvc.perform(get("/councils").param("type", "london-borough").param("page", "1"))
                .andExpect(content().string(containsString("of 32")));
    }

    @Test
    void malformed_page_parameters_are_a_400_page_with_a_message() throws Exception {
        mvc.perform(get("/councils").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(content().string(containsString("page must be a whole number")));
        mvc.perform(get("/councils").param("region", "mars"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("region must be one of: north-east")));
        mvc.perform(get("/councils").param("name", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("100 characters or fewer")));
    }

    @Test
    void a_council_page_shows_its_facts_and_an_unknown_code_is_a_404_page() throws Exception {
        mvc.perform(get("/councils/E10000021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northamptonshire County Council")))
                .andExpect(content().string(containsString("abolished on")))
                .andExpect(content().string(containsString("/councils/E06000062")));
        mvc.perform(get("/councils/E99999999"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("There is no council with the code E99999999")));
        mvc.perform(get("/councils/E06000048")).andExpect(redirectedUrl("/councils/E06000057"));
    }

    @Test
    void a_misspelt_name_suggests_the_nearest_councils() throws Exception {
        mvc.perform(get("/councils").param("name", "thurrok"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Did you mean:")))
                .andExpect(content().string(containsString("href=\"/councils/E06000034\">Thurrock Council</a>")));
        mvc.perform(get("/councils").param("name", "Cambrige"))
                .andExpect(content().string(containsString("Cambridge City Council")));
        // an exact match suggests nothing; a name like no council's says so
        mvc.perform(get("/councils").param("name", "Thurrock"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Did you mean"))));
        mvc.perform(get("/councils").param("name", "qqxxzz"))
                .andExpect(content().string(containsString("No council has a name like it either")));
    }
}

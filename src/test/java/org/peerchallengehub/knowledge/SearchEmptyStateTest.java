package org.peerchallengehub.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An empty search says what is empty and what would fill it, not "try fewer words". */
@HubIntegrationTest
class SearchEmptyStateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void with_no_reports_at_all_the_search_says_so_and_what_would_fill_it() {
        // in a transaction rolled back at the end: the shared database keeps its reports
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate report cascade").update();
            try {
                mvc.perform(get("/reports/search").param("q", "budget"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("There are no reports on the Hub yet")))
                        .andExpect(content().string(not(containsString("Try fewer words"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}

package org.peerchallengehub.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The peer page's date inputs are bound by {@code @DateInput}: a real date is kept, a bad one is a message. */
@HubIntegrationTest
class PeerDateInputTest {

    @Autowired
    PeerPool pool;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void unavailable_dates_typed_as_day_month_and_year_are_kept_and_a_bad_one_is_a_message() throws Exception {
        long id = pool.create(new PeerDraft(
                "Date Input Peer", PeerKind.OFFICER, "Director", "Org", null, null, null, true, null, List.of()));
        var manager = user(users.loadUserByUsername(Demo.MANAGER));
        mvc.perform(post("/peers/" + id + "/unavailability")
                        .param("fromDay", "31")
                        .param("fromMonth", "3")
                        .param("fromYear", "2031")
                        .param("toDay", "2")
                        .param("toMonth", "4")
                        .param("toYear", "2031")
                        .with(csrf())
                        .with(manager))
                .andExpect(redirectedUrl("/peers/" + id + "#unavailability"));
        assertThat(pool.get(id).unavailability()).hasSize(1);
        assertThat(pool.get(id).unavailability().getFirst().from()).isEqualTo(LocalDate.of(2031, 3, 31));
        mvc.perform(post("/peers/" + id + "/unavailability")
                        .param("fromDay", "31")
                        .param("fromMonth", "2")
                        .param("fromYear", "2031")
                        .param("toDay", "aa")
                        .param("toMonth", "4")
                        .param("toYear", "2031")
                        .with(csrf())
                        .with(manager))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        allOf(
                                                containsString("There is a problem"),
                                                containsString("The first unavailable day must be a real date"),
                                                containsString(
                                                        "id=\"toDay\" name=\"toDay\" type=\"text\" inputmode=\"numeric\" value=\"aa\""))));
        assertThat(pool.get(id).unavailability()).hasSize(1);
    }
}

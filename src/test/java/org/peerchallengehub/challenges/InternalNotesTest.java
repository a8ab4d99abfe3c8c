package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A challenge's internal notes are for LGA staff only: never in the page, edit page or API of anyone else. */
@HubIntegrationTest
class InternalNotesTest {

    static final String NOTES = "Internal: the chief executive leaves in March";

    @Autowired
    Challenges challenges;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    String body(String path, String email) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(email))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void internal_notes_are_shown_to_lga_staff_only_in_the_page_the_edit_page_and_the_api() throws Exception {
        var manager = ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
        LocalDate start = LocalDate.of(2031, 3, 3);
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        PoliticalControl.LABOUR,
                        null,
                        null,
                        NOTES));
        assertThat(body("/api/v1/challenges/" + id, Demo.MANAGER)).contains(NOTES);
        assertThat(body("/challenges/" + id + "/edit", Demo.MANAGER)).contains(NOTES);
        for (String path : new String[] {
            "/api/v1/challenges/" + id, "/api/v1/challenges?council=" + Demo.COUNCIL_GSS, "/challenges/" + id,
            "/challenges/" + id + "/edit", "/challenges/" + id + "/team", "/challenges/" + id + "/programme"
        }) {
            assertThat(body(path, Demo.COUNCIL))
                    .as(path)
                    .doesNotContain(NOTES)
                    .doesNotContain("chief executive leaves");
            assertThat(body(path, Demo.PEER)).as(path).doesNotContain(NOTES);
        }
    }
}

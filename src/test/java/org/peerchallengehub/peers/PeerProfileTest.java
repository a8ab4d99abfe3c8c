package org.peerchallengehub.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 13, item 9: the explicit link between a pool entry and a sign-in account, and the peer's own profile. */
@HubIntegrationTest
@DisplayName("Peers look after their own pool entry")
class PeerProfileTest {

    @Autowired
    PeerPool pool;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    record Fixture(long peerId, String email) {}

    Fixture peerWithAccount(boolean link) {
        String email = "self-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        accounts.create(new NewUserAccount(
                email, "Self Service Peer", Role.PEER, null, null, null, "test-password-" + email, false));
        long peerId = pool.create(new PeerDraft(
                "Self Service Peer " + email,
                PeerKind.OFFICER,
                "Director",
                "Somewhere",
                null,
                null,
                null,
                true,
                null,
                List.of()));
        if (link) {
            pool.linkAccount(peerId, email, manager());
        }
        return new Fixture(peerId, email);
    }

    CurrentUser manager() {
        return ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
    }

    @Test
    @DisplayName(
            "a peer with a linked account adds and removes unavailable dates, declares an interest and sets expertise")
    void selfService() throws Exception {
        Fixture f = peerWithAccount(true);
        var peer = user(users.loadUserByUsername(f.email()));
        mvc.perform(get("/peer-profile").with(peer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your peer profile")))
                .andExpect(content().string(Matchers.containsString("You have not given any dates")));

        mvc.perform(post("/peer-profile/unavailability")
                        .with(peer)
                        .with(csrf())
                        .param("fromDay", "3")
                        .param("fromMonth", "5")
                        .param("fromYear", "2027")
                        .param("toDay", "7")
                        .param("toMonth", "5")
                        .param("toYear", "2027")
                        .param("reason", "Annual leave"))
                .andExpect(redirectedUrl("/peer-profile#unavailability"));
        Peer after = pool.get(f.peerId());
        assertThat(after.unavailableBetween(LocalDate.of(2027, 5, 4), LocalDate.of(2027, 5, 4)))
                .isTrue();

        mvc.perform(post("/peer-profile/interests")
                        .with(peer)
                        .with(csrf())
                        .param("council", "E06000034")
                        .param("description", "Former employer"))
                .andExpect(redirectedUrl("/peer-profile#interests"));
        assertThat(pool.get(f.peerId()).declaredInterestIn("E06000034")).isTrue();

        String tag = pool.expertiseTags().getFirst().id();
        mvc.perform(post("/peer-profile/expertise").with(peer).with(csrf()).param("expertise", tag))
                .andExpect(redirectedUrl("/peer-profile#expertise"));
        assertThat(pool.get(f.peerId()).expertise()).containsExactly(tag);

        long dates = pool.get(f.peerId()).unavailability().getFirst().id();
        mvc.perform(post("/peer-profile/unavailability/" + dates + "/remove")
                        .with(peer)
                        .with(csrf()))
                .andExpect(redirectedUrl("/peer-profile#unavailability"));
        assertThat(pool.get(f.peerId()).unavailability()).isEmpty();
    }

    @Test
    @DisplayName("a peer cannot remove another peer's dates or change another entry through their own profile")
    void onlyOwnEntry() throws Exception {
        Fixture mine = peerWithAccount(true);
        Fixture other = peerWithAccount(true);
        pool.addUnavailability(other.peerId(), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 2), null);
        long theirs = pool.get(other.peerId()).unavailability().getFirst().id();
        mvc.perform(post("/peer-profile/unavailability/" + theirs + "/remove")
                        .with(user(users.loadUserByUsername(mine.email())))
                        .with(csrf()))
                .andExpect(redirectedUrl("/peer-profile#unavailability"));
        assertThat(pool.get(other.peerId()).unavailability()).hasSize(1);
    }

    @Test
    @DisplayName("an account that is not linked sees what would link it and changes nothing")
    void notLinked() throws Exception {
        Fixture f = peerWithAccount(false);
        var peer = user(users.loadUserByUsername(f.email()));
        mvc.perform(get("/peer-profile").with(peer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is not linked to an entry in the peer pool yet")));
        mvc.perform(post("/peer-profile/interests")
                        .with(peer)
                        .with(csrf())
                        .param("council", "E06000034")
                        .param("description", "Former employer"))
                .andExpect(redirectedUrl("/peer-profile"));
        assertThat(pool.get(f.peerId()).interests()).isEmpty();
    }

    @Test
    @DisplayName("bad input on the profile redisplays the form with a message and saves nothing")
    void badInput() throws Exception {
        Fixture f = peerWithAccount(true);
        var peer = user(users.loadUserByUsername(f.email()));
        mvc.perform(post("/peer-profile/unavailability")
                        .with(peer)
                        .with(csrf())
                        .param("fromDay", "9")
                        .param("fromMonth", "5")
                        .param("fromYear", "2027")
                        .param("toDay", "2")
                        .param("toMonth", "5")
                        .param("toYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("The last unavailable day must be on or after the first")));
        mvc.perform(post("/peer-profile/unavailability")
                        .with(peer)
                        .with(csrf())
                        .param("fromDay", "31")
                        .param("fromMonth", "2")
                        .param("fromYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")));
        mvc.perform(post("/peer-profile/expertise").with(peer).with(csrf()).param("expertise", "astrology"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose expertise from the list")));
        mvc.perform(post("/peer-profile/interests")
                        .with(peer)
                        .with(csrf())
                        .param("council", "E06000034")
                        .param("description", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("500 characters or fewer")));
        Peer after = pool.get(f.peerId());
        assertThat(after.unavailability()).isEmpty();
        assertThat(after.expertise()).isEmpty();
        assertThat(after.interests()).isEmpty();
    }

    @Test
    @DisplayName("only an enabled peer's account, not linked elsewhere, links to an entry that has none")
    void linkRules() throws Exception {
        Fixture f = peerWithAccount(false);
        assertThatThrownBy(() -> pool.linkAccount(f.peerId(), "", manager()))
                .hasMessageContaining("Enter the email address");
        assertThatThrownBy(
                        () -> pool.linkAccount(f.peerId(), "nobody-" + UUID.randomUUID() + "@example.test", manager()))
                .hasMessageContaining("There is no sign-in account");
        assertThatThrownBy(() -> pool.linkAccount(f.peerId(), Demo.COUNCIL, manager()))
                .hasMessageContaining("only a peer’s account can be linked");
        pool.linkAccount(f.peerId(), f.email().toUpperCase(), manager());
        assertThat(pool.linkedAccount(f.peerId()).orElseThrow().email()).isEqualTo(f.email());
        assertThatThrownBy(() -> pool.linkAccount(f.peerId(), f.email(), manager()))
                .hasMessageContaining("is already linked to");
        Fixture other = peerWithAccount(false);
        assertThatThrownBy(() -> pool.linkAccount(other.peerId(), f.email(), manager()))
                .hasMessageContaining("is already linked to the entry of");

        // the staff page shows the link and removes it; a bad address redisplays the page with the message
        var staff = user(users.loadUserByUsername(Demo.MANAGER));
        mvc.perform(get("/peers/" + f.peerId()).with(staff))
                .andExpect(content().string(Matchers.containsString("Linked to the sign-in account")));
        mvc.perform(post("/peers/" + other.peerId() + "/account")
                        .with(staff)
                        .with(csrf())
                        .param("accountEmail", "not-an-account@example.test"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is no sign-in account")));
        mvc.perform(post("/peers/" + f.peerId() + "/account/remove").with(staff).with(csrf()))
                .andExpect(redirectedUrl("/peers/" + f.peerId() + "#account"));
        assertThat(pool.linkedAccount(f.peerId())).isEmpty();
    }
}

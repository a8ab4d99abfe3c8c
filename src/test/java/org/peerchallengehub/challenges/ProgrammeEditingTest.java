package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Building the on-site programme quickly: changing a session, pasting a table, removing after confirmation. */
@HubIntegrationTest
class ProgrammeEditingTest {

    @Autowired
    Challenges challenges;

    @Autowired
    TeamBuilding teams;

    @Autowired
    OnSiteProgramme programme;

    @Autowired
    PeerPool peers;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static int nextWeek = 0;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    CurrentUser current(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    /** A booked challenge next year, with two proposed team members. */
    record Setup(long id, LocalDate start, long lead, long member) {}

    Setup challenge() {
        CurrentUser manager = current(Demo.MANAGER);
        LocalDate start;
        synchronized (ProgrammeEditingTest.class) {
            start = LocalDate.now().plusYears(1).with(DayOfWeek.MONDAY).plusWeeks(nextWeek++ * 2L);
        }
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(2),
                        PoliticalControl.LABOUR,
                        null,
                        null,
                        null));
        long lead = teams.propose(
                manager,
                id,
                peers.create(new PeerDraft(
                        "Paste Lead " + id,
                        PeerKind.OFFICER,
                        "Director",
                        "Somewhere",
                        null,
                        null,
                        null,
                        true,
                        null,
                        List.of("finance"))),
                TeamRole.LEAD_OFFICER_PEER);
        long member = teams.propose(
                manager,
                id,
                peers.create(new PeerDraft(
                        "Paste Member " + id,
                        PeerKind.MEMBER,
                        "Councillor",
                        "Somewhere",
                        null,
                        PoliticalGroup.LABOUR,
                        null,
                        true,
                        null,
                        List.of())),
                TeamRole.LEAD_MEMBER_PEER);
        return new Setup(id, start, lead, member);
    }

    long session(Setup s, String title, LocalTime from, LocalTime to, long... members) {
        return programme.add(
                current(Demo.MANAGER),
                s.id(),
                new OnSiteProgramme.NewSession(
                        SessionKind.INTERVIEW,
                        title,
                        s.start(),
                        from,
                        to,
                        null,
                        StakeholderGroup.COUNCILLORS,
                        1,
                        java.util.Arrays.stream(members).boxed().toList()));
    }

    @Test
    void a_session_is_changed_from_its_own_form_and_the_rules_still_hold() throws Exception {
        Setup s = challenge();
        long leader = session(s, "Leader", LocalTime.of(9, 0), LocalTime.of(10, 0), s.lead());
        session(s, "Chief executive", LocalTime.of(11, 0), LocalTime.of(12, 0), s.lead());
        String edit = "/challenges/" + s.id() + "/programme/" + leader + "/edit";

        mvc.perform(get("/challenges/" + s.id() + "/programme").with(as(Demo.MANAGER)))
                .andExpect(content().string(containsString(edit)));
        mvc.perform(get(edit).with(as(Demo.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change a session")))
                .andExpect(content().string(containsString("value=\"Leader\"")))
                .andExpect(content().string(containsString("action=\"" + edit + "\"")));

        // moving it onto the other session of the same peer is refused, and nothing changes
        mvc.perform(post(edit)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("kind", "INTERVIEW")
                        .param("title", "Leader and deputy")
                        .param("day", s.start().toString())
                        .param("startsAt", "11:30")
                        .param("endsAt", "12:30")
                        .param("peopleMet", "2")
                        .param("members", Long.toString(s.lead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("a peer cannot be in two sessions at once")));
        assertThat(find(s, leader).title()).isEqualTo("Leader");

        // a good change is saved, the session keeps its place in the programme
        mvc.perform(post(edit)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("kind", "FOCUS_GROUP")
                        .param("title", "Leader and deputy")
                        .param("day", s.start().plusDays(1).toString())
                        .param("startsAt", "14:00")
                        .param("endsAt", "15:30")
                        .param("stakeholderGroup", "COUNCILLORS")
                        .param("peopleMet", "2")
                        .param("members", Long.toString(s.lead()), Long.toString(s.member())))
                .andExpect(redirectedUrl("/challenges/" + s.id() + "/programme"))
                .andExpect(flash().attribute("saved", "Session changed"));
        ProgrammeSession changed = find(s, leader);
        assertThat(changed.title()).isEqualTo("Leader and deputy");
        assertThat(changed.kind()).isEqualTo(SessionKind.FOCUS_GROUP);
        assertThat(changed.day()).isEqualTo(s.start().plusDays(1));
        assertThat(changed.startsAt()).isEqualTo(LocalTime.of(14, 0));
        assertThat(changed.peopleMet()).isEqualTo(2);
        assertThat(changed.memberIds()).containsExactlyInAnyOrder(s.lead(), s.member());

        // only the manager changes it; the council user is refused on the server
        mvc.perform(get(edit).with(as(Demo.COUNCIL))).andExpect(status().isForbidden());
    }

    @Test
    void a_pasted_table_adds_every_row_and_a_bad_row_is_named_and_nothing_is_saved() throws Exception {
        Setup s = challenge();
        String paste = "/challenges/" + s.id() + "/programme/paste";
        String d1 = s.start().toString();
        String d2 = s.start().plusDays(1).getDayOfMonth() + "/"
                + s.start().plusDays(1).getMonthValue() + "/"
                + s.start().plusDays(1).getYear();
        mvc.perform(get(paste).with(as(Demo.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add several sessions")));

        String bad = "date,start,end,kind,title,stakeholder group\n"
                + d1 + ",09:00,10:00,Interview,Interview with the Leader,Councillors,1\n"
                + d1 + ",10:00,11:00,Chat,Coffee,Staff\n"
                + "\n"
                + d2 + ",13:00,12:00,Focus group,\"Staff, frontline\",Staff,12\n";
        mvc.perform(post(paste)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("sessions", bad)
                        .param("members", Long.toString(s.lead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Row 3: “Chat” is not a kind of session")))
                .andExpect(content().string(containsString("Row 5: The session must end after it starts")))
                .andExpect(content().string(not(containsString("Row 2:"))));
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).isEmpty();

        // rows that read well but break the programme's rules are named too, and still nothing is saved
        String clash = d1 + "\t09:00\t10:00\tInterview\tInterview with the Leader\tCouncillors\t1\n"
                + d1 + "\t09:30\t10:30\tWorkshop\tWorkshop with staff\tStaff\t8\n"
                + d2 + "\t13:00\t12:00\tFocus group\tStaff, frontline\tStaff\t12\n";
        mvc.perform(post(paste)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("sessions", clash)
                        .param("members", Long.toString(s.lead())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 2: Paste Lead")))
                .andExpect(content().string(containsString("a peer cannot be in two sessions at once")))
                .andExpect(content().string(containsString("Row 3: The session must end after it starts")));
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).isEmpty();

        // good rows, comma and tab separated, are all added
        String good = "date,start,end,kind,title,stakeholder group,people met\n"
                + d1 + ",09:00,10:00,Interview,Interview with the Leader,Councillors,1\n"
                + d1 + ",10:00,11:30,Workshop,Workshop with staff,Staff,8\n"
                + d2 + "\t13:00\t14:00\tFocus group\t\"Staff, frontline\"\tStaff\t12\n";
        mvc.perform(post(paste)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("sessions", good)
                        .param("members", Long.toString(s.lead()), Long.toString(s.member())))
                .andExpect(redirectedUrl("/challenges/" + s.id() + "/programme"))
                .andExpect(flash().attribute("saved", "3 sessions added"));
        List<ProgrammeSession> added = programme.sessions(current(Demo.MANAGER), s.id());
        assertThat(added)
                .extracting(ProgrammeSession::title)
                .containsExactly("Interview with the Leader", "Workshop with staff", "Staff, frontline");
        assertThat(added.get(2).day()).isEqualTo(s.start().plusDays(1));
        assertThat(added.get(2).kind()).isEqualTo(SessionKind.FOCUS_GROUP);
        assertThat(added.get(2).stakeholderGroup()).isEqualTo(StakeholderGroup.STAFF);
        assertThat(added.get(2).peopleMet()).isEqualTo(12);
        assertThat(added.get(1).memberIds()).containsExactlyInAnyOrder(s.lead(), s.member());

        // the members are required, and pasting clashes with sessions already in the programme are named
        mvc.perform(post(paste)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("sessions", d1 + ",09:15,09:45,Interview,Again,Councillors,1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the team members attending these sessions")));
        mvc.perform(post(paste)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("sessions", d1 + ",09:15,09:45,Interview,Again,Councillors,1")
                        .param("members", Long.toString(s.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 1: Paste Member")));
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).hasSize(3);
    }

    @Test
    void a_session_is_removed_only_after_its_confirmation_page() throws Exception {
        Setup s = challenge();
        long leader = session(s, "Leader", LocalTime.of(9, 0), LocalTime.of(10, 0), s.lead());
        String remove = "/challenges/" + s.id() + "/programme/" + leader + "/remove";

        mvc.perform(get("/challenges/" + s.id() + "/programme").with(as(Demo.MANAGER)))
                .andExpect(content().string(containsString("href=\"" + remove + "\"")));
        mvc.perform(get(remove).with(as(Demo.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to remove this session?")))
                .andExpect(content().string(containsString("Leader (Interview)")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content().string(containsString("action=\"" + remove + "\"")));

        // a post without the confirmation asks first and removes nothing
        mvc.perform(post(remove).with(as(Demo.MANAGER)).with(csrf())).andExpect(redirectedUrl(remove));
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).hasSize(1);

        mvc.perform(get(remove).with(as(Demo.COUNCIL))).andExpect(status().isForbidden());
        mvc.perform(post(remove).with(as(Demo.COUNCIL)).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isForbidden());
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).hasSize(1);

        mvc.perform(post(remove).with(as(Demo.MANAGER)).with(csrf()).param("confirm", "yes"))
                .andExpect(redirectedUrl("/challenges/" + s.id() + "/programme"))
                .andExpect(flash().attribute("saved", "Session removed"));
        assertThat(programme.sessions(current(Demo.MANAGER), s.id())).isEmpty();
        mvc.perform(get(remove).with(as(Demo.MANAGER))).andExpect(status().isNotFound());
    }

    ProgrammeSession find(Setup s, long sessionId) {
        return programme.sessions(current(Demo.MANAGER), s.id()).stream()
                .filter(x -> x.id() == sessionId)
                .findFirst()
                .orElseThrow();
    }
}

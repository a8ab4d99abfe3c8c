package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.peers.AccreditationKind;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The whole life of a challenge against real PostgreSQL: booking to on site, with the rules enforced. */
@HubIntegrationTest
class ChallengeJourneyTest {

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
        return ((org.peerchallengehub.shared.security.AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    /**
     * Each test books in its own fortnight within the last year, so tests never double-book each
     * other's peers, and a visit's first day has come when a test moves it on site (the life cycle
     * refuses "on site" before it).
     */
    static synchronized LocalDate weekStart() {
        return LocalDate.now().minusWeeks(50).with(java.time.DayOfWeek.MONDAY).plusWeeks(nextWeek++ * 2L);
    }

    long peer(String name, PeerKind kind, String gss, PoliticalGroup group, String... expertise) {
        return peers.create(
                new PeerDraft(name, kind, "Director", "Somewhere", gss, group, null, true, null, List.of(expertise)));
    }

    long book(LocalDate start) {
        return challenges.book(
                current(Demo.MANAGER),
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        PoliticalControl.LABOUR,
                        null,
                        null,
                        null));
    }

    @Test
    void only_the_councils_own_users_answer_for_it_and_the_manager_records_an_emailed_answer_as_such()
            throws Exception {
        CurrentUser manager = current(Demo.MANAGER);
        CurrentUser admin = current(Demo.ADMIN);
        CurrentUser council = current(Demo.COUNCIL);
        long id = book(weekStart());
        long emailed = teams.propose(
                manager,
                id,
                peer("Emailed Answer " + id, PeerKind.OFFICER, null, null, "finance"),
                TeamRole.LEAD_OFFICER_PEER);
        long answered = teams.propose(
                manager,
                id,
                peer("Council Answer " + id, PeerKind.MEMBER, null, PoliticalGroup.LABOUR),
                TeamRole.LEAD_MEMBER_PEER);

        // staff cannot give the council's answer, on the server as well as on the page
        assertThatThrownBy(() -> teams.decide(manager, id, emailed, true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teams.decide(admin, id, emailed, true, null))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/challenges/" + id + "/team/" + emailed + "/agree")
                        .with(as(Demo.MANAGER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/challenges/" + id + "/team/" + emailed + "/decline")
                        .param("reason", "Not for us")
                        .with(as(Demo.MANAGER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // and the council does not record e-mails
        mvc.perform(post("/challenges/" + id + "/team/" + emailed + "/emailed-answer")
                        .param("answer", "agree")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // the council user is told what happens next, not shown an empty heading
        mvc.perform(get("/challenges/" + id).with(as(Demo.COUNCIL)))
                .andExpect(content().string(containsString("id=\"next-stage\">The challenge is")))
                .andExpect(content().string(containsString("Its peer challenge manager moves it on to")));
        mvc.perform(get("/challenges/" + id + "/team").with(as(Demo.MANAGER)))
                .andExpect(content().string(not(containsString("/team/" + emailed + "/agree"))))
                .andExpect(content().string(containsString("Record the e-mailed answer")));
        mvc.perform(get("/challenges/" + id + "/team").with(as(Demo.COUNCIL)))
                .andExpect(content().string(containsString("/team/" + emailed + "/agree")))
                .andExpect(content().string(not(containsString("Record the e-mailed answer"))));

        mvc.perform(post("/challenges/" + id + "/team/" + emailed + "/emailed-answer")
                        .with(as(Demo.MANAGER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the council’s answer: agreed or declined")));
        mvc.perform(post("/challenges/" + id + "/team/" + emailed + "/emailed-answer")
                        .param("answer", "agree")
                        .with(as(Demo.MANAGER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        teams.decide(council, id, answered, true, null);

        String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(LocalDate.now(java.time.ZoneId.of("Europe/London")));
        String page = mvc.perform(get("/challenges/" + id + "/team").with(as(Demo.COUNCIL)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Recorded by " + manager.displayName() + " on " + today + ", received by e-mail");
        assertThat(page.split("received by e-mail", -1))
                .as("only the e-mailed answer says so")
                .hasSize(2);
        var team = challenges.view(manager, id).team();
        assertThat(team).filteredOn(m -> m.id() == emailed).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MemberStatus.AGREED);
            assertThat(m.receivedByEmail()).isTrue();
            assertThat(m.recordedBy()).isEqualTo(manager.displayName());
        });
        assertThat(team).filteredOn(m -> m.id() == answered).singleElement().satisfies(m -> {
            assertThat(m.receivedByEmail()).isFalse();
            assertThat(m.recordedBy()).isNull();
        });
    }

    @Test
    void a_challenge_goes_from_booking_through_scope_team_and_programme_to_on_site() throws Exception {
        CurrentUser manager = current(Demo.MANAGER);
        CurrentUser council = current(Demo.COUNCIL);
        LocalDate start = weekStart();
        long id = book(start);
        Challenge booked = challenges.get(manager, id);
        assertThat(booked.state()).isEqualTo(ChallengeState.BOOKED);
        assertThat(booked.managerUserId()).isEqualTo(manager.id());
        assertThat(booked.rulesId()).isEqualTo("cpc-rules-2023");
        assertThat(booked.frameworkId()).isEqualTo("cpc-2024");

        challenges.transition(manager, id, ChallengeState.SCOPING, null, null, null);
        challenges.addFocusArea(council, id, "Growth", List.of("Is our budget strategy deliverable?"));
        assertThatThrownBy(() -> challenges.transition(manager, id, ChallengeState.PREPARING, null, null, null))
                .hasMessageContaining("The council has not agreed the scope yet");
        challenges.agreeScope(council, id);
        challenges.transition(manager, id, ChallengeState.PREPARING, null, null, null);

        long lead = peer("Lead Officer " + id, PeerKind.OFFICER, null, null, "finance", "governance");
        long member = peer("Cllr Member " + id, PeerKind.MEMBER, null, PoliticalGroup.LABOUR);
        long own = peer("Own Council Officer " + id, PeerKind.OFFICER, Demo.COUNCIL_GSS, null, "finance");
        peers.addAccreditation(lead, AccreditationKind.LEAD_PEER, "Lead peer", LocalDate.of(2020, 1, 1), null);

        var proposals = teams.proposals(manager, id);
        assertThat(proposals.get(TeamRole.OFFICER_PEER)).noneMatch(p -> p.peer().id() == own);

        assertThatThrownBy(() -> teams.propose(manager, id, own, TeamRole.OFFICER_PEER))
                .hasMessageContaining("is from Thurrock Council, the council under review");
        long leadMember = teams.propose(manager, id, lead, TeamRole.LEAD_OFFICER_PEER);
        long memberMember = teams.propose(manager, id, member, TeamRole.LEAD_MEMBER_PEER);

        assertThatThrownBy(() -> teams.decide(council, id, memberMember, false, " "))
                .hasMessageContaining("reason");
        teams.decide(council, id, leadMember, true, null);
        assertThatThrownBy(() -> challenges.transition(manager, id, ChallengeState.ON_SITE, null, null, null))
                .hasMessageContaining("The council has not agreed the whole team yet");
        teams.decide(council, id, memberMember, true, null);

        long s1 = programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        SessionKind.INTERVIEW,
                        "Leader",
                        start,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        "Civic offices",
                        StakeholderGroup.COUNCILLORS,
                        2,
                        List.of(leadMember, memberMember)));
        assertThatThrownBy(() -> programme.add(
                        manager,
                        id,
                        new OnSiteProgramme.NewSession(
                                SessionKind.FOCUS_GROUP,
                                "Staff",
                                start,
                                LocalTime.of(9, 30),
                                LocalTime.of(11, 0),
                                null,
                                StakeholderGroup.STAFF,
                                10,
                                List.of(leadMember))))
                .hasMessageContaining("cannot be in two sessions at once");
        programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        SessionKind.FOCUS_GROUP,
                        "Staff",
                        start,
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        null,
                        StakeholderGroup.STAFF,
                        12,
                        List.of(leadMember)));
        assertThat(s1).isPositive();

        ChallengeView view = challenges.view(manager, id);
        assertThat(view.activity().peopleSpokenTo()).isEqualTo(14);
        assertThat(view.activity().meetings()).isEqualTo(2);
        assertThat(view.activity().hours()).isEqualTo(4.0);
        assertThat(view.teamFinal()).isTrue();

        challenges.transition(manager, id, ChallengeState.ON_SITE, null, null, null);
        challenges.addFocusArea(council, id, "Late addition", List.of());
        assertThat(challenges.view(manager, id).amendments()).singleElement().satisfies(a -> assertThat(a.description())
                .contains("Late addition"));
        assertThatThrownBy(() -> teams.propose(
                        manager, id, peer("Late Peer " + id, PeerKind.OFFICER, null, null), TeamRole.OFFICER_PEER))
                .hasMessageContaining("The visit has started");

        mvc.perform(get("/challenges/" + id).with(as(Demo.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The team spoke to 14 people in 2 meetings")));
        mvc.perform(get("/challenges/" + id + "/team").with(as(Demo.MANAGER))).andExpect(status().isOk());
        mvc.perform(get("/challenges/" + id + "/programme").with(as(Demo.MANAGER)))
                .andExpect(status().isOk());
        mvc.perform(get("/challenges/" + id + "/programme/timetable").with(as(Demo.COUNCIL)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/challenges/" + id + "/programme").with(as(Demo.COUNCIL)))
                .andExpect(jsonPath("$.activity.peopleSpokenTo").value(14));
    }

    @Test
    void a_peer_cannot_be_booked_on_two_overlapping_visits() {
        CurrentUser manager = current(Demo.MANAGER);
        LocalDate start = weekStart();
        long first = book(start);
        long second = challenges.book(
                manager,
                new Challenges.Booking(
                        "E09000022",
                        ChallengeType.CORPORATE,
                        null,
                        start.plusDays(2),
                        start.plusDays(5),
                        null,
                        null,
                        null,
                        null));
        long busy = peer("Busy Officer " + first, PeerKind.OFFICER, null, null, "finance");
        teams.propose(manager, first, busy, TeamRole.OFFICER_PEER);
        assertThatThrownBy(() -> teams.propose(manager, second, busy, TeamRole.OFFICER_PEER))
                .isInstanceOf(ChallengeRefused.class)
                .hasMessageContaining("is not available on the dates of this visit")
                .hasMessageNotContaining("CPC-");
        assertThat(teams.proposals(manager, second).get(TeamRole.OFFICER_PEER))
                .noneMatch(p -> p.peer().id() == busy);
    }

    @Test
    void an_illegal_transition_is_refused_and_nothing_changes() {
        CurrentUser manager = current(Demo.MANAGER);
        long id = book(weekStart());
        assertThatThrownBy(
                        () -> challenges.transition(manager, id, ChallengeState.PUBLISHED, null, LocalDate.now(), null))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("cannot move to “Published”");
        assertThat(challenges.get(manager, id).state()).isEqualTo(ChallengeState.BOOKED);
        assertThat(challenges.view(manager, id).transitions()).hasSize(2);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_kept() {
        CurrentUser manager = current(Demo.MANAGER);
        LocalDate start = weekStart();
        long id = book(start);
        int version = challenges.get(manager, id).version();
        challenges.updateDetails(
                manager,
                id,
                version,
                start,
                start.plusDays(2),
                PoliticalControl.CONSERVATIVE,
                manager.id(),
                null,
                "first");
        assertThatThrownBy(() -> challenges.updateDetails(
                        manager,
                        id,
                        version,
                        start,
                        start.plusDays(3),
                        PoliticalControl.LABOUR,
                        manager.id(),
                        null,
                        "second"))
                .isInstanceOf(ChallengeChangedMeanwhile.class);
        Challenge saved = challenges.get(manager, id);
        assertThat(saved.notes()).isEqualTo("first");
        assertThat(saved.politicalControl()).isEqualTo(PoliticalControl.CONSERVATIVE);
    }

    @Test
    void the_second_concurrent_edit_through_the_form_is_refused_with_a_message_and_keeps_what_was_typed()
            throws Exception {
        CurrentUser manager = current(Demo.MANAGER);
        LocalDate start = weekStart();
        long id = book(start);
        int version = challenges.get(manager, id).version();
        challenges.updateDetails(
                manager, id, version, start, start.plusDays(1), null, manager.id(), null, "someone else");
        mvc.perform(post("/challenges/" + id)
                        .with(as(Demo.MANAGER))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("onSiteStartDay", String.valueOf(start.getDayOfMonth()))
                        .param("onSiteStartMonth", String.valueOf(start.getMonthValue()))
                        .param("onSiteStartYear", String.valueOf(start.getYear()))
                        .param("onSiteEndDay", String.valueOf(start.plusDays(3).getDayOfMonth()))
                        .param(
                                "onSiteEndMonth",
                                String.valueOf(start.plusDays(3).getMonthValue()))
                        .param("onSiteEndYear", String.valueOf(start.plusDays(3).getYear()))
                        .param("notes", "my careful notes"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Someone else changed this challenge while you were editing")))
                .andExpect(content().string(containsString("my careful notes")));
    }

    @Test
    void documents_are_checked_from_their_bytes_and_their_size() throws Exception {
        long id = book(weekStart());
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
        mvc.perform(multipart("/challenges/" + id + "/documents")
                        .file(new MockMultipartFile("file", "position.pdf", "application/pdf", pdf))
                        .param("kind", "POSITION_STATEMENT")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the data pack is the LGA's: a council user cannot upload one, nor is it offered to them
        mvc.perform(multipart("/challenges/" + id + "/documents")
                        .file(new MockMultipartFile("file", "our-pack.pdf", "application/pdf", pdf))
                        .param("kind", "DATA_PACK")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Only the LGA produces the data pack: select the kind of document you are uploading")));
        mvc.perform(get("/challenges/" + id).with(as(Demo.COUNCIL)))
                .andExpect(content().string(not(containsString("value=\"DATA_PACK\""))))
                .andExpect(content().string(not(containsString("our-pack.pdf"))));
        mvc.perform(get("/challenges/" + id).with(as(Demo.MANAGER)))
                .andExpect(content().string(containsString("value=\"DATA_PACK\"")));
        mvc.perform(multipart("/challenges/" + id + "/documents")
                        .file(new MockMultipartFile(
                                "file", "fake.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
                        .param("kind", "SUPPORTING")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "must be a PDF, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT) file")));
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        mvc.perform(multipart("/challenges/" + id + "/documents")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("kind", "SUPPORTING")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(content().string(containsString("must be smaller than 20 MB")));
        ChallengeView view = challenges.view(current(Demo.COUNCIL), id);
        assertThat(view.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.POSITION_STATEMENT);
            assertThat(d.contentType()).isEqualTo("application/pdf");
        });
        long docId = view.documents().getFirst().id();
        mvc.perform(get("/challenges/" + id + "/documents/" + docId).with(as(Demo.COUNCIL)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        // Another council's user cannot see the challenge, its page or its documents.
        // ... and is answered "not found", as if it did not exist (decision 0025).
        mvc.perform(get("/challenges/" + id + "/documents/" + docId).with(as(Demo.PEER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/challenges/" + id).with(as(Demo.PEER))).andExpect(status().isNotFound());
    }

    @Test
    void each_role_sees_only_its_challenges() throws Exception {
        CurrentUser manager = current(Demo.MANAGER);
        long id = book(weekStart());
        long otherManagers = challenges.book(
                current(Demo.ADMIN),
                new Challenges.Booking("E09000022", ChallengeType.FINANCE, null, null, null, null, null, null, null));
        assertThat(challenges
                        .list(
                                manager,
                                new ChallengeRepository.ListFilter(null, null, null, null),
                                new org.peerchallengehub.shared.web.PageRequest(1, 500))
                        .items())
                .extracting(Challenge::id)
                .contains(id)
                .doesNotContain(otherManagers);
        mvc.perform(get("/challenges/" + otherManagers).with(as(Demo.MANAGER))).andExpect(status().isNotFound());
        mvc.perform(get("/challenges/" + otherManagers).with(as(Demo.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/challenges/" + id).with(as(Demo.COUNCIL))).andExpect(status().isOk());
        mvc.perform(get("/challenges/" + id).with(as(Demo.PEER))).andExpect(status().isNotFound());
        mvc.perform(get("/programme").with(as(Demo.MANAGER))).andExpect(status().isForbidden());
        mvc.perform(get("/programme").with(as(Demo.ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/challenges/" + id + "/transitions")
                        .param("target", "SCOPING")
                        .with(as(Demo.COUNCIL))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}

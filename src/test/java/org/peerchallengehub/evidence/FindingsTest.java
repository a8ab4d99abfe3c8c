package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Findings against the real database: drafting from a theme, two people editing one finding at once
 * (nothing lost), sign-off and its withdrawal, notes of another challenge refused, outsiders 404.
 */
@HubIntegrationTest
class FindingsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Findings findings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    FindingsTestData.Board board;
    CurrentUser manager;
    CurrentUser lead;
    CurrentUser officer;

    CurrentUser account(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    RequestPostProcessor as(CurrentUser u) {
        return as(u.email());
    }

    @BeforeEach
    void evidence() {
        manager = account(Demo.MANAGER);
        board = FindingsTestData.board(context, manager);
        lead = board.challenge().leadPeer();
        officer = board.challenge().officerPeer();
    }

    Finding ambition() {
        Findings.Draft draft = findings.fromTheme(manager, board.id(), board.ambitionTheme());
        return findings.create(
                manager,
                board.id(),
                new Findings.Change(draft.place(), "STRENGTH", draft.text(), draft.noteIds(), draft.themeId()));
    }

    Finding reporting(String kind) {
        Findings.Draft draft = findings.fromTheme(manager, board.id(), board.reportingTheme());
        return findings.create(
                manager,
                board.id(),
                new Findings.Change(draft.place(), kind, draft.text(), draft.noteIds(), draft.themeId()));
    }

    @Test
    void a_theme_becomes_a_finding_with_its_notes_and_their_corroboration() throws Exception {
        Findings.Draft draft = findings.fromTheme(manager, board.id(), board.ambitionTheme());
        assertThat(draft.place()).isEqualTo("component:" + FindingsTestData.PRIORITIES);
        assertThat(draft.text()).isEqualTo(FindingsTestData.AMBITION);
        assertThat(draft.noteIds()).containsExactlyElementsOf(board.notes().subList(0, 3));

        // the page pre-fills the form from the theme, and saving it makes the finding
        String form = mvc.perform(get("/challenges/{id}/evidence/findings/new", board.id())
                        .param("theme", String.valueOf(board.ambitionTheme()))
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains(FindingsTestData.AMBITION).contains("Staff say the council plan guides");
        assertThat(form.split("checked=\"checked\"|checked ").length).isGreaterThanOrEqualTo(4);

        String location = mvc.perform(post("/challenges/{id}/evidence/findings", board.id())
                        .param("place", draft.place())
                        .param("kind", "STRENGTH")
                        .param("text", "The council has a clear, shared ambition for the borough")
                        .param(
                                "notes",
                                board.notes().subList(0, 3).stream()
                                        .map(String::valueOf)
                                        .toArray(String[]::new))
                        .param("theme", String.valueOf(board.ambitionTheme()))
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Findings.Listed listed = findings.listed(officer, board.id(), id);
        assertThat(listed.finding().themeId()).isEqualTo(board.ambitionTheme());
        assertThat(listed.finding().noteIds()).hasSize(3);
        assertThat(listed.corroboration().notes()).isEqualTo(3);
        assertThat(listed.corroboration().sessions()).isEqualTo(3);
        assertThat(listed.corroboration().groups()).isEqualTo(3);
        assertThat(listed.corroboration().peers()).isEqualTo(2);
        assertThat(listed.corroboration().weak()).isFalse();

        String page = mvc.perform(get(location).with(as(lead)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("The council has a clear, shared ambition for the borough")
                .contains("Councillors describe a clear shared ambition")
                .contains("Partners workshop")
                .contains("Councillors, Staff, Partners");
        assertThat(audit.forSubject("evidence-finding", String.valueOf(id)))
                .extracting(e -> e.action())
                .containsExactly("evidence.finding.created");
        // the audit trail, which the programme team reads, names the finding but never quotes it
        assertThat(audit.forSubject("evidence-finding", String.valueOf(id)))
                .allSatisfy(e -> assertThat(e.summary() + e.details()).doesNotContain("shared ambition"));
    }

    @Test
    void a_finding_from_one_session_is_weakly_supported_and_listed_as_such() throws Exception {
        ambition();
        Finding weak = reporting("CHALLENGE");

        Findings.Overview overview = findings.overview(manager, board.id());
        assertThat(overview.weak()).extracting(l -> l.finding().id()).containsExactly(weak.id());
        assertThat(findings.summary(officer, board.id()))
                .extracting(Findings.Summary::total, Findings.Summary::agreed, Findings.Summary::weak)
                .containsExactly(2, 0, 1);
        assertThat(overview.weak().getFirst().corroboration().weaknesses())
                .containsExactly(
                        "It rests on a single session (Staff focus group)",
                        "It rests on a single stakeholder group (Staff)");
        // in the framework's order: local priorities (1) before governance (3)
        assertThat(overview.sections())
                .extracting(s -> s.place().label())
                .containsExactly("Local priorities and outcomes", "Governance and culture");

        String page = mvc.perform(
                        get("/challenges/{id}/evidence/findings", board.id()).with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Weakly supported").contains("1 finding rests on a single session");
        mvc.perform(get("/challenges/{id}/evidence/findings/sign-off", board.id())
                        .with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 finding is weakly supported")));
    }

    @Test
    void two_people_editing_one_finding_at_once_the_second_is_told_and_nothing_is_lost() throws Exception {
        Finding f = ambition();
        int read = f.version();

        findings.update(
                officer,
                board.id(),
                f.id(),
                read,
                new Findings.Change(f.place(), "STRENGTH", "Officer's wording of the ambition", null, null));

        assertThatThrownBy(() -> findings.update(
                        lead,
                        board.id(),
                        f.id(),
                        read,
                        new Findings.Change(f.place(), "STRENGTH", "Lead's wording of the ambition", null, null)))
                .isInstanceOf(FindingChangedMeanwhile.class)
                .hasMessageStartingWith(officer.displayName() + " changed this finding at ")
                .hasMessageEndingWith(" while you were editing; your text is kept below");
        assertThat(findings.get(manager, board.id(), f.id()).text()).isEqualTo("Officer's wording of the ambition");

        // the page: the second editor's text stays in the form, the current text is shown next to it
        String page = mvc.perform(post("/challenges/{id}/evidence/findings/{f}/edit", board.id(), f.id())
                        .param("place", f.place())
                        .param("kind", "STRENGTH")
                        .param("text", "Lead's wording of the ambition")
                        .param(
                                "notes",
                                f.noteIds().stream().map(String::valueOf).toArray(String[]::new))
                        .param("version", String.valueOf(read))
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(officer.displayName() + " changed this finding at")
                .contains("your text is kept below")
                .contains("Officer&#39;s wording of the ambition")
                .contains("Lead&#39;s wording of the ambition");

        // the API: 409 with both texts
        mvc.perform(put("/api/v1/challenges/{id}/findings/{f}", board.id(), f.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"componentId": "local-priorities-and-outcomes", "kind": "STRENGTH",
                                 "text": "API wording", "version": %d}
                                """
                                        .formatted(read))
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.yourText").value("API wording"))
                .andExpect(jsonPath("$.currentText").value("Officer's wording of the ambition"))
                .andExpect(jsonPath("$.current.version").value(read + 1));
        assertThat(findings.get(manager, board.id(), f.id()).text()).isEqualTo("Officer's wording of the ambition");

        // having seen both, the lead saves their own wording on top of the current version
        mvc.perform(post("/challenges/{id}/evidence/findings/{f}/edit", board.id(), f.id())
                        .param("place", f.place())
                        .param("kind", "STRENGTH")
                        .param("text", "Lead's wording of the ambition")
                        .param(
                                "notes",
                                f.noteIds().stream().map(String::valueOf).toArray(String[]::new))
                        .param("version", String.valueOf(read + 1))
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(findings.get(manager, board.id(), f.id()).text()).isEqualTo("Lead's wording of the ambition");
        assertThat(audit.forSubject("evidence-finding", String.valueOf(f.id())))
                .extracting(e -> e.action())
                .containsExactly("evidence.finding.changed", "evidence.finding.changed", "evidence.finding.created");
    }

    @Test
    void findings_are_read_only_while_evidence_is_closed() throws Exception {
        var challenges = context.getBean(org.peerchallengehub.challenges.Challenges.class);
        long booked = challenges.book(
                manager,
                new org.peerchallengehub.challenges.Challenges.Booking(
                        "E06000034",
                        org.peerchallengehub.challenges.ChallengeType.CORPORATE,
                        null,
                        java.time.LocalDate.now().plusMonths(6),
                        java.time.LocalDate.now().plusMonths(6).plusDays(3),
                        null,
                        manager.id(),
                        null,
                        null));

        assertThatThrownBy(() -> findings.create(
                        manager,
                        booked,
                        new Findings.Change(
                                "component:" + FindingsTestData.PRIORITIES, "STRENGTH", "Too early", null, null)))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("can be changed while the challenge is preparing, on site");
        mvc.perform(get("/challenges/{id}/evidence/findings", booked).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("The findings can be read but not changed")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Add a finding"))));
        mvc.perform(post("/api/v1/challenges/{id}/findings", booked)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"componentId\": \"local-priorities-and-outcomes\", \"kind\": \"STRENGTH\","
                                + " \"text\": \"Too early\"}")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(findings.list(manager, booked)).isEmpty();
    }

    @Test
    void the_findings_api_is_in_the_openapi_description() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/findings'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/findings'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/findings/{findingId}'].put.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/challenges/{id}/findings/{findingId}'].delete")
                        .exists());
    }

    @Test
    void the_lead_peer_and_the_manager_sign_off_and_a_later_change_reopens_the_set() throws Exception {
        Finding f = ambition();
        assertThatThrownBy(() -> findings.signOff(lead, board.id()))
                .isInstanceOf(FindingRefused.class)
                .hasMessageStartingWith("1 finding is not agreed yet");
        findings.agree(officer, board.id(), f.id(), true);
        assertThat(findings.get(manager, board.id(), f.id()).agreedByName()).isEqualTo(officer.displayName());

        assertThatThrownBy(() -> findings.signOff(officer, board.id()))
                .isInstanceOf(FindingRefused.class)
                .hasMessage("Only the team's lead peer and the manager sign off the findings");
        findings.signOff(lead, board.id());
        assertThat(findings.signedOffByBoth(board.id())).isFalse();
        mvc.perform(post("/challenges/{id}/evidence/findings/sign-off", board.id())
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(findings.signedOffByBoth(board.id())).isTrue();
        SignOffState state = findings.signOffState(manager, board.id());
        assertThat(state.by(SeatRole.LEAD_PEER).orElseThrow().userName()).isEqualTo(lead.displayName());
        assertThat(state.by(SeatRole.MANAGER).orElseThrow().userName()).isEqualTo(manager.displayName());

        findings.update(
                officer,
                board.id(),
                f.id(),
                findings.get(officer, board.id(), f.id()).version(),
                new Findings.Change(f.place(), "STRENGTH", "A sharper wording", null, null));

        assertThat(findings.signedOffByBoth(board.id())).isFalse();
        SignOffState reopened = findings.signOffState(manager, board.id());
        assertThat(reopened.current()).isEmpty();
        assertThat(reopened.reopenedBecause())
                .isEqualTo(officer.displayName() + " changed the text of the finding “A sharper wording”");
        assertThat(jdbc.sql("select count(*) from evidence_signoff where challenge_id = :c and withdrawn_at is not null"
                                + " and withdrawn_reason like :r")
                        .param("c", board.id())
                        .param("r", officer.displayName() + " changed%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // the new wording needs agreeing again
        assertThat(findings.get(manager, board.id(), f.id()).agreed()).isFalse();
        mvc.perform(get("/challenges/{id}/evidence/findings", board.id()).with(as(lead)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Reopened: " + officer.displayName() + " changed the text of the finding")));
    }

    @Test
    void links_alone_keep_the_agreement_but_still_reopen_a_signed_off_set() {
        Finding f = ambition();
        findings.agree(lead, board.id(), f.id(), true);
        findings.signOff(lead, board.id());
        findings.signOff(manager, board.id());

        findings.update(
                lead,
                board.id(),
                f.id(),
                findings.get(lead, board.id(), f.id()).version(),
                new Findings.Change(
                        f.place(), "STRENGTH", f.text(), board.notes().subList(0, 2), null));

        Finding after = findings.get(lead, board.id(), f.id());
        assertThat(after.noteIds()).hasSize(2);
        assertThat(after.agreed()).isTrue();
        assertThat(findings.signOffState(lead, board.id()).reopenedBecause())
                .startsWith(lead.displayName() + " changed the notes of the finding");
    }

    @Test
    void notes_of_another_challenge_are_refused() throws Exception {
        FindingsTestData.Board other = FindingsTestData.board(context, manager);
        long stranger = other.notes().getFirst();

        assertThatThrownBy(() -> findings.create(
                        manager,
                        board.id(),
                        new Findings.Change(
                                "component:" + FindingsTestData.PRIORITIES,
                                "STRENGTH",
                                "Borrowed evidence",
                                List.of(board.notes().getFirst(), stranger),
                                null)))
                .isInstanceOf(FindingRefused.class)
                .hasMessage("Note " + stranger + " is not a note of this challenge: a finding can only rest on the"
                        + " challenge's own evidence");
        mvc.perform(post("/api/v1/challenges/{id}/findings", board.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"componentId": "local-priorities-and-outcomes", "kind": "STRENGTH",
                                 "text": "Borrowed evidence", "noteIds": [%d]}
                                """
                                        .formatted(stranger))
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("notes"));
        // a theme of another challenge is not found
        mvc.perform(get("/challenges/{id}/evidence/findings/new", board.id())
                        .param("theme", String.valueOf(other.ambitionTheme()))
                        .with(as(manager)))
                .andExpect(status().isNotFound());
        assertThat(findings.list(manager, board.id())).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_a_sentence() throws Exception {
        String place = "component:" + FindingsTestData.PRIORITIES;
        record Case(Findings.Change change, String field, String message) {}
        List<Case> cases = List.of(
                new Case(new Findings.Change(place, "STRENGTH", "  ", null, null), "text", "Enter the finding"),
                new Case(
                        new Findings.Change(place, "STRENGTH", "x".repeat(5001), null, null),
                        "text",
                        "The finding must be 5,000 characters or fewer"),
                new Case(
                        new Findings.Change(place, "KEY_RECOMMENDATION", "Do it", null, null),
                        "kind",
                        "Select the kind of finding: strength, challenge, recommendation or notable practice"),
                new Case(
                        new Findings.Change("component:no-such-thing", "STRENGTH", "Text", null, null),
                        "place",
                        "Select the component or focus area the finding is under"),
                new Case(
                        new Findings.Change(null, "STRENGTH", "Text", null, null),
                        "place",
                        "Select the component or focus area the finding is under"));
        for (Case c : cases) {
            assertThatThrownBy(() -> findings.create(manager, board.id(), c.change()))
                    .as(c.message())
                    .isInstanceOf(FindingRefused.class)
                    .hasMessage(c.message())
                    .extracting(e -> ((FindingRefused) e).field())
                    .isEqualTo(c.field());
        }
        // on the page: the error summary, the text kept
        mvc.perform(post("/challenges/{id}/evidence/findings", board.id())
                        .param("place", place)
                        .param("text", "Kept text")
                        .param("notes", "not-a-number")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kept text")));
        // the API: unreadable JSON is a 400, not a 500
        mvc.perform(post("/api/v1/challenges/{id}/findings", board.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(findings.list(manager, board.id())).isEmpty();
    }

    @Test
    void key_recommendations_are_chosen_and_ordered() throws Exception {
        Finding first = reporting("RECOMMENDATION");
        Finding second = findings.create(
                manager,
                board.id(),
                new Findings.Change(
                        "component:" + FindingsTestData.PRIORITIES,
                        "RECOMMENDATION",
                        "Share the plan with partners",
                        List.of(board.notes().get(2)),
                        null));
        String page = "/challenges/{id}/evidence/findings/key-recommendations";
        for (Finding f : List.of(first, second)) {
            mvc.perform(post(page, board.id())
                            .param("finding", String.valueOf(f.id()))
                            .param("move", "ADD")
                            .with(as(lead))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(findings.overview(lead, board.id()).keyRecommendations())
                .extracting(l -> l.finding().id())
                .containsExactly(first.id(), second.id());
        mvc.perform(post(page, board.id())
                        .param("finding", String.valueOf(second.id()))
                        .param("move", "UP")
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(findings.overview(lead, board.id()).keyRecommendations())
                .extracting(l -> l.finding().keyPosition(), l -> l.finding().id())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, second.id()),
                        org.assertj.core.groups.Tuple.tuple(2, first.id()));
        // a key recommendation that becomes a strength leaves the list, which closes up
        findings.update(
                manager,
                board.id(),
                second.id(),
                findings.get(manager, board.id(), second.id()).version(),
                new Findings.Change(second.place(), "STRENGTH", second.text(), null, null));
        assertThat(findings.overview(lead, board.id()).keyRecommendations())
                .extracting(l -> l.finding().keyPosition(), l -> l.finding().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, first.id()));
        assertThatThrownBy(() -> findings.key(lead, board.id(), second.id(), Findings.KeyMove.ADD))
                .isInstanceOf(FindingRefused.class)
                .hasMessage("Only recommendations can be key recommendations");
        mvc.perform(get(page, board.id()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(first.text())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Take out")));
    }

    @Test
    void the_api_lists_creates_changes_and_deletes_findings() throws Exception {
        String created = mvc.perform(post("/api/v1/challenges/{id}/findings", board.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"componentId": "local-priorities-and-outcomes", "kind": "NOTABLE_PRACTICE",
                                 "text": "Resident panels shape the budget", "noteIds": [%d, %d]}
                                """
                                        .formatted(
                                                board.notes().get(0),
                                                board.notes().get(1)))
                        .with(as(officer))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("NOTABLE_PRACTICE"))
                .andExpect(jsonPath("$.corroboration.notes").value(2))
                .andExpect(jsonPath("$.corroboration.sessions").value(2))
                .andExpect(jsonPath("$.corroboration.stakeholderGroups").value(2))
                .andExpect(jsonPath("$.corroboration.peers").value(2))
                .andExpect(jsonPath("$.corroboration.weaklySupported").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/challenges/{id}/findings", board.id()).with(as(lead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].text").value("Resident panels shape the budget"));
        mvc.perform(put("/api/v1/challenges/{id}/findings/{f}", board.id(), id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"componentId": "local-priorities-and-outcomes", "kind": "NOTABLE_PRACTICE",
                                 "text": "Resident panels shape the budget each year", "version": 0}
                                """)
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.noteIds.length()").value(2));
        mvc.perform(delete("/api/v1/challenges/{id}/findings/{f}", board.id(), id)
                        .param("version", "0")
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/challenges/{id}/findings/{f}", board.id(), id)
                        .param("version", "1")
                        .with(as(lead))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/challenges/{id}/findings/{f}", board.id(), id).with(as(lead)))
                .andExpect(status().isNotFound());
        assertThat(audit.forSubject("evidence-finding", String.valueOf(id)))
                .extracting(e -> e.action())
                .containsExactly("evidence.finding.deleted", "evidence.finding.changed", "evidence.finding.created");
    }

    @Test
    void outsiders_get_404_from_pages_and_api() throws Exception {
        Finding f = ambition();
        List<String> pages = List.of(
                "/challenges/" + board.id() + "/evidence/findings",
                "/challenges/" + board.id() + "/evidence/findings/" + f.id(),
                "/challenges/" + board.id() + "/evidence/findings/new?theme=" + board.ambitionTheme(),
                "/challenges/" + board.id() + "/evidence/findings/sign-off",
                "/challenges/" + board.id() + "/evidence/findings/key-recommendations",
                "/api/v1/challenges/" + board.id() + "/findings",
                "/api/v1/challenges/" + board.id() + "/findings/" + f.id());
        for (String outsider : List.of(Demo.PEER, Demo.COUNCIL, Demo.ADVISER, Demo.ADMIN)) {
            for (String path : pages) {
                mvc.perform(get(path).with(as(outsider)))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(outsider + " " + path)
                                .isEqualTo(404));
            }
            mvc.perform(post("/api/v1/challenges/{id}/findings", board.id())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"componentId\": \"local-priorities-and-outcomes\", \"kind\": \"STRENGTH\","
                                    + " \"text\": \"Intruder\"}")
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/challenges/{id}/evidence/findings/{f}/agree", board.id(), f.id())
                            .with(as(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(findings.get(manager, board.id(), f.id()).agreed()).isFalse();
        assertThat(findings.list(manager, board.id())).hasSize(1);
        assertThat(f.kind()).isEqualTo(FindingKind.STRENGTH);
    }
}

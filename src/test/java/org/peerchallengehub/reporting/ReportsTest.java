package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeFixtures.OnSiteChallenge;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.evidence.EvidenceFixtures;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The feedback report against the real database: assembled from the challenge's record, edited with
 * versions (two editors at once lose nothing), the whole workflow with the challenge following, the
 * council's corrections and opinions, publication and a correction after it, bad inputs, and who may
 * see the report at each stage.
 */
@HubIntegrationTest
@RecordApplicationEvents
class ReportsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    ChallengeReports challengeReports;

    @Autowired
    Frameworks frameworks;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    CurrentUser manager;
    CurrentUser council;
    OnSiteChallenge challenge;
    long id;
    FrameworkComponent first;
    long focus;

    CurrentUser account(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    RequestPostProcessor as(CurrentUser u) {
        return user(users.loadUserByUsername(u.email()));
    }

    @BeforeEach
    void aChallengeThatHasGivenItsFeedback() {
        manager = account(Demo.MANAGER);
        council = account(Demo.COUNCIL);
        challenge = ChallengeFixtures.feedbackGiven(context, manager, Demo.COUNCIL_GSS);
        id = challenge.id();
        ChallengeReports.Subject subject = challengeReports.subject(id).orElseThrow();
        first = frameworks
                .version(subject.frameworkId())
                .orElseThrow()
                .components()
                .getFirst();
        focus = subject.focusAreas().getFirst().id();
        String place = "component:" + first.id();
        EvidenceFixtures.agreedFinding(
                context, manager, id, place, FindingKind.STRENGTH, "Staff are proud of the council", false);
        EvidenceFixtures.agreedFinding(
                context, manager, id, place, FindingKind.CHALLENGE, "The plan is not yet costed", false);
        EvidenceFixtures.agreedFinding(
                context, manager, id, place, FindingKind.RECOMMENDATION, "Cost the corporate plan", true);
        EvidenceFixtures.agreedFinding(
                context, manager, id, "focus:" + focus, FindingKind.RECOMMENDATION, "Publish a housing pipeline", true);
        EvidenceFixtures.agreedFinding(
                context, manager, id, place, FindingKind.NOTABLE_PRACTICE, "The staff forum", false);
        EvidenceFixtures.draftFinding(
                context, manager, id, place, FindingKind.STRENGTH, "Not agreed: never in the report");
    }

    Reports.View view(CurrentUser u) {
        return reports.view(u, id).orElseThrow();
    }

    @Test
    void the_draft_is_assembled_from_the_challenges_record_and_the_challenge_moves_to_report_drafting() {
        assertThat(reports.view(manager, id)).isEmpty();
        reports.start(manager, id);
        assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("REPORT_DRAFTING");
        ReportDocument d = view(manager).document();
        ChallengeReports.Subject s = challengeReports.subject(id).orElseThrow();

        assertThat(d.title()).isEqualTo("Corporate peer challenge: Thurrock Council");
        assertThat(d.council().gss()).isEqualTo(Demo.COUNCIL_GSS);
        assertThat(d.council().typeLabel()).isNotBlank();
        assertThat(d.council().regionLabel()).isEqualTo("East of England");
        assertThat(d.challengeType()).isEqualTo("Corporate peer challenge");
        assertThat(d.onSiteStart()).isEqualTo(s.onSiteStart());
        assertThat(d.onSiteEnd()).isEqualTo(s.onSiteEnd());
        // the team in the challenge's order, with job and organisation from the pool
        assertThat(d.team())
                .extracting(ReportDocument.TeamMember::name)
                .containsExactly(
                        challenge.leadPeer().displayName(),
                        challenge.officerPeer().displayName());
        assertThat(d.team()).allSatisfy(m -> {
            assertThat(m.role()).isEqualTo("Tester");
            assertThat(m.organisation()).isEqualTo("Test Council");
        });
        // the scope: the framework version's components with their questions, then the focus areas
        List<FrameworkComponent> components =
                frameworks.version(s.frameworkId()).orElseThrow().components();
        assertThat(d.scope()).hasSize(components.size() + 1);
        assertThat(d.scope().getFirst().componentId()).isEqualTo(first.id());
        assertThat(d.scope().getFirst().questions()).containsExactly(first.question());
        assertThat(d.scope().getLast().focusArea()).isTrue();
        assertThat(d.scope().getLast().title()).isEqualTo("Housing delivery");
        assertThat(d.scope().getLast().questions()).containsExactly("Are we on track?");
        // the activity figures from the programme: three sessions of eight people, four team hours
        assertThat(d.activity()).isEqualTo(new ReportDocument.Activity(24, 3, 4, 4));
        // the agreed findings per section, and the key recommendations in order
        ReportDocument.Section section = d.feedback().getFirst();
        assertThat(section.key()).isEqualTo("component:" + first.id());
        assertThat(section.strengths()).containsExactly("Staff are proud of the council");
        assertThat(section.challenges()).containsExactly("The plan is not yet costed");
        assertThat(section.recommendations()).containsExactly("Cost the corporate plan");
        assertThat(d.feedback().getLast().key()).isEqualTo("focus:" + focus);
        assertThat(d.feedback().getLast().recommendations()).containsExactly("Publish a housing pipeline");
        assertThat(d.keyRecommendations()).containsExactly("Cost the corporate plan", "Publish a housing pipeline");
        assertThat(d.notablePractice()).containsExactly("The staff forum");
        assertThat(d.feedback())
                .flatExtracting(ReportDocument.Section::strengths)
                .doesNotContain("Not agreed: never in the report");
        // next steps from the programme rules the challenge was booked under
        ProgrammeRules.Deadlines deadlines =
                frameworks.rules(s.rulesId()).orElseThrow().deadlines(s.onSiteEnd());
        assertThat(d.nextSteps().actionPlanDue()).isEqualTo(deadlines.actionPlanDue());
        assertThat(d.nextSteps().progressReviewDue()).isEqualTo(deadlines.progressReviewDue());
        assertThat(d.nextSteps().nextChallengeDueBy()).isEqualTo(YearMonth.from(deadlines.nextChallengeDue()));
        // the deadline: days left until the publication due date
        Reports.View v = view(manager);
        assertThat(v.report().publicationDue()).isEqualTo(deadlines.reportDue());
        assertThat(v.daysLeft())
                .isEqualTo(LocalDate.now().until(deadlines.reportDue(), java.time.temporal.ChronoUnit.DAYS));
    }

    @Test
    void facts_follow_the_record_while_a_draft_and_the_narrative_is_kept() throws Exception {
        reports.start(manager, id);
        int v1 = view(manager).report().currentVersion();
        int v2 = reports.saveSection(manager, id, "executive-summary", "The council is *ambitious*.", v1, null);
        assertThat(v2).isEqualTo(v1 + 1);
        EvidenceFixtures.agreedFinding(
                context, manager, id, "component:" + first.id(), FindingKind.STRENGTH, "A new strength", false);
        int v3 = reports.refresh(manager, id);
        assertThat(v3).isEqualTo(v2 + 1);
        ReportDocument d = view(manager).document();
        assertThat(d.feedback().getFirst().strengths()).contains("A new strength");
        assertThat(d.executiveSummary()).isEqualTo("The council is *ambitious*.");
        // nothing new: no new version
        assertThat(reports.refresh(manager, id)).isEqualTo(v3);
        // the two versions compared, per section
        List<ReportDiff.SectionDiff> diff = reports.compare(manager, id, v1, v3);
        assertThat(diff)
                .filteredOn(ReportDiff.SectionDiff::changed)
                .extracting(ReportDiff.SectionDiff::key)
                .containsExactly("executive-summary", "component:" + first.id());
        assertThat(diff.stream()
                        .filter(x -> x.key().equals("executive-summary"))
                        .findFirst()
                        .orElseThrow()
                        .lines())
                .anySatisfy(l -> assertThat(l.newHtml()).contains("<ins>").contains("ambitious"));
        mvc.perform(get("/challenges/" + id + "/report/versions")
                        .param("from", String.valueOf(v1))
                        .param("to", String.valueOf(v3))
                        .with(as(challenge.leadPeer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("What changed from version " + v1)));
    }

    @Test
    void a_second_editor_is_told_and_loses_nothing() throws Exception {
        reports.start(manager, id);
        int opened = view(manager).report().currentVersion();
        reports.saveSection(challenge.leadPeer(), id, "process", "The lead peer's words", opened, null);
        assertThatThrownBy(() -> reports.saveSection(manager, id, "process", "The manager's words", opened, null))
                .isInstanceOf(ReportChangedMeanwhile.class)
                .hasMessageContaining("saved the report since you opened it");
        assertThat(view(manager).document().process()).isEqualTo("The lead peer's words");
        // on the page: the second editor's text is kept in the form, beside what is saved now
        mvc.perform(post("/challenges/" + id + "/report/edit")
                        .param("section", "process")
                        .param("narrative", "The manager's words")
                        .param("basedOn", String.valueOf(opened))
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The manager&#39;s words")))
                .andExpect(content().string(Matchers.containsString("The lead peer&#39;s words")))
                .andExpect(content().string(Matchers.containsString("saved the report since you opened it")));
    }

    @Test
    void script_and_html_in_a_narrative_are_shown_inert_and_an_overlong_narrative_is_refused() throws Exception {
        reports.start(manager, id);
        int v = view(manager).report().currentVersion();
        reports.saveSection(
                manager,
                id,
                "executive-summary",
                "**Strong** words\n\n<script>alert('x')</script>\n\nSee <img src=x onerror=alert(1)> and [link](javascript:alert(1))",
                v,
                null);
        String page = mvc.perform(get("/challenges/" + id + "/report").with(as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<strong>Strong</strong>");
        assertThat(page)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain("javascript:");
        assertThat(page).contains("&lt;script&gt;");

        // over the limit: refused with a clear message, nothing saved (a 2 MB body is refused by the server first)
        int now = view(manager).report().currentVersion();
        mvc.perform(post("/challenges/" + id + "/report/edit")
                        .param("section", "process")
                        .param("narrative", "a".repeat(ReportMarkdown.MAX_LENGTH + 1))
                        .param("basedOn", String.valueOf(now))
                        .with(as(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("a section can hold at most 100,000 characters")));
        assertThatThrownBy(() -> reports.saveSection(manager, id, "process", "a".repeat(2 * 1024 * 1024), now, null))
                .isInstanceOf(ReportRefused.class)
                .hasMessageContaining("2,097,152 characters");
        assertThat(view(manager).report().currentVersion()).isEqualTo(now);
    }

    @Test
    void the_whole_workflow_with_the_council_check_publication_and_a_correction() throws Exception {
        reports.start(manager, id);
        assertThatThrownBy(() -> reports.move(manager, id, ReportState.PUBLISHED))
                .isInstanceOf(ReportRefused.class)
                .hasMessageContaining("published only once it is final");
        assertThatThrownBy(() -> reports.move(challenge.leadPeer(), id, ReportState.TEAM_REVIEW))
                .isInstanceOf(ReportRefused.class);
        reports.move(manager, id, ReportState.TEAM_REVIEW);
        assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("REPORT_DRAFTING");

        // the team comments; an open comment holds the council check
        long teamComment = reports.comment(challenge.officerPeer(), id, "executive-summary", null, "Too long", null);
        assertThatThrownBy(() -> reports.move(manager, id, ReportState.FACTUAL_ACCURACY_CHECK))
                .hasMessageContaining("not resolved");
        // the council cannot see the draft yet
        mvc.perform(get("/challenges/" + id + "/report").with(as(council))).andExpect(status().isNotFound());
        reports.resolve(challenge.leadPeer(), id, teamComment, true);
        reports.move(manager, id, ReportState.FACTUAL_ACCURACY_CHECK);
        assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("FACTUAL_ACCURACY_CHECK");
        assertThatThrownBy(() -> reports.comment(challenge.leadPeer(), id, "facts", null, "x", null))
                .isInstanceOf(ReportRefused.class);

        // the council: a correction needs its wording; an opinion is allowed and shown as such
        mvc.perform(get("/challenges/" + id + "/report").with(as(council))).andExpect(status().isOk());
        assertThatThrownBy(() -> reports.comment(council, id, "facts", CommentKind.FACT_CORRECTION, "Wrong", null))
                .isInstanceOf(ReportRefused.class)
                .hasMessageContaining("wording you propose");
        assertThatThrownBy(() -> reports.comment(council, id, "facts", null, "Which kind?", null))
                .hasMessageContaining("correction of a fact or comment on an opinion");
        long dates = reports.comment(
                council, id, "facts", CommentKind.FACT_CORRECTION, "The dates are wrong", "3 to 6 March");
        long name = reports.comment(
                council, id, "key-recommendations", CommentKind.FACT_CORRECTION, "Misspelt", "Thurrock");
        long opinion = reports.comment(
                council, id, "component:" + first.id(), CommentKind.OPINION, "We think the plan is well costed", null);
        assertThat(view(manager).comments())
                .filteredOn(c -> c.id() == opinion)
                .singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(CommentKind.OPINION));
        mvc.perform(get("/challenges/" + id + "/report").with(as(manager)))
                .andExpect(content().string(Matchers.containsString("Comment on an opinion")))
                .andExpect(content().string(Matchers.containsString("there is no fact to correct")));
        // the council does not see the team's comments
        assertThat(view(council).comments())
                .extracting(ReportRepository.Comment::id)
                .doesNotContain(teamComment);

        // the manager decides on each correction, with a reason
        assertThatThrownBy(() -> reports.move(manager, id, ReportState.FINAL))
                .hasMessageContaining("2 corrections are waiting");
        assertThatThrownBy(() -> reports.decide(council, id, dates, true, "mine"))
                .isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> reports.decide(manager, id, name, false, " "))
                .hasMessageContaining("Enter the reason");
        assertThatThrownBy(() -> reports.decide(manager, id, opinion, true, "n/a"))
                .isInstanceOf(org.peerchallengehub.shared.web.NotFoundException.class);
        reports.decide(manager, id, dates, true, "The programme had the wrong days");
        reports.decide(manager, id, name, false, "The spelling is right");
        assertThatThrownBy(() -> reports.decide(manager, id, name, true, "again"))
                .hasMessageContaining("already rejected");
        reports.move(manager, id, ReportState.FINAL);
        assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("REPORT_FINAL");
        // the council sees the outcomes of its own comments
        mvc.perform(get("/challenges/" + id + "/report").with(as(council)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The programme had the wrong days")))
                .andExpect(content().string(Matchers.containsString("The spelling is right")));

        // final: locked; a change only as a new version with a reason
        int fin = view(manager).report().currentVersion();
        assertThatThrownBy(() -> reports.saveSection(manager, id, "process", "Changed", fin, null))
                .isInstanceOf(ReportRefused.class)
                .hasMessageContaining("give the reason");
        assertThatThrownBy(() -> reports.saveSection(challenge.leadPeer(), id, "process", "Changed", fin, "why"))
                .isInstanceOf(ReportRefused.class);
        int reasoned = reports.saveSection(manager, id, "process", "Changed", fin, "The dates were corrected");
        assertThat(reasoned).isEqualTo(fin + 1);

        // published: edition 1 at a stable address, the challenge with it, the event in the same transaction
        reports.move(manager, id, ReportState.PUBLISHED);
        Reports.View published = view(manager);
        ReportRepository.Publication p = published.published().orElseThrow();
        assertThat(p.edition()).isEqualTo(1);
        assertThat(p.slug())
                .startsWith(
                        "thurrock-council-" + published.document().onSiteStart().getYear() + "-cpc");
        assertThat(p.publishedOn()).isEqualTo(LocalDate.now());
        assertThat(p.versionNumber()).isEqualTo(reasoned);
        assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("PUBLISHED");
        assertThat(ChallengeFixtures.published(context, manager, id))
                .containsExactly(LocalDate.now(), "/published-reports/" + p.slug());
        assertThat(events.stream(ReportPublished.class)).anySatisfy(e -> {
            assertThat(e.publicationId()).isEqualTo(p.id());
            assertThat(e.edition()).isEqualTo(1);
            assertThat(e.challengeId()).isEqualTo(id);
            assertThat(e.slug()).isEqualTo(p.slug());
        });
        String stored = jdbc.sql("select document::text from feedback_report_publication where id = :p")
                .param("p", p.id())
                .query(String.class)
                .single();
        assertThat(context.getBean(DocumentCodec.class).read(stored)).isEqualTo(published.document());
        mvc.perform(get("/challenges/" + id + "/report").with(as(manager)))
                .andExpect(content().string(Matchers.containsString("/published-reports/" + p.slug())));
        assertThatThrownBy(() -> reports.move(manager, id, ReportState.PUBLISHED))
                .hasMessageContaining("already published");

        // a correction after publication: a new version with a reason, published as edition 2 with it
        assertThatThrownBy(() -> reports.publishCorrection(manager, id, "Nothing new"))
                .hasMessageContaining("no new version");
        int corrected = reports.saveSection(manager, id, "signposting", "New contacts", reasoned, "Contact changed");
        assertThatThrownBy(() -> reports.publishCorrection(manager, id, " ")).hasMessageContaining("reason");
        reports.publishCorrection(manager, id, "The contact for help changed");
        ReportRepository.Publication second = view(manager).published().orElseThrow();
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.slug()).isEqualTo(p.slug());
        assertThat(second.versionNumber()).isEqualTo(corrected);
        assertThat(second.correctionReason()).isEqualTo("The contact for help changed");
        assertThat(events.stream(ReportPublished.class))
                .anySatisfy(e -> assertThat(e.edition()).isEqualTo(2));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where subject_type = 'feedback-report' and subject_id = :r")
                        .param("r", String.valueOf(published.report().id()))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void who_may_see_the_report_at_each_stage() throws Exception {
        CurrentUser admin = account(Demo.ADMIN);
        CurrentUser adviser = account(Demo.ADVISER);
        CurrentUser peerElsewhere = account(Demo.PEER);
        String page = "/challenges/" + id + "/report";
        // before it exists: the manager may start it, the team sees that it is not started
        mvc.perform(get(page).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Start the report")));
        mvc.perform(get(page).with(as(challenge.officerPeer()))).andExpect(status().isOk());
        mvc.perform(post(page).with(as(challenge.officerPeer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("manager starts the report")));
        reports.start(manager, id);
        for (ReportState stage : new ReportState[] {
            ReportState.DRAFT,
            ReportState.TEAM_REVIEW,
            ReportState.FACTUAL_ACCURACY_CHECK,
            ReportState.FINAL,
            ReportState.PUBLISHED
        }) {
            if (stage != ReportState.DRAFT) {
                reports.move(manager, id, stage);
            }
            boolean councilSees = stage.ordinal() >= ReportState.FACTUAL_ACCURACY_CHECK.ordinal();
            mvc.perform(get(page).with(as(manager))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(challenge.leadPeer()))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(challenge.officerPeer()))).andExpect(status().isOk());
            mvc.perform(get(page).with(as(council))).andExpect(councilSees ? status().isOk() : status().isNotFound());
            mvc.perform(get(page + "/versions").with(as(council))).andExpect(status().isNotFound());
            mvc.perform(get(page + "/versions").with(as(manager))).andExpect(status().isOk());
            // the programme team and an adviser see the challenge, but not its draft
            mvc.perform(get(page).with(as(admin))).andExpect(status().isNotFound());
            mvc.perform(get(page).with(as(adviser))).andExpect(status().isNotFound());
            mvc.perform(get(page).with(as(peerElsewhere))).andExpect(status().isNotFound());
            mvc.perform(get(page + "/edit").param("section", "process").with(as(admin)))
                    .andExpect(status().isNotFound());
            mvc.perform(post(page + "/comments")
                            .param("section", "facts")
                            .param("comment-text", "x")
                            .with(as(admin))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }
}

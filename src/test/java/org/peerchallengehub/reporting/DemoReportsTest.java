package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.evidence.EvidenceFixtures;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The demo's feedback reports (issue 17 item 7) on challenges the test makes for the demo's councils: a
 * report in the council's check with its comments, two published through the publishing code (so the
 * publications exist and {@link ReportPublished} fires), and a report in drafting with narrative.
 */
@HubIntegrationTest
@RecordApplicationEvents
class DemoReportsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    ChallengeReports challengeReports;

    @Autowired
    DemoSessions sessions;

    @Autowired
    ChallengeTeams teams;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    CurrentUser account(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    long challengeWithFindings(CurrentUser manager, String gss) {
        long id = ChallengeFixtures.feedbackGiven(context, manager, gss).id();
        EvidenceFixtures.agreedFinding(
                context,
                manager,
                id,
                "component:local-priorities-and-outcomes",
                FindingKind.RECOMMENDATION,
                "Agree outcome measures (demo)",
                true);
        return id;
    }

    @Test
    void a_report_in_the_council_check_two_published_and_one_in_drafting() {
        CurrentUser manager = account(Demo.MANAGER);
        CurrentUser council = account(Demo.COUNCIL);
        long checked = challengeWithFindings(manager, DemoReports.CHECKED_GSS);
        long sheffield = challengeWithFindings(manager, DemoReports.PUBLISHED_CPC_GSS);
        long oxford = challengeWithFindings(manager, DemoReports.PUBLISHED_FINANCE_GSS);
        long drafting = ChallengeFixtures.draftingByHand(context, manager, DemoDraftingReport.DRAFTING_GSS)
                .id();

        DemoReports demo = new DemoReports(reports, challengeReports, sessions, teams, users);
        demo.contribute(new DemoContext(LocalDate.now()));
        new DemoDraftingReport(reports, challengeReports, sessions, users).contribute(new DemoContext(LocalDate.now()));

        // in the council's check: the team's comment resolved, a correction of fact and an opinion
        Reports.View check = reports.view(council, checked).orElseThrow();
        assertThat(check.report().state()).isEqualTo(ReportState.FACTUAL_ACCURACY_CHECK);
        assertThat(ChallengeFixtures.state(context, manager, checked)).isEqualTo("FACTUAL_ACCURACY_CHECK");
        assertThat(reports.view(manager, checked).orElseThrow().comments())
                .extracting(ReportRepository.Comment::kind)
                .containsExactly(CommentKind.TEAM, CommentKind.FACT_CORRECTION, CommentKind.OPINION);
        assertThat(reports.view(manager, checked)
                        .orElseThrow()
                        .comments()
                        .getFirst()
                        .resolved())
                .isTrue();
        assertThat(check.document().executiveSummary()).startsWith(DemoReports.MARK);

        // published through the publishing code, the challenge with them
        for (long id : List.of(sheffield, oxford)) {
            Reports.View v = reports.view(manager, id).orElseThrow();
            assertThat(v.report().state()).isEqualTo(ReportState.PUBLISHED);
            assertThat(v.published()).get().satisfies(p -> assertThat(p.edition())
                    .isEqualTo(1));
            assertThat(ChallengeFixtures.state(context, manager, id)).isEqualTo("PUBLISHED");
            assertThat(events.stream(ReportPublished.class))
                    .anySatisfy(e -> assertThat(e.challengeId()).isEqualTo(id));
            assertThat(v.document().keyRecommendations()).containsExactly("Agree outcome measures (demo)");
        }
        assertThat(reports.view(manager, sheffield)
                        .orElseThrow()
                        .published()
                        .orElseThrow()
                        .slug())
                .startsWith("sheffield-city-council-");
        assertThat(reports.view(manager, oxford)
                        .orElseThrow()
                        .published()
                        .orElseThrow()
                        .slug())
                .startsWith("oxford-city-council-");

        // in drafting, with narrative; the challenge stays drafting
        Reports.View draft = reports.view(manager, drafting).orElseThrow();
        assertThat(draft.report().state()).isEqualTo(ReportState.DRAFT);
        assertThat(draft.document().executiveSummary()).startsWith(DemoReports.MARK);
        assertThat(draft.document().feedback())
                .allSatisfy(s -> assertThat(s.narrative()).isNotBlank());
        assertThat(ChallengeFixtures.state(context, manager, drafting)).isEqualTo("REPORT_DRAFTING");

        // applied again, it leaves the reports alone
        int versions = reports.view(manager, checked).orElseThrow().report().currentVersion();
        demo.contribute(new DemoContext(LocalDate.now()));
        assertThat(reports.view(manager, checked).orElseThrow().report().currentVersion())
                .isEqualTo(versions);
    }
}

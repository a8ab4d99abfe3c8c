package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's findings (issue 16 item 7) on boards written by the tests, for the councils the demo uses:
 * Leeds on site with its findings in review, Cornwall drafting its report with a signed-off set.
 */
@HubIntegrationTest
class DemoEvidenceFindingsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Findings findings;

    @Autowired
    FindingRepository repository;

    @Autowired
    ChallengeTeams teams;

    @Autowired
    UserDetailsService users;

    CurrentUser account(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void themes_become_findings_in_review_in_leeds_and_a_signed_off_set_in_cornwall() {
        CurrentUser manager = account(Demo.MANAGER);
        DemoEvidenceFindings demo = new DemoEvidenceFindings(findings, repository, teams, users);
        demo.contribute(new DemoContext(LocalDate.now())); // no notes of those councils yet: nothing happens
        FindingsTestData.Board leeds = FindingsTestData.board(context, manager, DemoEvidenceFindings.ON_SITE_GSS);
        FindingsTestData.Board cornwall = FindingsTestData.board(context, manager, DemoEvidenceFindings.DRAFTING_GSS);

        demo.contribute(new DemoContext(LocalDate.now()));

        Findings.Overview review = findings.overview(manager, leeds.id());
        assertThat(review.total()).isEqualTo(3);
        assertThat(review.sections())
                .flatExtracting(Findings.Section::findings)
                .extracting(l -> l.finding().kind())
                .containsExactlyInAnyOrder(FindingKind.STRENGTH, FindingKind.CHALLENGE, FindingKind.RECOMMENDATION);
        assertThat(review.sections())
                .flatExtracting(Findings.Section::findings)
                .allSatisfy(l -> assertThat(l.finding().text()).startsWith("Demonstration data: "));
        assertThat(review.keyRecommendations()).hasSize(1);
        assertThat(review.weak()).isNotEmpty();
        assertThat(review.agreed()).isBetween(1, review.total() - 1);
        assertThat(review.signOff().current()).isEmpty();

        Findings.Overview signed = findings.overview(manager, cornwall.id());
        assertThat(signed.total()).isEqualTo(3);
        assertThat(signed.agreed()).isEqualTo(3);
        assertThat(signed.signOff().signedOffByBoth()).isTrue();

        // applied again, it leaves challenges with findings alone
        demo.contribute(new DemoContext(LocalDate.now()));
        assertThat(findings.overview(manager, leeds.id()).total()).isEqualTo(3);
    }
}

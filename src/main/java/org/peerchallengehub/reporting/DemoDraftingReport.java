package org.peerchallengehub.reporting;

import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's report in drafting (issue 17 item 7): the challenge of Southampton City Council (E06000045) drafting its report,
 * its report started from the record with the team's narrative, once the board's findings are agreed and
 * signed off (the evidence demo, order 220, which runs after start): so this one runs after start too.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoDraftingReport implements DemoContributor {

    static final String DRAFTING_GSS = "E06000045";

    private final Reports reports;
    private final ChallengeReports challenges;
    private final DemoSessions sessions;
    private final UserDetailsService users;

    DemoDraftingReport(Reports reports, ChallengeReports challenges, DemoSessions sessions, UserDetailsService users) {
        this.reports = reports;
        this.challenges = challenges;
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public String name() {
        return "reporting.drafting";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public boolean afterStart() {
        return true;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(DemoContext.MANAGER)).currentUser();
        sessions.currentChallenge(manager, DRAFTING_GSS)
                .filter(id -> challenges
                        .subject(id)
                        .map(s -> s.stateLabel().equals("Report drafting"))
                        .orElse(false))
                .filter(id -> reports.view(manager, id).isEmpty())
                .ifPresent(id -> DemoReports.write(reports, manager, id));
    }
}

package org.peerchallengehub.reporting;

import java.util.Optional;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.challenges.DemoSessions;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The demo's feedback reports (issue 17 item 7), written through {@link Reports} as the demo manager, the
 * demo peer (a team member who can sign in) and the demo council user would: Thurrock's report in the council's factual accuracy check,
 * with the team's resolved comment, a proposed correction of a fact and a comment on an opinion; Sheffield's
 * corporate peer challenge and Oxford's finance peer challenge reports published (so the public reports page
 * and the API have something to show, and {@link ReportPublished} fires for each). The challenges (order 110)
 * and their agreed findings (order 230) come first. Fictional words, marked as demonstration data, on real
 * councils. The report still in drafting is {@link DemoDraftingReport}'s (it waits for the board's findings).
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoReports implements DemoContributor {

    static final String MARK = "Demonstration data: ";

    static final String CHECKED_GSS = DemoContext.COUNCIL_GSS;
    static final String PUBLISHED_CPC_GSS = "E08000019";
    static final String PUBLISHED_FINANCE_GSS = "E07000178";

    private final Reports reports;
    private final ChallengeReports challenges;
    private final DemoSessions sessions;
    private final ChallengeTeams teams;
    private final UserDetailsService users;

    DemoReports(
            Reports reports,
            ChallengeReports challenges,
            DemoSessions sessions,
            ChallengeTeams teams,
            UserDetailsService users) {
        this.reports = reports;
        this.challenges = challenges;
        this.sessions = sessions;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public String name() {
        return "reporting.reports";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser manager = user(DemoContext.MANAGER);
        ready(manager, CHECKED_GSS).ifPresent(id -> checked(manager, id));
        ready(manager, PUBLISHED_CPC_GSS).ifPresent(id -> published(manager, id));
        ready(manager, PUBLISHED_FINANCE_GSS).ifPresent(id -> published(manager, id));
    }

    /** The council's newest challenge when it has given its feedback and has no report yet. */
    private Optional<Long> ready(CurrentUser manager, String gss) {
        return sessions.currentChallenge(manager, gss)
                .filter(id -> challenges
                        .subject(id)
                        .map(s -> s.stateLabel().equals("Feedback given"))
                        .orElse(false))
                .filter(id -> reports.view(manager, id).isEmpty());
    }

    private void checked(CurrentUser manager, long id) {
        write(reports, manager, id);
        reports.move(manager, id, ReportState.TEAM_REVIEW);
        CurrentUser peer = teamMemberWithAccount(id).orElse(manager);
        long comment = reports.comment(
                peer,
                id,
                ReportAssembly.EXECUTIVE_SUMMARY,
                null,
                MARK + "Could the summary open with what the council does well, before the challenges?",
                null);
        reports.resolve(manager, id, comment, true);
        reports.move(manager, id, ReportState.FACTUAL_ACCURACY_CHECK);
        CurrentUser council = user(DemoContext.COUNCIL);
        reports.comment(
                council,
                id,
                ReportSections.FACTS,
                CommentKind.FACT_CORRECTION,
                MARK + "The team spoke to more people than the report says: the residents' panel met the team too.",
                MARK + "The team spoke to more than 60 people, including the residents' panel.");
        String opinionOn = reports.view(manager, id)
                .orElseThrow()
                .document()
                .feedback()
                .getFirst()
                .key();
        reports.comment(
                council,
                id,
                opinionOn,
                CommentKind.OPINION,
                MARK + "We think the corporate plan's measures are already well understood by residents.",
                null);
    }

    private void published(CurrentUser manager, long id) {
        write(reports, manager, id);
        reports.move(manager, id, ReportState.TEAM_REVIEW);
        reports.move(manager, id, ReportState.FACTUAL_ACCURACY_CHECK);
        reports.move(manager, id, ReportState.FINAL);
        reports.move(manager, id, ReportState.PUBLISHED);
    }

    /** Starts the report and writes its narrative, a section at a time, as the manager. */
    static void write(Reports reports, CurrentUser manager, long id) {
        reports.start(manager, id);
        ReportDocument d = reports.view(manager, id).orElseThrow().document();
        String council = d.council().name();
        save(
                reports,
                manager,
                id,
                ReportAssembly.EXECUTIVE_SUMMARY,
                MARK + "this is a fictional report written for the demonstration; it is not "
                        + council + "’s.\n\n" + council + " is a council with **clear ambition** for its place"
                        + " and a committed workforce. The peer team found strong relationships with partners and a"
                        + " realistic financial strategy.\n\nThe council now needs to:\n\n"
                        + "- tie its priorities to measures residents recognise\n"
                        + "- close the savings gap in the later years of its financial strategy\n"
                        + "- build the capacity to deliver its transformation programme");
        for (ReportDocument.Section s : d.feedback()) {
            save(
                    reports,
                    manager,
                    id,
                    s.key(),
                    MARK + "the peer team’s view of "
                            + s.heading().replace(" (demo)", "").toLowerCase()
                            + ", in brief. The findings below are those the team agreed at its feedback"
                            + " presentation.");
        }
        save(
                reports,
                manager,
                id,
                ReportAssembly.NEXT_STEPS,
                MARK + "the council will publish this report and an action plan in response to it. The"
                        + " principal adviser will stay in touch and arrange the progress review.");
    }

    private static void save(Reports reports, CurrentUser manager, long id, String key, String text) {
        int version = reports.view(manager, id).orElseThrow().report().currentVersion();
        reports.saveSection(manager, id, key, text, version, null);
    }

    /** A member of the team who can sign in (in the demo: the demo peer). */
    private Optional<CurrentUser> teamMemberWithAccount(long id) {
        for (ChallengeTeams.Member m : teams.team(id)) {
            if (m.manager() || m.email().isBlank()) {
                continue;
            }
            try {
                return Optional.of(user(m.email()));
            } catch (UsernameNotFoundException none) {
                // a peer of the pool without a sign-in
            }
        }
        return Optional.empty();
    }

    private CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    /** Applied after start ({@code DemoContributor#afterStart}): publishes two reports and renders them into the back catalogue: seconds, not needed in the first moments. */
    @Override
    public boolean afterStart() {
        return true;
    }
}

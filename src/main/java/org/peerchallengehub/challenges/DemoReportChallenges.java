package org.peerchallengehub.challenges;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The challenges the demo's feedback reports are written for (issue 17): three visits that have ended and
 * whose teams have given their feedback, walked there by {@link DemoProgramme}'s own steps. From here the
 * reports move them on (the reporting module's demo, order 300): Thurrock's report is in the council's
 * factual accuracy check (so the demo council user has comments to make and see), Sheffield's and Oxford's
 * are published. The demo peers of the programme make up the teams.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoReportChallenges implements DemoContributor {

    /** The councils whose demo reports are checked (Thurrock) and published (Sheffield, Oxford). */
    static final String CHECKED_GSS = DemoContext.COUNCIL_GSS;

    static final String PUBLISHED_CPC_GSS = "E08000019";
    static final String PUBLISHED_FINANCE_GSS = "E07000178";

    private final DemoProgramme programme;
    private final PeerPool peers;
    private final UserDetailsService users;

    DemoReportChallenges(DemoProgramme programme, PeerPool peers, UserDetailsService users) {
        this.programme = programme;
        this.peers = peers;
        this.users = users;
    }

    @Override
    public String name() {
        return "challenges.report-challenges";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void contribute(DemoContext context) {
        LocalDate monday = context.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        CurrentUser manager = ((AuthenticatedUser) users.loadUserByUsername(DemoContext.MANAGER)).currentUser();
        List<DemoProgramme.DemoPeer> checked = team(
                new Pick("sam.peer@demo.local", TeamRole.LEAD_OFFICER_PEER),
                new Pick("robin.peer@demo.local", TeamRole.LEAD_MEMBER_PEER),
                new Pick(DemoContext.PEER, TeamRole.MEMBER_PEER));
        List<DemoProgramme.DemoPeer> corporate = team(
                new Pick(DemoContext.PEER, TeamRole.LEAD_MEMBER_PEER),
                new Pick("sam.peer@demo.local", TeamRole.LEAD_OFFICER_PEER),
                new Pick("lee.peer@demo.local", TeamRole.OFFICER_PEER));
        List<DemoProgramme.DemoPeer> finance = team(
                new Pick("robin.peer@demo.local", TeamRole.LEAD_MEMBER_PEER),
                new Pick("lee.peer@demo.local", TeamRole.OFFICER_PEER));
        programme.walk(
                manager,
                null,
                CHECKED_GSS,
                ChallengeType.CORPORATE,
                monday.minusWeeks(5),
                ChallengeState.FEEDBACK_GIVEN,
                true,
                checked);
        programme.walk(
                manager,
                null,
                PUBLISHED_CPC_GSS,
                ChallengeType.CORPORATE,
                monday.minusWeeks(13),
                ChallengeState.FEEDBACK_GIVEN,
                true,
                corporate);
        programme.walk(
                manager,
                null,
                PUBLISHED_FINANCE_GSS,
                ChallengeType.FINANCE,
                monday.minusWeeks(15),
                ChallengeState.FEEDBACK_GIVEN,
                true,
                finance);
    }

    private record Pick(String email, TeamRole role) {}

    /** The demo peers of the pool by e-mail address (those the programme made), in the order given. */
    private List<DemoProgramme.DemoPeer> team(Pick... picks) {
        List<DemoProgramme.DemoPeer> team = new ArrayList<>();
        for (Pick p : picks) {
            peers.byEmail(p.email()).ifPresent(peer -> team.add(new DemoProgramme.DemoPeer(peer.id(), p.role())));
        }
        return team;
    }
}

package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeTeams.SeatRole;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who has a seat at a challenge's table: its manager and its team, and nobody else (decision 0060). */
@HubIntegrationTest
class ChallengeTeamsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ChallengeTeams teams;

    @Autowired
    Challenges challenges;

    @Autowired
    UserDetailsService users;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void the_manager_and_the_team_have_seats_and_nobody_else() {
        var challenge = ChallengeFixtures.onSite(context, user(Demo.MANAGER), Demo.COUNCIL_GSS, challenges.today());
        long id = challenge.id();

        assertThat(teams.seat(user(Demo.MANAGER), id).orElseThrow().role()).isEqualTo(SeatRole.MANAGER);
        var lead = teams.seat(challenge.leadPeer(), id).orElseThrow();
        assertThat(lead.role()).isEqualTo(SeatRole.LEAD_PEER);
        assertThat(lead.evidenceOpen()).isTrue();
        assertThat(lead.teamMemberId()).isEqualTo(challenge.memberIds().getFirst());
        assertThat(teams.seat(challenge.officerPeer(), id).orElseThrow().role()).isEqualTo(SeatRole.PEER);
        for (String outsider : new String[] {Demo.ADMIN, Demo.ADVISER, Demo.PEER, Demo.COUNCIL}) {
            assertThat(teams.seat(user(outsider), id)).as(outsider).isEmpty();
        }
        assertThat(teams.seat(user(Demo.MANAGER), Long.MAX_VALUE)).isEmpty();

        assertThat(teams.sessions(id)).hasSize(3);
        assertThat(teams.sessions(id).getFirst().stakeholderGroupLabel()).isEqualTo("Councillors");
        assertThat(teams.team(id)).extracting(ChallengeTeams.Member::lead).containsExactly(true, false);
        assertThat(teams.focusAreas(id)).extracting(ChallengeTeams.Focus::title).containsExactly("Housing delivery");
    }
}

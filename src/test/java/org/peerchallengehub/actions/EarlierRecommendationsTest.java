package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.knowledge.ImportOutcome;
import org.peerchallengehub.knowledge.ReportImports;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A predecessor council's recommendations on its successor's new challenge, a likely repeat flagged,
 * confirmed by the manager and counted for early warning.
 */
@HubIntegrationTest
class EarlierRecommendationsTest {

    static final String REPORT =
            """
            Corporate Peer Challenge

            %s

            7 – 10 December 2015

            Feedback Report

            1. Executive Summary

            The council has made progress but its finances are fragile.

            2. Key recommendations

            - Review the medium term financial strategy in light of continuing reductions in government funding
            - Address the weak ICT infrastructure to improve efficiency

            3. Summary of the Peer Challenge approach

            The peer team

            The peers who delivered the peer challenge were:

            - Pat Example – Chief Executive, Example District Council
            - Alex Person – Local Government Association

            Scope and focus

            The peer team considered the following core components:

            1. Financial planning and viability: Does the council have a financial plan in place?

            4. Feedback

            4.1 Financial planning and viability

            The council balances its budget a year at a time.

            Recommendations

            - Review the medium term financial strategy in light of continuing reductions in government funding

            5. Next steps

            The council should commission their next Peer Challenge before March 2020.
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    EarlierRecommendations earlier;

    @Autowired
    RepeatedRecommendations repeated;

    @Autowired
    CouncilRegister register;

    @Autowired
    UserDetailsService users;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void a_predecessors_recommendations_are_shown_on_its_successors_new_challenge_and_a_repeat_is_flagged() {
        Council successor = register.all().stream()
                .map(s -> register.get(s.gss()))
                .filter(c -> c.endDate() == null && !c.predecessors().isEmpty())
                .findFirst()
                .orElseThrow();
        Council predecessor = register.get(successor.predecessors().getFirst().gss());
        byte[] content = (REPORT.formatted(predecessor.officialName()) + "\n" + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportOutcome imported = ReportImports.importAs(
                context, "predecessor-2015.txt", content, predecessor.officialName(), predecessor.gss());
        assertThat(imported.reportId()).isNotNull();

        CurrentUser manager = user("manager@demo.local");
        long challenge =
                ChallengeFixtures.onSite(context, manager, successor.gss()).id();

        EarlierRecommendations.Page page = earlier.page(manager, challenge);
        assertThat(page.lineage()).extracting(Council::gss).contains(successor.gss(), predecessor.gss());
        assertThat(page.earlier()).anySatisfy(e -> {
            assertThat(e.councilGss()).isEqualTo(predecessor.gss());
            assertThat(e.year()).isEqualTo(2015);
            assertThat(e.items()).anyMatch(i -> i.text().contains("weak ICT infrastructure"));
        });

        int flagged = earlier.check(
                manager,
                challenge,
                "Recast the medium term financial strategy: the council still sets its budget one year at a time");
        assertThat(flagged).isEqualTo(1);
        FlagRepository.Flag flag = earlier.page(manager, challenge).flags().getFirst();
        assertThat(flag.earlierText()).contains("medium term financial strategy");
        assertThat(flag.earlierYear()).isEqualTo(2015);
        // the same check again flags nothing new
        assertThat(
                        earlier.check(
                                manager,
                                challenge,
                                "Recast the medium term financial strategy: the council still sets its budget one year at a time"))
                .isZero();
        // an unrelated draft is not flagged
        assertThat(earlier.check(manager, challenge, "Celebrate the success of the new leisure centre with residents"))
                .isZero();

        CurrentUser peer = ChallengeFixtures.peerUser(
                context,
                "Peer " + UUID.randomUUID(),
                UUID.randomUUID() + "@test.local",
                org.peerchallengehub.peers.PeerKind.OFFICER);
        assertThatThrownBy(() -> earlier.page(peer, challenge)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> earlier.page(user("council@demo.local"), challenge))
                .isInstanceOf(NotFoundException.class);

        int before = repeated.confirmedCount(successor.gss());
        earlier.decide(manager, challenge, flag.id(), FlagRepository.State.CONFIRMED);
        assertThat(repeated.confirmedCount(successor.gss())).isEqualTo(before + 1);
        assertThat(repeated.confirmed(successor.gss()).getFirst().earlierText())
                .contains("medium term financial strategy");
    }
}

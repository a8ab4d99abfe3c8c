package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.peers.DeclaredInterest;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.peers.Unavailability;

class TeamRulesTest {

    static final Challenge THURROCK =
            Fixtures.challenge(ChallengeState.PREPARING, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 4));

    @Test
    void a_peer_from_the_council_under_review_is_refused() {
        Peer own = Fixtures.peer(
                1,
                "Ann Own",
                PeerKind.OFFICER,
                "E06000034",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Director");
        assertThat(TeamRules.refusals(own, TeamRole.OFFICER_PEER, THURROCK, List.of(), List.of()))
                .containsExactly("Ann Own is from Thurrock Council, the council under review");
    }

    @Test
    void a_peer_with_a_declared_interest_is_refused_without_naming_the_interest() {
        Peer interested = Fixtures.peer(
                2,
                "Bob Interest",
                PeerKind.OFFICER,
                null,
                null,
                List.of(),
                List.of(new DeclaredInterest("E06000034", "Thurrock Council", "former employer")),
                List.of(),
                List.of(),
                "Director");
        assertThat(TeamRules.refusals(interested, TeamRole.OFFICER_PEER, THURROCK, List.of(), List.of()))
                .containsExactly("Bob Interest is not available for a challenge of Thurrock Council")
                .allSatisfy(reason ->
                        assertThat(reason).doesNotContain("former employer").doesNotContain("interest"));
    }

    @Test
    void a_peer_booked_on_an_overlapping_visit_is_refused_without_naming_the_other_challenge() {
        Peer busy = Fixtures.officer(3, "Cat Busy");
        assertThat(TeamRules.refusals(
                        busy, TeamRole.OFFICER_PEER, THURROCK, List.of(), List.of("CPC-2027-00002 (Essex)")))
                .containsExactly("Cat Busy is not available on the dates of this visit")
                .allSatisfy(reason ->
                        assertThat(reason).doesNotContain("CPC-2027-00002").doesNotContain("Essex"));
    }

    @Test
    void the_role_needs_the_right_kind_of_peer_and_nobody_joins_twice() {
        Peer officer = Fixtures.officer(4, "Dan Officer");
        assertThat(TeamRules.refusals(officer, TeamRole.LEAD_MEMBER_PEER, THURROCK, List.of(), List.of()))
                .singleElement()
                .asString()
                .contains("must be a member peer (a councillor)");
        TeamMember already = Fixtures.onTeam(9, officer, TeamRole.OFFICER_PEER, MemberStatus.PROPOSED);
        assertThat(TeamRules.refusals(officer, TeamRole.OFFICER_PEER, THURROCK, List.of(already), List.of()))
                .containsExactly("Dan Officer is already on this team");
        TeamMember declined = Fixtures.onTeam(9, officer, TeamRole.OFFICER_PEER, MemberStatus.DECLINED);
        assertThat(TeamRules.refusals(officer, TeamRole.OFFICER_PEER, THURROCK, List.of(declined), List.of()))
                .isEmpty();
    }

    @Test
    void warnings_cover_size_finance_and_political_balance() {
        Peer a = Fixtures.member(1, "Cllr A", PoliticalGroup.CONSERVATIVE);
        Peer b = Fixtures.member(2, "Cllr B", PoliticalGroup.CONSERVATIVE);
        Peer c = Fixtures.officer(3, "C", "governance");
        List<Peer> peers = List.of(a, b, c);
        List<TeamMember> team = List.of(
                Fixtures.onTeam(1, a, TeamRole.LEAD_MEMBER_PEER, MemberStatus.AGREED),
                Fixtures.onTeam(2, b, TeamRole.MEMBER_PEER, MemberStatus.PROPOSED),
                Fixtures.onTeam(3, c, TeamRole.OFFICER_PEER, MemberStatus.AGREED));
        Map<Long, Peer> byId = peers.stream().collect(Collectors.toMap(Peer::id, Function.identity()));
        assertThat(TeamRules.warnings(THURROCK, team, byId))
                .containsExactly(
                        "The team has 3 members; teams are usually 4 to 7",
                        "Nobody on the team has finance expertise",
                        "The council is Labour-controlled but no member peer is Labour",
                        "All the member peers are Conservative; a cross-party pair gives political balance");
    }

    @Test
    void a_balanced_team_of_five_with_finance_has_no_warnings() {
        Peer lab = Fixtures.member(1, "Cllr L", PoliticalGroup.LABOUR);
        Peer con = Fixtures.member(2, "Cllr C", PoliticalGroup.CONSERVATIVE);
        Peer fin = Fixtures.officer(3, "F", "finance");
        Peer o1 = Fixtures.officer(4, "O1");
        Peer o2 = Fixtures.officer(5, "O2");
        List<Peer> peers = List.of(lab, con, fin, o1, o2);
        List<TeamMember> team = peers.stream()
                .map(p -> Fixtures.onTeam(p.id(), p, TeamRole.OFFICER_PEER, MemberStatus.AGREED))
                .toList();
        assertThat(TeamRules.warnings(
                        THURROCK, team, peers.stream().collect(Collectors.toMap(Peer::id, Function.identity()))))
                .isEmpty();
    }

    @Test
    void an_unavailable_peer_is_a_warning_not_a_refusal() {
        Peer away = Fixtures.peer(
                1,
                "Eve Away",
                PeerKind.OFFICER,
                null,
                null,
                List.of("finance"),
                List.of(),
                List.of(new Unavailability(1, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 10), "holiday")),
                List.of(),
                "Director");
        assertThat(TeamRules.refusals(away, TeamRole.OFFICER_PEER, THURROCK, List.of(), List.of()))
                .isEmpty();
        assertThat(TeamRules.warnings(
                        THURROCK,
                        List.of(Fixtures.onTeam(1, away, TeamRole.OFFICER_PEER, MemberStatus.PROPOSED)),
                        Map.of(1L, away)))
                .contains("Eve Away has said they are unavailable during the visit");
    }
}

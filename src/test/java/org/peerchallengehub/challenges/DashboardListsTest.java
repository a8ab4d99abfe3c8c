package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The programme dashboard's lists follow from a challenge's state and dates together (issue 13): a
 * challenge that has had its feedback, been published or closed is never an upcoming visit, nor does
 * it leave its council uncovered; the life cycle refuses the moves that made such records.
 */
@HubIntegrationTest
class DashboardListsTest {

    @Autowired
    Challenges challenges;

    @Autowired
    TeamBuilding teams;

    @Autowired
    OnSiteProgramme programme;

    @Autowired
    PeerPool peers;

    @Autowired
    ProgrammeDashboard dashboard;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser current(String email) {
        return ((org.peerchallengehub.shared.security.AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    /** A council no other test books: one with no challenge yet. */
    String unchallengedCouncil(String region) {
        return jdbc.sql(
                        """
                        select gss_code from council co where region = :region and end_date is null
                          and not exists (select 1 from challenge c where c.council_gss = co.gss_code)
                        order by gss_code desc limit 1
                        """)
                .param("region", region)
                .query(String.class)
                .single();
    }

    ProgrammeDashboard.CoverageRow coverage(String regionLabel) {
        return dashboard.view().coverageByRegion().stream()
                .filter(r -> r.label().equals(regionLabel))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_closed_challenge_is_not_an_upcoming_visit_and_its_council_is_covered() {
        LocalDate today = LocalDate.now();
        String gss = unchallengedCouncil("NORTH_WEST");
        ProgrammeDashboard.CoverageRow before = coverage("North West");
        // The record issue 13 found: closed on the day of booking, its visit still to come.
        long closed = jdbc.sql(
                        """
                        insert into challenge (reference, council_gss, challenge_type, framework_id, rules_id, state,
                          on_site_start, on_site_end, enquiry_on, booked_on, report_published_on)
                        values ('CPC-TEST-' || nextval('challenge_reference_seq'), :gss, 'CORPORATE', 'cpc-2024',
                          'cpc-rules-2023', 'CLOSED', :start, :end, :today, :today, :today)
                        returning id
                        """)
                .param("gss", gss)
                .param("start", today.plusDays(20))
                .param("end", today.plusDays(23))
                .param("today", today)
                .query(Long.class)
                .single();
        long booked = challenges.book(
                current(Demo.MANAGER),
                new Challenges.Booking(
                        gss,
                        ChallengeType.FINANCE,
                        null,
                        today.plusDays(30),
                        today.plusDays(32),
                        null,
                        null,
                        null,
                        null));

        ProgrammeDashboard.View view = dashboard.view();
        assertThat(view.upcoming()).extracting(Challenge::id).contains(booked).doesNotContain(closed);
        assertThat(view.overdueByManager().values().stream().flatMap(List::stream))
                .noneMatch(o -> o.challenge().id() == closed);
        ProgrammeDashboard.CoverageRow after = coverage("North West");
        assertThat(after.never()).isEqualTo(before.never() - 1);
        assertThat(after.withinInterval()).isEqualTo(before.withinInterval() + 1);
    }

    @Test
    void a_visit_to_come_cannot_go_on_site_and_one_that_has_come_goes_through_to_published() {
        CurrentUser manager = current(Demo.MANAGER);
        CurrentUser council = current(Demo.COUNCIL);
        LocalDate today = LocalDate.now();
        long peer = peers.create(new PeerDraft(
                "Dashboard Officer " + System.nanoTime(),
                PeerKind.OFFICER,
                "Director",
                "Somewhere",
                null,
                null,
                null,
                true,
                null,
                List.of("finance")));

        long future = ready(manager, council, today.plusDays(60), peer);
        assertThatThrownBy(() -> challenges.transition(manager, future, ChallengeState.ON_SITE, null, null, null))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("The team cannot be on site before the first visit day, "
                        + LifeCycle.format(today.plusDays(60)) + ".");
        assertThat(challenges.get(manager, future).state()).isEqualTo(ChallengeState.PREPARING);
        assertThat(dashboard.view().upcoming()).extracting(Challenge::id).contains(future);

        LocalDate start = today.minusWeeks(20);
        long past = ready(manager, council, start, peer);
        for (ChallengeState s : List.of(
                ChallengeState.ON_SITE,
                ChallengeState.FEEDBACK_GIVEN,
                ChallengeState.REPORT_DRAFTING,
                ChallengeState.FACTUAL_ACCURACY_CHECK,
                ChallengeState.REPORT_FINAL)) {
            challenges.transition(manager, past, s, null, null, null);
        }
        assertThatThrownBy(() ->
                        challenges.transition(manager, past, ChallengeState.PUBLISHED, null, start.plusDays(1), null))
                .hasMessage("The report cannot have been published before the last visit day, "
                        + LifeCycle.format(start.plusDays(3)) + ".");
        assertThatThrownBy(() ->
                        challenges.transition(manager, past, ChallengeState.PUBLISHED, null, today.plusDays(1), null))
                .hasMessageContaining("cannot be in the future");
        // Late: the report was due three months after the visit.
        assertThat(dashboard.overdueFor(manager))
                .anyMatch(o -> o.challenge().id() == past && o.what().equals("Report published"));
        challenges.transition(manager, past, ChallengeState.PUBLISHED, null, start.plusWeeks(8), null);
        Challenge published = challenges.get(manager, past);
        assertThat(published.reportPublishedOn()).isEqualTo(start.plusWeeks(8));
        assertThat(dashboard.overdueFor(manager))
                .noneMatch(o -> o.challenge().id() == past && o.what().equals("Report published"));
        assertThatThrownBy(() -> challenges.transition(
                        manager, past, ChallengeState.ACTION_PLAN, null, start.plusWeeks(7), null))
                .hasMessage("The action plan cannot have been published before the report, which was published on "
                        + LifeCycle.format(start.plusWeeks(8)) + ".");
    }

    /** A corporate challenge of Thurrock in preparation, its scope and one-peer team agreed, one session. */
    long ready(CurrentUser manager, CurrentUser council, LocalDate start, long peer) {
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        null,
                        null,
                        null,
                        null));
        challenges.transition(manager, id, ChallengeState.SCOPING, null, null, null);
        challenges.agreeScope(council, id);
        challenges.transition(manager, id, ChallengeState.PREPARING, null, null, null);
        long member = teams.propose(manager, id, peer, TeamRole.LEAD_OFFICER_PEER);
        teams.decide(council, id, member, true, null);
        programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        SessionKind.INTERVIEW,
                        "Leader",
                        start,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        null,
                        StakeholderGroup.COUNCILLORS,
                        1,
                        List.of(member)));
        return id;
    }
}

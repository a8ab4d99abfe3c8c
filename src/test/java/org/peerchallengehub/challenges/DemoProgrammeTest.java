package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration programme (issue 12 item 4, decision 0027), on a fresh database in demo mode: a
 * challenge at every stage, each consistent with the calendar, and work on each demo role's home.
 */
@HubIntegrationTest
@TestPropertySource(properties = "hub.demo-programme=true")
class DemoProgrammeTest {

    @Autowired
    Challenges challenges;

    @Autowired
    TeamRepository teams;

    @Autowired
    ProgrammeRepository programmes;

    @Autowired
    ProgrammeDashboard dashboard;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    CurrentUser current(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    List<Challenge> visibleTo(String email) {
        return challenges
                .list(
                        current(email),
                        new ChallengeRepository.ListFilter(null, null, null, null),
                        new PageRequest(1, 500))
                .items();
    }

    List<Challenge> demo() {
        return visibleTo(Demo.ADMIN).stream()
                .filter(c -> c.notes() != null && c.notes().startsWith(DemoProgramme.MARK))
                .toList();
    }

    @Test
    void it_is_applied_once_and_has_a_challenge_at_every_stage_of_the_life_cycle() {
        assertThat(jdbc.sql("select count(*) from demo_contribution where name = 'challenges.programme'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Set<ChallengeState> states = demo().stream().map(Challenge::state).collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.allOf(ChallengeState.class));
        // Real councils of the register; several kinds of challenge.
        assertThat(demo()).extracting(Challenge::councilName).contains("Thurrock Council", "Leeds City Council");
        assertThat(demo()).extracting(Challenge::type).contains(ChallengeType.CORPORATE, ChallengeType.FINANCE);
    }

    @Test
    void every_demo_challenge_agrees_with_the_calendar() {
        LocalDate today = LocalDate.now();
        for (Challenge c : demo()) {
            if (c.state().visitStarted()) {
                assertThat(c.onSiteStart()).as(c.reference()).isBeforeOrEqualTo(today);
            }
            if (c.state().visitStarted() && c.state() != ChallengeState.ON_SITE) {
                assertThat(c.onSiteEnd()).as(c.reference()).isBeforeOrEqualTo(today);
            }
            if (c.state().published()) {
                assertThat(c.reportPublishedOn())
                        .as(c.reference())
                        .isAfterOrEqualTo(c.onSiteEnd())
                        .isBeforeOrEqualTo(today);
            }
            if (c.progressReviewOn() != null) {
                assertThat(c.progressReviewOn())
                        .isAfterOrEqualTo(c.reportPublishedOn())
                        .isBeforeOrEqualTo(today);
            }
            if (c.state().isOpen() && !c.state().visitStarted() && c.hasVisitDates()) {
                assertThat(c.onSiteStart()).as(c.reference()).isAfter(today);
            }
        }
        // The visit under way and the visits to come are the dashboard's upcoming visits; nothing later is.
        assertThat(dashboard.view().upcoming())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.state().ordinal()).isLessThan(ChallengeState.FEEDBACK_GIVEN.ordinal()));
    }

    @Test
    void the_council_user_has_a_challenge_in_preparation_with_a_team_a_programme_and_documents() {
        List<Challenge> own = visibleTo(Demo.COUNCIL).stream()
                .filter(c -> c.state() == ChallengeState.PREPARING)
                .toList();
        assertThat(own).singleElement().satisfies(c -> {
            assertThat(c.councilGss()).isEqualTo(Demo.COUNCIL_GSS);
            assertThat(c.scopeAgreed()).isTrue();
            List<TeamMember> team = teams.team(c.id());
            assertThat(team).extracting(TeamMember::status).contains(MemberStatus.AGREED, MemberStatus.PROPOSED);
            assertThat(programmes.sessions(c.id())).isNotEmpty();
            assertThat(challenges.view(current(Demo.COUNCIL), c.id()).documents())
                    .extracting(DocumentInfo::kind)
                    .contains(DocumentKind.POSITION_STATEMENT, DocumentKind.SUPPORTING);
            assertThat(challenges.view(current(Demo.COUNCIL), c.id()).focusAreas())
                    .isNotEmpty();
        });
    }

    @Test
    void the_peer_is_on_a_team_through_their_pool_entry() {
        assertThat(visibleTo(Demo.PEER))
                .extracting(Challenge::state)
                .contains(ChallengeState.PREPARING, ChallengeState.ON_SITE);
    }

    @Test
    void the_manager_and_the_adviser_have_deadlines_missed_and_met() {
        assertThat(dashboard.overdueFor(current(Demo.MANAGER)))
                .extracting(OverdueItem::what)
                .contains("Report published", "Progress review report published");
        assertThat(dashboard.overdueFor(current(Demo.ADVISER))).isNotEmpty();
        // Met: the published and action-plan challenges have nothing overdue.
        List<Long> late = dashboard.overdueFor(current(Demo.MANAGER)).stream()
                .map(o -> o.challenge().id())
                .toList();
        assertThat(demo().stream()
                        .filter(c -> c.state() == ChallengeState.PUBLISHED || c.state() == ChallengeState.ACTION_PLAN)
                        .toList())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(late).doesNotContain(c.id()));
    }

    @Test
    void each_role_finds_its_work_on_its_home_page() throws Exception {
        home(
                Demo.ADMIN,
                "Your work as programme team",
                "Visits under way or in the next 90 days",
                "Leeds City Council");
        home(Demo.MANAGER, "Your work as peer challenge manager", "Report published", "Southampton City Council");
        home(Demo.ADVISER, "Your work as principal adviser", "Progress review report published");
        home(Demo.PEER, "Your work as peer", "Teams you are on", "Thurrock Council");
        home(Demo.COUNCIL, "Your work as council user", "Your council’s challenges", "Answer for 1 proposed peer");
    }

    void home(String email, String... texts) throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername(email))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(java.util.Arrays.stream(texts)
                                .map(t -> containsString(t))
                                .toList()
                                .toArray(org.hamcrest.Matcher[]::new))));
    }
}

package org.peerchallengehub.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.reporting.ReportDocument;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** The action plan against the real database: started from a final report, answered, published, guarded. */
@HubIntegrationTest
class ActionPlansTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    CurrentUser manager;
    CurrentUser council;
    long challenge;

    CurrentUser user(String email) {
        return ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
    }

    /** A final report of the challenge, written as the reporting module stores it. */
    static long finalReport(
            JdbcClient jdbc, ObjectMapper json, long challenge, String gss, List<String> keys, List<String> section) {
        ReportDocument d = new ReportDocument(
                "Corporate peer challenge: Thurrock Council",
                new ReportDocument.Council("Thurrock Council", gss, "Unitary authority", "East of England"),
                "Corporate peer challenge",
                LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 1, 15),
                "Summary",
                keys,
                List.of(),
                List.of(),
                "Process",
                new ReportDocument.Activity(null, null, null, 4),
                List.of(new ReportDocument.Section(
                        "component:financial-planning-and-management",
                        "financial-planning-and-management",
                        "Financial planning and management",
                        "Narrative",
                        List.of(),
                        List.of(),
                        section)),
                List.of(),
                "",
                new ReportDocument.NextSteps(null, null, null, null, null, ""));
        long id = jdbc.sql(
                        "insert into feedback_report (challenge_id, state, publication_due) values (:c, 'FINAL', :d) returning id")
                .param("c", challenge)
                .param("d", LocalDate.of(2026, 4, 15))
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into feedback_report_version (report_id, number, document, created_by) values (:r, 1, cast(:doc as jsonb), 'test')")
                .param("r", id)
                .param("doc", json.writeValueAsString(d))
                .update();
        return id;
    }

    @BeforeEach
    void setUp() {
        manager = user("manager@demo.local");
        council = user("council@demo.local");
        challenge =
                ChallengeFixtures.onSite(context, manager, council.councilGss()).id();
    }

    @Test
    void a_plan_has_one_entry_per_recommendation_and_is_published_once_every_one_is_answered() {
        finalReport(
                jdbc,
                json,
                challenge,
                council.councilGss(),
                List.of("Review the medium term financial strategy"),
                List.of("Invest in officer capacity", "Address the weak ICT infrastructure"));
        assertThatThrownBy(() -> plans.start(manager, challenge)).isInstanceOf(PlanRefused.class);
        plans.start(council, challenge);
        PlanView plan = plans.page(council, challenge).plan();
        assertThat(plan.entries())
                .extracting(PlanView.Entry::ref)
                .containsExactly(
                        "key:1",
                        "component:financial-planning-and-management:1",
                        "component:financial-planning-and-management:2");

        long first = plan.entries().get(0).id();
        long second = plan.entries().get(1).id();
        long third = plan.entries().get(2).id();
        assertThatThrownBy(() -> plans.respond(council, challenge, first, Response.PARTLY_ACCEPTED, " "))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("Say why");
        plans.respond(council, challenge, first, Response.ACCEPTED, null);
        plans.respond(council, challenge, second, Response.PARTLY_ACCEPTED, "Capacity only in finance");
        plans.respond(council, challenge, third, Response.NOT_ACCEPTED, "The ICT contract was renewed in 2025");
        assertThatThrownBy(() -> plans.addAction(
                        council,
                        challenge,
                        third,
                        "x",
                        "Head of ICT",
                        plans.today().plusMonths(1)))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("not accepted");
        // a due date before the report was final
        assertThatThrownBy(() -> plans.addAction(
                        council, challenge, first, "Recast the MTFS", "Director of Finance", LocalDate.of(2000, 1, 1)))
                .isInstanceOf(PlanRefused.class);
        assertThat(plans.page(council, challenge).notReady()).hasSize(2);
        assertThatThrownBy(() -> plans.publish(council, challenge)).isInstanceOf(PlanRefused.class);

        long a1 = plans.addAction(
                council,
                challenge,
                first,
                "Recast the MTFS over four years",
                "Director of Finance",
                plans.today().plusMonths(2));
        plans.addAction(
                council,
                challenge,
                second,
                "Train finance business partners",
                "Head of HR",
                plans.today().plusDays(5));
        // a person's name is not an owner
        assertThatThrownBy(() -> plans.addAction(
                        council,
                        challenge,
                        second,
                        "Train",
                        "Jane Smith",
                        plans.today().plusDays(5)))
                .isInstanceOf(PlanRefused.class)
                .hasMessageContaining("not a person");
        assertThat(plans.publish(council, challenge)).isEqualTo(1);

        // later updates are a new version; the published one does not change
        plans.updateAction(
                council,
                challenge,
                a1,
                "Recast the MTFS over four years",
                "Director of Finance",
                plans.today().plusMonths(2),
                ActionStatus.COMPLETED,
                "Agreed by Cabinet",
                "https://example.org/mtfs",
                "MTFS 2026-30");
        PlanView now = plans.page(council, challenge).plan();
        ActionPlans.Published published = plans.published(now.slug()).orElseThrow();
        assertThat(published.plan().entries().getFirst().actions().getFirst().status())
                .isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(plans.publish(council, challenge)).isEqualTo(2);
        assertThat(plans.published(now.slug())
                        .orElseThrow()
                        .plan()
                        .entries()
                        .getFirst()
                        .actions()
                        .getFirst()
                        .status())
                .isEqualTo(ActionStatus.COMPLETED);

        // the manager comments but does not change
        plans.comment(manager, challenge, null, "Good progress on the MTFS.");
        assertThatThrownBy(() -> plans.respond(manager, challenge, first, Response.ACCEPTED, null))
                .isInstanceOf(PlanRefused.class);
        assertThat(plans.page(council, challenge).plan().comments()).hasSize(1);

        // the exported spreadsheet imports back unchanged; the manager cannot import
        PlanView before = plans.working(council, challenge);
        assertThat(plans.importSheet(council, challenge, PlanSheet.ods(before))).isEqualTo(3);
        PlanView after = plans.working(council, challenge);
        assertThat(PlanSheet.rows(after)).isEqualTo(PlanSheet.rows(before));
        assertThatThrownBy(() -> plans.importSheet(manager, challenge, PlanSheet.xlsx(before)))
                .isInstanceOf(PlanRefused.class);
    }

    @Test
    void another_councils_plan_and_its_entries_are_not_found() {
        finalReport(jdbc, json, challenge, council.councilGss(), List.of("Do a thing"), List.of());
        plans.start(council, challenge);
        long entry = plans.page(council, challenge).plan().entries().getFirst().id();
        long other = ChallengeFixtures.onSite(context, manager, "E09000022").id();
        finalReport(jdbc, json, other, "E09000022", List.of("Another council's recommendation"), List.of());
        assertThatThrownBy(() -> plans.page(council, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.addAction(council, other, entry, "x", "Director of Finance", plans.today()))
                .isInstanceOf(NotFoundException.class);
        // a recommendation that is not one of this plan's (another council's, or none) is not found
        assertThatThrownBy(() ->
                        plans.addAction(council, challenge, 999_999_999L, "x", "Director of Finance", plans.today()))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.page(council, challenge).plan().entries().getFirst().actions())
                .isEmpty();
    }
}

package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.peerchallengehub.reporting.ReportDocument.Activity;
import org.peerchallengehub.reporting.ReportDocument.Council;
import org.peerchallengehub.reporting.ReportDocument.NextSteps;
import org.peerchallengehub.reporting.ReportDocument.ScopeItem;
import org.peerchallengehub.reporting.ReportDocument.Section;
import org.peerchallengehub.reporting.ReportDocument.TeamMember;

/**
 * Report documents for the output tests and the benchmark: a realistic one (a real council, Rutland County
 * Council, with fictional content and fictional people) and a long one of about 40 printed pages.
 */
final class ReportDocumentSamples {

    private ReportDocumentSamples() {}

    static final Council RUTLAND =
            new Council("Rutland County Council", "E06000017", "Unitary authority", "East Midlands");

    /** A corporate peer challenge report under the 2024 framework, of ordinary length (about 8 pages). */
    static ReportDocument rutland() {
        return new ReportDocument(
                "Corporate peer challenge: Rutland County Council",
                RUTLAND,
                "Corporate peer challenge",
                LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 13),
                """
                Rutland County Council is a small council with a strong sense of place and ambition for its
                residents. The peer team found a council that knows its communities well, has **stable political
                leadership** and staff who are proud to work for it.

                The council's finances are under real pressure: the medium-term plan shows a gap that the
                reserves cannot close on their own, and the team saw a need to move from *annual budget rounds*
                to a plan over several years.

                The team's full findings follow, with their key recommendations first.
                """,
                List.of(
                        "Agree a medium-term financial strategy over four years that closes the budget gap without relying on reserves.",
                        "Set out a shared vision for Rutland with partners, and a plan to deliver it that residents can follow.",
                        "Strengthen overview and scrutiny so that it shapes decisions before they are taken.",
                        "Build capacity in commissioning and programme management for the transformation programme.",
                        "Use data on outcomes to track the corporate plan, and report progress in public twice a year."),
                List.of(
                        new TeamMember("Alex Morgan", "Chief Executive", "Hartwell District Council"),
                        new TeamMember("Cllr Priya Sandhu", "Leader", "Westbury Borough Council"),
                        new TeamMember("Cllr Tom Fairley", "Deputy Leader", "Eastholme County Council"),
                        new TeamMember("Dana Whitfield", "Director of Finance", "Northcote City Council"),
                        new TeamMember("Sam Okafor", "Peer challenge manager", "Local Government Association")),
                List.of(
                        new ScopeItem(
                                "local-priorities-and-outcomes",
                                "Local priorities and outcomes",
                                List.of(
                                        "Are the council's priorities clear, based on its understanding of the place, and is it achieving the outcomes it sets?")),
                        new ScopeItem(
                                "organisational-and-place-leadership",
                                "Organisational and place leadership",
                                List.of(
                                        "Does the council provide leadership for the organisation and, with its partners, for the place?")),
                        new ScopeItem(
                                "governance-and-culture",
                                "Governance and culture",
                                List.of(
                                        "Are governance and decision making sound, and is the culture open, respectful and challenging?")),
                        new ScopeItem(
                                "financial-planning-and-management",
                                "Financial planning and management",
                                List.of(
                                        "Is the council's money planned and managed so that it stays sustainable over the medium term?")),
                        new ScopeItem(
                                "capacity-for-improvement",
                                "Capacity for improvement",
                                List.of(
                                        "Does the council have the capacity, skills and partnerships to improve and to deliver its plans?")),
                        new ScopeItem(
                                null,
                                "Housing growth",
                                List.of(
                                        "Is the council's approach to housing growth supported by the infrastructure it needs?",
                                        "How can the council work with developers to deliver more affordable homes?"))),
                """
                Peer challenges are improvement-focused and tailored to each council. They are not an
                inspection. The team read a range of documents before the visit, then spent four days on site.
                """,
                new Activity(120, 38, 280, 4),
                List.of(
                        section(
                                "local-priorities-and-outcomes",
                                "Local priorities and outcomes",
                                """
                                The council's corporate plan sets out four priorities that staff and partners
                                recognise. The team heard a **consistent story** of what matters to Rutland.

                                The plan is not yet tied to measures of outcome, so progress is hard to see.
                                """,
                                List.of(
                                        "Staff and partners understand the council's four priorities.",
                                        "The council knows its communities well and listens to them."),
                                List.of(
                                        "The corporate plan has few measures of outcome, so progress is hard to judge."),
                                List.of(
                                        "Use data on outcomes to track the corporate plan, and report progress in public twice a year.")),
                        section(
                                "organisational-and-place-leadership",
                                "Organisational and place leadership",
                                """
                                Political and managerial leaders work well together. Partners value the
                                council's *convening role*, and want it to lead more boldly.
                                """,
                                List.of(
                                        "The leader and chief executive have a constructive working relationship.",
                                        "Partners describe the council as open and easy to work with."),
                                List.of("There is no shared vision for Rutland agreed with partners."),
                                List.of(
                                        "Set out a shared vision for Rutland with partners, and a plan to deliver it that residents can follow.")),
                        section(
                                "governance-and-culture",
                                "Governance and culture",
                                """
                                Meetings are well run and decisions are properly recorded. Scrutiny is
                                respectful but often comes after decisions are made.
                                """,
                                List.of("Decision making follows a clear constitution and is well recorded."),
                                List.of(
                                        "Overview and scrutiny reviews decisions after they are made rather than shaping them."),
                                List.of(
                                        "Strengthen overview and scrutiny so that it shapes decisions before they are taken.")),
                        section(
                                "financial-planning-and-management",
                                "Financial planning and management",
                                """
                                The council has a good record of balancing its budget each year, but the
                                medium-term plan shows a gap that grows each year. See the
                                [financial sustainability guidance](https://www.local.gov.uk/our-support/financial-resilience).
                                """,
                                List.of(
                                        "The council has balanced its budget each year and its accounts are up to date."),
                                List.of(
                                        "The medium-term financial plan shows a gap that reserves cannot close on their own.",
                                        "Savings are set in annual budget rounds rather than over several years."),
                                List.of(
                                        "Agree a medium-term financial strategy over four years that closes the budget gap without relying on reserves.")),
                        section(
                                "capacity-for-improvement",
                                "Capacity for improvement",
                                """
                                Staff are committed and flexible. The council is small, so a few people carry
                                much of the change.
                                """,
                                List.of("Staff are committed, flexible and proud to work for Rutland."),
                                List.of("The transformation programme depends on a few people with no cover."),
                                List.of(
                                        "Build capacity in commissioning and programme management for the transformation programme.")),
                        new Section(
                                "focus:1",
                                null,
                                "Housing growth",
                                """
                                Housing growth is welcome but residents worry about roads, schools and doctors.
                                """,
                                List.of("The local plan sets out where new homes will go."),
                                List.of("Infrastructure is not keeping pace with new homes."),
                                List.of(
                                        "Agree an infrastructure plan with health and education partners for each growth site."))),
                List.of(
                        "The council's community hubs bring library, advice and health services together in one place.",
                        "Joint work with the fire service on home safety visits for older residents."),
                """
                The Local Government Association offers support on financial resilience and on scrutiny. Contact
                the principal adviser below, or see [the LGA's improvement support](https://www.local.gov.uk/our-support).
                """,
                new NextSteps(
                        "Sam Okafor",
                        "sam.okafor@example.org",
                        LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 11),
                        YearMonth.of(2031, 3),
                        """
                        The council will want to reflect on these findings with its leadership. The LGA will offer a
                        progress review about nine months after the visit.
                        """));
    }

    private static Section section(
            String componentId,
            String heading,
            String narrative,
            List<String> strengths,
            List<String> challenges,
            List<String> recommendations) {
        return new Section(
                "component:" + componentId, componentId, heading, narrative, strengths, challenges, recommendations);
    }

    /**
     * A long report, about 40 printed pages: the realistic report with every section's narrative grown to
     * a chapter of ten paragraphs and a list, and ten items of each kind.
     */
    static ReportDocument long40Pages() {
        ReportDocument base = rutland();
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (Section s : base.feedback()) {
            StringBuilder narrative = new StringBuilder();
            for (int p = 1; p <= 19; p++) {
                narrative
                        .append("The team heard from staff, members and partners about ")
                        .append(s.heading().toLowerCase(java.util.Locale.ROOT))
                        .append(" (paragraph ")
                        .append(p)
                        .append("). Those it met described what works well, where the council wants to go next and")
                        .append(" what stands in the way. They gave examples from services for children, adults,")
                        .append(" housing and the economy, and spoke of the council's **ambition** and its")
                        .append(" *pressures*, of how decisions are made and how they are explained to residents.")
                        .append(" The team weighed what it heard against what it read before the visit.\n\n");
                if (p == 7) {
                    narrative
                            .append("The team would draw attention to:\n\n")
                            .append("- the pace of change in the services it visited\n")
                            .append("- the quality of relationships with partners\n")
                            .append("- how plans are turned into action\n\n");
                }
            }
            List<String> strengths = new ArrayList<>();
            List<String> challenges = new ArrayList<>();
            List<String> recommendations = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                strengths.add("Strength " + i + " in " + s.heading().toLowerCase(java.util.Locale.ROOT)
                        + ": staff and partners described good practice that others could learn from.");
                challenges.add("Challenge " + i + " in " + s.heading().toLowerCase(java.util.Locale.ROOT)
                        + ": plans are not yet matched by the capacity to deliver them.");
                recommendations.add("Recommendation " + i + " on " + s.heading().toLowerCase(java.util.Locale.ROOT)
                        + ": agree an owner, a timetable and a measure of success.");
            }
            sections.add(new Section(
                    s.key(),
                    s.componentId(),
                    s.heading(),
                    narrative.toString(),
                    strengths,
                    challenges,
                    recommendations));
            n++;
        }
        for (int f = 2; f <= 4; f++) {
            Section first = sections.get(n - 1);
            sections.add(new Section(
                    "focus:" + f,
                    null,
                    "Focus area " + f,
                    first.narrative(),
                    first.strengths(),
                    first.challenges(),
                    first.recommendations()));
        }
        List<ScopeItem> scope = new ArrayList<>(base.scope());
        for (int f = 2; f <= 4; f++) {
            scope.add(new ScopeItem(null, "Focus area " + f, List.of("What more can the council do in this area?")));
        }
        return new ReportDocument(
                base.title(),
                base.council(),
                base.challengeType(),
                base.onSiteStart(),
                base.onSiteEnd(),
                base.executiveSummary().repeat(4),
                base.keyRecommendations(),
                base.team(),
                scope,
                base.process(),
                base.activity(),
                sections,
                base.notablePractice(),
                base.signposting(),
                base.nextSteps());
    }
}

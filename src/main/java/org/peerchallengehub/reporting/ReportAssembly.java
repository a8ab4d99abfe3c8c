package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.evidence.AgreedFindings;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.FrameworkVersion;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.reporting.ReportDocument.Activity;
import org.peerchallengehub.reporting.ReportDocument.NextSteps;
import org.peerchallengehub.reporting.ReportDocument.ScopeItem;
import org.peerchallengehub.reporting.ReportDocument.Section;
import org.peerchallengehub.reporting.ReportDocument.TeamMember;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Builds a report's document from the challenge's own record, so nothing is retyped and nothing
 * contradicts the record: the council (name, type, region), the kind of challenge and the visit's
 * dates; the team in order, with each peer's job and organisation; the scope (the framework version's
 * components with their questions, then the council's focus areas); the activity figures from the
 * on-site programme; the agreed findings per component and focus area, and the key recommendations in
 * order; notable practice; next steps from the programme rules the challenge was booked under and the
 * adviser's contact. The team's narrative (Markdown) is carried over from the previous version by
 * section, so refreshing the facts never loses a word. Findings are read through evidence's gate, as
 * the user assembling (who has a seat at the team's table).
 */
@Component
class ReportAssembly {

    static final String EXECUTIVE_SUMMARY = "executive-summary";
    static final String PROCESS = "process";
    static final String SIGNPOSTING = "signposting";
    static final String NEXT_STEPS = "next-steps";

    static final String DEFAULT_PROCESS =
            """
            Peer challenges are improvement focused; it is important to stress that this was not an inspection. \
            The peer team used their experience and knowledge of local government to reflect on the information \
            presented to them by the people they met, things they saw and material that they read.

            The peer team prepared by reviewing a range of documents and information, including the council’s \
            position statement, so that they were familiar with the council and the challenges it is facing.""";

    static final String DEFAULT_SIGNPOSTING =
            """
            The LGA offers a range of support to councils: see [the LGA’s improvement support](https://www.local.gov.uk/our-support). \
            Your principal adviser is the first point of contact.""";

    private final ChallengeTeams teams;
    private final CouncilRegister councils;
    private final Frameworks frameworks;
    private final AgreedFindings findings;

    ReportAssembly(ChallengeTeams teams, CouncilRegister councils, Frameworks frameworks, AgreedFindings findings) {
        this.teams = teams;
        this.councils = councils;
        this.frameworks = frameworks;
        this.findings = findings;
    }

    /**
     * The document from the record, with the narrative of {@code previous} (none: the defaults).
     *
     * @param user has a seat at the challenge's table (the agreed findings are read as them)
     */
    ReportDocument assemble(CurrentUser user, ChallengeReports.Subject subject, @Nullable ReportDocument previous) {
        Council council = councils.get(subject.councilGss());
        FrameworkVersion framework = frameworks
                .version(subject.frameworkId())
                .orElseThrow(() -> new IllegalStateException("Unknown framework " + subject.frameworkId()));
        AgreedFindings.Agreed agreed = findings.of(user, subject.challengeId());
        Map<String, String> narratives = new HashMap<>();
        if (previous != null) {
            previous.feedback().forEach(s -> narratives.put(s.key(), s.narrative()));
        }

        List<ScopeItem> scope = new ArrayList<>();
        List<Section> feedback = new ArrayList<>();
        Map<String, List<AgreedFindings.Item>> byPlace = new LinkedHashMap<>();
        for (AgreedFindings.Item item : agreed.findings()) {
            byPlace.computeIfAbsent(place(item.componentId(), item.focusAreaId()), k -> new ArrayList<>())
                    .add(item);
        }
        for (FrameworkComponent c : framework.components()) {
            scope.add(new ScopeItem(c.id(), c.headline(), List.of(c.question())));
            feedback.add(section(place(c.id(), null), c.id(), c.headline(), narratives, byPlace));
        }
        for (ChallengeReports.Focus f : subject.focusAreas()) {
            scope.add(new ScopeItem(null, f.title(), f.questions()));
            feedback.add(section(place(null, f.id()), null, f.title(), narratives, byPlace));
        }

        List<String> notable = agreed.findings().stream()
                .filter(i -> i.kind() == FindingKind.NOTABLE_PRACTICE)
                .map(i -> i.text().strip())
                .toList();
        List<String> key =
                agreed.keyRecommendations().stream().map(i -> i.text().strip()).toList();

        LocalDate start = Objects.requireNonNull(subject.onSiteStart(), "a report needs the visit's dates");
        LocalDate end = Objects.requireNonNull(subject.onSiteEnd(), "a report needs the visit's dates");
        ProgrammeRules.Deadlines deadlines =
                frameworks.rules(subject.rulesId()).map(r -> r.deadlines(end)).orElse(null);
        boolean anyActivity = subject.meetings() > 0 || subject.peopleSpokenTo() > 0 || subject.hours() > 0;
        return new ReportDocument(
                subject.typeLabel() + ": " + council.officialName(),
                new ReportDocument.Council(
                        council.officialName(),
                        council.gss(),
                        council.type().label(),
                        council.region().label()),
                subject.typeLabel(),
                start,
                end,
                previous == null ? "" : previous.executiveSummary(),
                key,
                team(subject.challengeId()),
                scope,
                previous == null ? DEFAULT_PROCESS : previous.process(),
                new Activity(
                        anyActivity ? subject.peopleSpokenTo() : null,
                        anyActivity ? subject.meetings() : null,
                        anyActivity ? (int) Math.round(subject.hours()) : null,
                        subject.daysOnSite()),
                feedback,
                notable,
                previous == null ? DEFAULT_SIGNPOSTING : previous.signposting(),
                new NextSteps(
                        subject.adviserName(),
                        subject.adviserEmail(),
                        deadlines == null ? null : deadlines.actionPlanDue(),
                        deadlines == null ? null : deadlines.progressReviewDue(),
                        deadlines == null ? null : YearMonth.from(deadlines.nextChallengeDue()),
                        previous == null ? "" : previous.nextSteps().narrative()));
    }

    static String place(@Nullable String componentId, @Nullable Long focusAreaId) {
        return componentId != null ? "component:" + componentId : "focus:" + focusAreaId;
    }

    private static Section section(
            String key,
            @Nullable String componentId,
            String heading,
            Map<String, String> narratives,
            Map<String, List<AgreedFindings.Item>> byPlace) {
        List<AgreedFindings.Item> here = byPlace.getOrDefault(key, List.of());
        return new Section(
                key,
                componentId,
                heading,
                narratives.getOrDefault(key, ""),
                texts(here, FindingKind.STRENGTH),
                texts(here, FindingKind.CHALLENGE),
                texts(here, FindingKind.RECOMMENDATION));
    }

    private static List<String> texts(List<AgreedFindings.Item> items, FindingKind kind) {
        return items.stream()
                .filter(i -> i.kind() == kind)
                .map(i -> i.text().strip())
                .toList();
    }

    /** The team in the challenge's order, each with their job and organisation from the peer pool. */
    private List<TeamMember> team(long challengeId) {
        return teams.team(challengeId).stream()
                .map(m -> new TeamMember(m.name(), blankToNull(m.jobTitle()), blankToNull(m.organisation())))
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feedback report as one value: the single source every output is rendered from (the web page, the
 * tagged PDF, the Word document and the interchange-format JSON), and what a version of a report
 * stores. Facts come from the challenge's record when the draft is assembled (council, dates, team,
 * scope, activity figures, agreed findings, next steps from the programme rules); the narrative fields
 * are the team's Markdown (a safe subset: headings, lists, emphasis, links), rendered only through
 * {@code ReportMarkdown}. Lists are in the report's order.
 *
 * @param title the report's title, e.g. "Corporate peer challenge: Leeds City Council"
 * @param challengeType the kind of challenge as a label ("Corporate peer challenge")
 * @param executiveSummary Markdown
 * @param keyRecommendations the key recommendations, one sentence each (plain text), in order
 * @param team the peer team in the report's order
 * @param scope the core components (with their questions, in the challenge's framework version) and
 *     then the council's focus areas
 * @param process Markdown: how the team worked (the activity figures are given separately)
 * @param feedback one section per core component and focus area, in scope order
 * @param notablePractice plain-text items
 * @param signposting Markdown: where to find help and whom to contact
 */
public record ReportDocument(
        String title,
        Council council,
        String challengeType,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        String executiveSummary,
        List<String> keyRecommendations,
        List<TeamMember> team,
        List<ScopeItem> scope,
        String process,
        Activity activity,
        List<Section> feedback,
        List<String> notablePractice,
        String signposting,
        NextSteps nextSteps) {

    public ReportDocument {
        keyRecommendations = List.copyOf(keyRecommendations);
        team = List.copyOf(team);
        scope = List.copyOf(scope);
        feedback = List.copyOf(feedback);
        notablePractice = List.copyOf(notablePractice);
    }

    /** The council reviewed: its name as the report gives it, GSS code, type and region labels. */
    public record Council(String name, String gss, String typeLabel, String regionLabel) {}

    /** A member of the peer team: name as written (with "Cllr"), role (job title) and organisation. */
    public record TeamMember(String name, @Nullable String role, @Nullable String organisation) {}

    /**
     * One item of the scope: a core component of the framework (with its stable component id and its
     * questions) or one of the council's focus areas (componentId null).
     */
    public record ScopeItem(@Nullable String componentId, String title, List<String> questions) {
        public ScopeItem {
            questions = List.copyOf(questions);
        }

        public boolean focusArea() {
            return componentId == null;
        }
    }

    /** The on-site activity figures from the programme; null where not known. */
    public record Activity(
            @Nullable Integer peopleSpokenTo, @Nullable Integer meetings, @Nullable Integer hours, int days) {}

    /**
     * The feedback on one core component or focus area: the team's narrative (Markdown) and the items
     * of the agreed findings (plain text).
     *
     * @param key stable within the report ("component:financial-planning-and-viability", "focus:12"), used
     *     by comments and corrections to name the section
     */
    public record Section(
            String key,
            @Nullable String componentId,
            String heading,
            String narrative,
            List<String> strengths,
            List<String> challenges,
            List<String> recommendations) {
        public Section {
            strengths = List.copyOf(strengths);
            challenges = List.copyOf(challenges);
            recommendations = List.copyOf(recommendations);
        }
    }

    /**
     * What comes next, from the rules the challenge was booked under: the principal adviser's contact,
     * when the progress review and the action plan are due, and by when the next challenge should be.
     *
     * @param narrative Markdown written by the team
     */
    public record NextSteps(
            @Nullable String adviserName,
            @Nullable String adviserEmail,
            @Nullable LocalDate actionPlanDue,
            @Nullable LocalDate progressReviewDue,
            @Nullable YearMonth nextChallengeDueBy,
            String narrative) {}
}

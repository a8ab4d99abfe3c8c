package org.peerchallengehub.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a report that hold the team's narrative, in the report's order, and how to read and
 * replace one: the executive summary, the process, one per component and focus area, signposting and
 * next steps. Comments may also name the facts ("facts") and the key recommendations.
 */
final class ReportSections {

    static final String FACTS = "facts";
    static final String KEY_RECOMMENDATIONS = "key-recommendations";

    /** A section that holds narrative: its key and heading. */
    record Narrative(String key, String heading) {}

    private ReportSections() {}

    static List<Narrative> narratives(ReportDocument d) {
        List<Narrative> all = new ArrayList<>();
        all.add(new Narrative(ReportAssembly.EXECUTIVE_SUMMARY, "Executive summary"));
        all.add(new Narrative(ReportAssembly.PROCESS, "The peer challenge process"));
        for (ReportDocument.Section s : d.feedback()) {
            all.add(new Narrative(s.key(), s.heading()));
        }
        all.add(new Narrative(ReportAssembly.SIGNPOSTING, "Signposting"));
        all.add(new Narrative(ReportAssembly.NEXT_STEPS, "Next steps"));
        return all;
    }

    /** Every section a comment may name: the facts, the key recommendations and the narrative sections. */
    static List<Narrative> commentable(ReportDocument d) {
        List<Narrative> all = new ArrayList<>();
        all.add(new Narrative(FACTS, "The facts: council, dates, team, scope and activity figures"));
        all.add(new Narrative(KEY_RECOMMENDATIONS, "Key recommendations"));
        all.addAll(narratives(d));
        return all;
    }

    static Optional<Narrative> narrative(ReportDocument d, String key) {
        return narratives(d).stream().filter(n -> n.key().equals(key)).findFirst();
    }

    static Optional<Narrative> commentable(ReportDocument d, String key) {
        return commentable(d).stream().filter(n -> n.key().equals(key)).findFirst();
    }

    /** The narrative of a section (empty when there is none of that key). */
    static String text(ReportDocument d, String key) {
        return switch (key) {
            case ReportAssembly.EXECUTIVE_SUMMARY -> d.executiveSummary();
            case ReportAssembly.PROCESS -> d.process();
            case ReportAssembly.SIGNPOSTING -> d.signposting();
            case ReportAssembly.NEXT_STEPS -> d.nextSteps().narrative();
            default ->
                d.feedback().stream()
                        .filter(s -> s.key().equals(key))
                        .map(ReportDocument.Section::narrative)
                        .findFirst()
                        .orElse("");
        };
    }

    /** The document with one section's narrative replaced. */
    static ReportDocument withText(ReportDocument d, String key, String text) {
        return switch (key) {
            case ReportAssembly.EXECUTIVE_SUMMARY ->
                new ReportDocument(
                        d.title(),
                        d.council(),
                        d.challengeType(),
                        d.onSiteStart(),
                        d.onSiteEnd(),
                        text,
                        d.keyRecommendations(),
                        d.team(),
                        d.scope(),
                        d.process(),
                        d.activity(),
                        d.feedback(),
                        d.notablePractice(),
                        d.signposting(),
                        d.nextSteps());
            case ReportAssembly.PROCESS ->
                new ReportDocument(
                        d.title(),
                        d.council(),
                        d.challengeType(),
                        d.onSiteStart(),
                        d.onSiteEnd(),
                        d.executiveSummary(),
                        d.keyRecommendations(),
                        d.team(),
                        d.scope(),
                        text,
                        d.activity(),
                        d.feedback(),
                        d.notablePractice(),
                        d.signposting(),
                        d.nextSteps());
            case ReportAssembly.SIGNPOSTING ->
                new ReportDocument(
                        d.title(),
                        d.council(),
                        d.challengeType(),
                        d.onSiteStart(),
                        d.onSiteEnd(),
                        d.executiveSummary(),
                        d.keyRecommendations(),
                        d.team(),
                        d.scope(),
                        d.process(),
                        d.activity(),
                        d.feedback(),
                        d.notablePractice(),
                        text,
                        d.nextSteps());
            case ReportAssembly.NEXT_STEPS -> {
                ReportDocument.NextSteps n = d.nextSteps();
                yield new ReportDocument(
                        d.title(),
                        d.council(),
                        d.challengeType(),
                        d.onSiteStart(),
                        d.onSiteEnd(),
                        d.executiveSummary(),
                        d.keyRecommendations(),
                        d.team(),
                        d.scope(),
                        d.process(),
                        d.activity(),
                        d.feedback(),
                        d.notablePractice(),
                        d.signposting(),
                        new ReportDocument.NextSteps(
                                n.adviserName(),
                                n.adviserEmail(),
                                n.actionPlanDue(),
                                n.progressReviewDue(),
                                n.nextChallengeDueBy(),
                                text));
            }
            default -> {
                List<ReportDocument.Section> feedback = d.feedback().stream()
                        .map(s -> s.key().equals(key)
                                ? new ReportDocument.Section(
                                        s.key(),
                                        s.componentId(),
                                        s.heading(),
                                        text,
                                        s.strengths(),
                                        s.challenges(),
                                        s.recommendations())
                                : s)
                        .toList();
                yield new ReportDocument(
                        d.title(),
                        d.council(),
                        d.challengeType(),
                        d.onSiteStart(),
                        d.onSiteEnd(),
                        d.executiveSummary(),
                        d.keyRecommendations(),
                        d.team(),
                        d.scope(),
                        d.process(),
                        d.activity(),
                        feedback,
                        d.notablePractice(),
                        d.signposting(),
                        d.nextSteps());
            }
        };
    }

    /** The facts of a document as lines of text, for comparing two versions. */
    static List<String> factLines(ReportDocument d) {
        List<String> lines = new ArrayList<>();
        lines.add("Title: " + d.title());
        lines.add("Council: " + d.council().name() + " (" + d.council().gss() + "), "
                + d.council().typeLabel() + ", " + d.council().regionLabel());
        lines.add("On site: " + d.onSiteStart() + " to " + d.onSiteEnd());
        for (ReportDocument.TeamMember m : d.team()) {
            lines.add("Team: " + m.name() + (m.role() == null ? "" : ", " + m.role())
                    + (m.organisation() == null ? "" : ", " + m.organisation()));
        }
        for (ReportDocument.ScopeItem s : d.scope()) {
            lines.add((s.focusArea() ? "Focus area: " : "Component: ") + s.title());
        }
        ReportDocument.Activity a = d.activity();
        lines.add("Activity: " + a.peopleSpokenTo() + " people, " + a.meetings() + " meetings, " + a.hours()
                + " hours, " + a.days() + " days");
        ReportDocument.NextSteps n = d.nextSteps();
        lines.add("Adviser: " + n.adviserName() + " " + (n.adviserEmail() == null ? "" : n.adviserEmail()));
        lines.add("Action plan due: " + n.actionPlanDue() + "; progress review: " + n.progressReviewDue()
                + "; next challenge by: " + n.nextChallengeDueBy());
        for (String p : d.notablePractice()) {
            lines.add("Notable practice: " + p);
        }
        return lines;
    }

    /** A section's whole text (narrative, then the findings' items) as lines, for comparing two versions. */
    static List<String> lines(ReportDocument d, String key) {
        if (key.equals(FACTS)) {
            return factLines(d);
        }
        if (key.equals(KEY_RECOMMENDATIONS)) {
            return d.keyRecommendations();
        }
        List<String> lines = new ArrayList<>(List.of(text(d, key).split("\\R", -1)));
        d.feedback().stream().filter(s -> s.key().equals(key)).findFirst().ifPresent(s -> {
            s.strengths().forEach(x -> lines.add("Strength: " + x));
            s.challenges().forEach(x -> lines.add("Challenge: " + x));
            s.recommendations().forEach(x -> lines.add("Recommendation: " + x));
        });
        return lines;
    }
}

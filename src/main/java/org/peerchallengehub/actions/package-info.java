/**
 * What follows a peer challenge (issue 18): the council's action plan against the final report (a
 * response to every recommendation, actions with owners, due dates, status, progress notes and evidence
 * links; versions frozen on submission; a public page once published); and repeated recommendations: every new recommendation compared with the earlier ones of the
 * same council and of the councils it replaced (decision 0100), likely repeats confirmed or dismissed by
 * the manager, confirmed repeats counted per council for early warning ({@code RepeatedRecommendations}). Challenges come from {@code ChallengeFollowUps},
 * final reports from {@code FinalReportRecommendations}, the back catalogue from {@code
 * CouncilRecommendations}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Actions",
        allowedDependencies = {"shared", "councils", "challenges", "knowledge", "reporting"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.actions;

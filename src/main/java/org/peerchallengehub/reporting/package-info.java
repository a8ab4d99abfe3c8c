/**
 * The feedback report of a peer challenge (issue 17): written from the challenge's own record (team,
 * scope, activity figures, agreed findings) with the team's narrative in a safe Markdown subset; every
 * save a version; draft, team review, the council's factual accuracy check, final and published, with
 * the challenge's life cycle moving with it; one {@link org.peerchallengehub.reporting.ReportDocument}
 * rendered as a web page, a tagged PDF, a Word document and interchange-format JSON; published reports
 * at stable public addresses and in {@code GET /api/v1/published-reports}. Drafts and comments are
 * confidential to the challenge's team and manager, and to the council during its check.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"shared", "challenges", "councils", "frameworks", "evidence", "knowledge"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.reporting;

package org.peerchallengehub.reporting;

import java.util.List;
import org.peerchallengehub.challenges.ChallengeFixtures;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/** Feedback reports for tests of other packages (the access matrix), made through {@link Reports}. */
public final class FeedbackReportFixtures {

    private FeedbackReportFixtures() {}

    /**
     * A challenge of the council whose report is a draft, with {@code morePeers} on its team besides its own
     * two peers; the challenge's id.
     */
    public static long draft(ApplicationContext context, CurrentUser manager, String councilGss, List<Long> morePeers) {
        return draft(context, manager, councilGss, morePeers, 10);
    }

    /** As above, the visit having started {@code daysAgo} days ago (so the same peers can be on two). */
    public static long draft(
            ApplicationContext context, CurrentUser manager, String councilGss, List<Long> morePeers, int daysAgo) {
        long id = ChallengeFixtures.feedbackGiven(context, manager, councilGss, morePeers, daysAgo)
                .id();
        context.getBean(Reports.class).start(manager, id);
        return id;
    }

    /**
     * A report in the council's factual accuracy check: the challenge's id, a resolved team comment and a
     * correction the council proposed (waiting for the manager's decision).
     */
    public record InCheck(long challengeId, long teamComment, long correction) {}

    public static InCheck inCouncilCheck(
            ApplicationContext context,
            CurrentUser manager,
            CurrentUser councilUser,
            String councilGss,
            List<Long> morePeers) {
        Reports reports = context.getBean(Reports.class);
        long id = draft(context, manager, councilGss, morePeers, 20);
        reports.move(manager, id, ReportState.TEAM_REVIEW);
        long team = reports.comment(manager, id, "executive-summary", null, "Shorter, please", null);
        reports.resolve(manager, id, team, true);
        reports.move(manager, id, ReportState.FACTUAL_ACCURACY_CHECK);
        long correction = reports.comment(
                councilUser, id, "facts", CommentKind.FACT_CORRECTION, "The dates are wrong", "The right dates");
        return new InCheck(id, team, correction);
    }
}

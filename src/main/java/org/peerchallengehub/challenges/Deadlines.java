package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peerchallengehub.frameworks.ProgrammeRules;

/**
 * Which deadlines a challenge has missed, from the programme rules it was booked under and its last
 * on-site day: report (and action plan) published, progress review held, its report published, and
 * under the older rules the follow-up visit. A named policy, unit-tested without Spring.
 */
final class Deadlines {

    private Deadlines() {}

    static List<OverdueItem> overdue(Challenge c, ProgrammeRules rules, LocalDate today) {
        List<OverdueItem> items = new ArrayList<>();
        if (!c.state().isOpen() || c.onSiteEnd() == null || c.historic()) {
            return items;
        }
        ProgrammeRules.Deadlines d = rules.deadlines(c.onSiteEnd());
        boolean before = c.state().ordinal() < ChallengeState.PUBLISHED.ordinal();
        add(items, c, "Report published", d.reportDue(), before, today);
        if (c.type() == ChallengeType.CORPORATE) {
            add(
                    items,
                    c,
                    "Action plan published",
                    d.actionPlanLatest() != null ? d.actionPlanLatest() : d.actionPlanDue(),
                    c.state().ordinal() < ChallengeState.ACTION_PLAN.ordinal(),
                    today);
            add(
                    items,
                    c,
                    "Progress review held",
                    d.progressReviewDue(),
                    c.state().ordinal() < ChallengeState.PROGRESS_REVIEW.ordinal(),
                    today);
            add(
                    items,
                    c,
                    "Progress review report published",
                    d.progressReviewReportDue(),
                    c.state() == ChallengeState.PROGRESS_REVIEW,
                    today);
            add(
                    items,
                    c,
                    "Follow-up visit",
                    d.followUpWindowCloses(),
                    c.state().ordinal() < ChallengeState.PROGRESS_REVIEW.ordinal(),
                    today);
        }
        return items;
    }

    private static void add(
            List<OverdueItem> items,
            Challenge c,
            String what,
            java.time.@org.jspecify.annotations.Nullable LocalDate due,
            boolean outstanding,
            LocalDate today) {
        if (due != null && outstanding && today.isAfter(due)) {
            items.add(new OverdueItem(c, what, due, ChronoUnit.DAYS.between(due, today)));
        }
    }

    static List<OverdueItem> overdue(List<Challenge> challenges, Map<String, ProgrammeRules> rules, LocalDate today) {
        List<OverdueItem> items = new ArrayList<>();
        for (Challenge c : challenges) {
            ProgrammeRules r = rules.get(c.rulesId());
            if (r != null) {
                items.addAll(overdue(c, r, today));
            }
        }
        items.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
        return items;
    }
}

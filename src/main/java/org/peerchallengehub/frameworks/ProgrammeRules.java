package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The programme's rules as in force from a date. A challenge records the version in force when it
 * was booked, so later changes to the rules never move its deadlines. Months are counted from the
 * last on-site day; null means the rule did not exist in this version.
 */
public record ProgrammeRules(
        String id,
        String title,
        LocalDate inForceFrom,
        int cpcIntervalYears,
        @Nullable Integer reportDueMonths,
        @Nullable Integer actionPlanDueMonths,
        @Nullable Integer actionPlanLatestMonths,
        @Nullable Integer progressReviewMonths,
        @Nullable Integer progressReviewReportMonths,
        @Nullable Integer followUpEarliestMonths,
        @Nullable Integer followUpLatestMonths,
        boolean publicationRequired,
        String notes) {

    /** The dates that follow from an on-site visit ending on {@code lastOnSiteDay}. */
    public Deadlines deadlines(LocalDate lastOnSiteDay) {
        return new Deadlines(
                plus(lastOnSiteDay, reportDueMonths),
                plus(lastOnSiteDay, actionPlanDueMonths),
                plus(lastOnSiteDay, actionPlanLatestMonths),
                plus(lastOnSiteDay, progressReviewMonths),
                plus(lastOnSiteDay, progressReviewReportMonths),
                plus(lastOnSiteDay, followUpEarliestMonths),
                plus(lastOnSiteDay, followUpLatestMonths),
                lastOnSiteDay.plusYears(cpcIntervalYears));
    }

    private static @Nullable LocalDate plus(LocalDate date, @Nullable Integer months) {
        return months == null ? null : date.plusMonths(months);
    }

    /** Dates derived from one visit; null where the rules in force had no such deadline. */
    public record Deadlines(
            @Nullable LocalDate reportDue,
            @Nullable LocalDate actionPlanDue,
            @Nullable LocalDate actionPlanLatest,
            @Nullable LocalDate progressReviewDue,
            @Nullable LocalDate progressReviewReportDue,
            @Nullable LocalDate followUpWindowOpens,
            @Nullable LocalDate followUpWindowCloses,
            LocalDate nextChallengeDue) {}
}

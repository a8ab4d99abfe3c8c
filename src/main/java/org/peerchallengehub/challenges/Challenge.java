package org.peerchallengehub.challenges;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A peer challenge of one council.
 *
 * @param frameworkId the framework version it uses
 * @param rulesId the programme rules in force when it was booked; its deadlines follow these
 * @param version optimistic lock: a save based on an older version is refused
 */
record Challenge(
        long id,
        String reference,
        String councilGss,
        String councilName,
        ChallengeType type,
        @Nullable Long reviewsChallengeId,
        String frameworkId,
        String rulesId,
        ChallengeState state,
        @Nullable LocalDate onSiteStart,
        @Nullable LocalDate onSiteEnd,
        @Nullable PoliticalControl politicalControl,
        @Nullable Long managerUserId,
        @Nullable String managerName,
        @Nullable Long adviserUserId,
        @Nullable String adviserName,
        LocalDate enquiryOn,
        @Nullable LocalDate bookedOn,
        boolean scopeAgreed,
        @Nullable LocalDate reportPublishedOn,
        @Nullable String reportUrl,
        @Nullable LocalDate actionPlanPublishedOn,
        @Nullable LocalDate progressReviewOn,
        boolean historic,
        @Nullable String notes,
        int version) {

    /**
     * This challenge as people outside the LGA see it: without its internal notes, which are for LGA
     * staff only (page, edit page and API alike).
     */
    public Challenge withoutNotes() {
        return notes == null
                ? this
                : new Challenge(
                        id,
                        reference,
                        councilGss,
                        councilName,
                        type,
                        reviewsChallengeId,
                        frameworkId,
                        rulesId,
                        state,
                        onSiteStart,
                        onSiteEnd,
                        politicalControl,
                        managerUserId,
                        managerName,
                        adviserUserId,
                        adviserName,
                        enquiryOn,
                        bookedOn,
                        scopeAgreed,
                        reportPublishedOn,
                        reportUrl,
                        actionPlanPublishedOn,
                        progressReviewOn,
                        historic,
                        null,
                        version);
    }

    public boolean hasVisitDates() {
        return onSiteStart != null && onSiteEnd != null;
    }

    /** Days on site, counting both ends (0 when not set). */
    public int daysOnSite() {
        return hasVisitDates() ? (int) (onSiteEnd.toEpochDay() - onSiteStart.toEpochDay()) + 1 : 0;
    }

    public boolean visitOverlaps(LocalDate start, LocalDate end) {
        return hasVisitDates() && !onSiteStart.isAfter(end) && !onSiteEnd.isBefore(start);
    }

    public String title() {
        return type.label() + ", " + councilName + (onSiteStart == null ? "" : ", " + onSiteStart.getYear());
    }
}

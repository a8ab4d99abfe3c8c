package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One edition of a published report as the public sees it: the frozen {@link ReportDocument} of that
 * edition, with its date, and every edition of the report (newest first) with the reason for each
 * correction. Read from {@code feedback_report_publication} only, so drafts never show here.
 *
 * @param edition the edition shown (the latest unless an earlier one was asked for)
 * @param editions every edition, newest first
 */
record PublishedReport(
        long reportId,
        long challengeId,
        String slug,
        int edition,
        LocalDate publishedOn,
        @Nullable String correctionReason,
        ReportDocument document,
        List<Edition> editions) {

    public PublishedReport {
        editions = List.copyOf(editions);
    }

    /** One edition of the report: 1 is the first publication, later ones are corrections with a reason. */
    public record Edition(int edition, LocalDate publishedOn, @Nullable String correctionReason) {}

    /** True when this is the newest edition. */
    public boolean latest() {
        return editions.isEmpty() || editions.getFirst().edition() == edition;
    }

    /** The editions other than the one shown, newest first. */
    public List<Edition> otherEditions() {
        return editions.stream().filter(e -> e.edition() != edition).toList();
    }

    /** The page's address, root-relative. */
    public String href() {
        return "/published-reports/" + slug;
    }
}

package org.peerchallengehub.reporting;

/**
 * Published inside the transaction that publishes an edition of a report (its first publication or a
 * correction): listeners in this module do what must happen with it (the back catalogue entry, the
 * outputs) in the same transaction, so a publication is never half done.
 *
 * @param publicationId the feedback_report_publication row
 * @param edition 1 for the first publication, more for a correction
 */
record ReportPublished(long reportId, long challengeId, long publicationId, int edition, String slug) {}

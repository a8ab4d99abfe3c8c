package org.peerchallengehub.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * What became of one file offered for import.
 *
 * @param status imported, updated, a duplicate waiting for a decision, skipped, or refused
 * @param challengeId the challenge the report belongs to (or would replace), when there is one
 * @param reportId the saved report, when one was saved
 * @param message one sentence for the person importing
 */
public record ImportOutcome(Status status, @Nullable Long challengeId, @Nullable Long reportId, String message) {

    /** The outcomes a file can have. */
    public enum Status {
        IMPORTED("Imported"),
        UPDATED("Updated"),
        DUPLICATE("Duplicate"),
        SKIPPED("Duplicate skipped"),
        REFUSED("Not imported");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static ImportOutcome refused(String message) {
        return new ImportOutcome(Status.REFUSED, null, null, message);
    }
}

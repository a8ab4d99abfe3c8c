package org.peerchallengehub.actions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An action plan as read: its working copy with every entry, action, note, link and comment. */
record PlanView(
        long id,
        long challengeId,
        String councilGss,
        long reportId,
        LocalDate reportFinalOn,
        @Nullable LocalDate publicationDue,
        String state,
        int nextVersion,
        @Nullable Integer publishedVersion,
        @Nullable String slug,
        int lockVersion,
        List<Entry> entries,
        List<Comment> comments,
        List<Version> versions) {

    public boolean published() {
        return "PUBLISHED".equals(state);
    }

    /** One recommendation and the council's answer. */
    record Entry(
            long id,
            String ref,
            int number,
            @Nullable String sectionHeading,
            String text,
            @Nullable Response response,
            @Nullable String reason,
            List<Action> actions) {
        public boolean key() {
            return ref.startsWith("key:");
        }

        public @Nullable String responseLabel() {
            return response == null ? null : response.label();
        }

        public boolean takesActions() {
            return response == null || response.takesActions();
        }
    }

    record Action(
            long id,
            long entryId,
            String description,
            String ownerPost,
            LocalDate dueOn,
            ActionStatus status,
            int lockVersion,
            List<Progress> progress,
            List<Evidence> evidence) {
        public String statusLabel() {
            return status.label();
        }

        public boolean overdue(LocalDate today) {
            return !status.done() && dueOn.isBefore(today);
        }

        public boolean dueSoon(LocalDate today) {
            return !status.done() && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(14));
        }
    }

    record Progress(long id, LocalDate notedOn, String text, String createdBy) {}

    record Evidence(long id, String url, String label) {}

    record Comment(
            long id, @Nullable Long entryId, String text, String authorName, String authorRole, OffsetDateTime at) {}

    record Version(int number, String submittedBy, OffsetDateTime submittedAt, @Nullable LocalDate publishedOn) {}
}

package org.peerchallengehub.knowledge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files uploaded for import, one batch per upload. To review: each file waits until someone checks
 * and saves (or skips) it. In bulk: files are imported one after another in the background by
 * {@link BulkImports}, each in its own transaction, so one bad file never stops the rest or leaves
 * half a record, and a batch goes on after a restart or on another node. A bulk file refused for a
 * reason a person can fix keeps its bytes and waits to be corrected in review (or dismissed).
 */
@Service
class ReportUploads {

    /** How the files of a batch are imported. */
    public enum Mode {
        /** Each file reviewed, and perhaps corrected, before it is saved. */
        REVIEW,
        /** All saved in the background; duplicates skipped. */
        BULK_SKIP,
        /** All saved in the background; duplicates replace the earlier report. */
        BULK_UPDATE
    }

    /** One uploaded file and what became of it (no content). */
    public record Upload(
            long id,
            UUID batchId,
            int position,
            String fileName,
            Mode mode,
            String status,
            @Nullable String message,
            @Nullable Long challengeId,
            @Nullable Long reportId,
            OffsetDateTime uploadedAt,
            @Nullable String uploadedName,
            int attempts,
            boolean importing,
            boolean kept) {

        /** Nothing more will happen to the file: it is neither waiting nor waiting for a person. */
        public boolean finished() {
            return !status.equals("WAITING") && !reviewable();
        }

        /**
         * A person can open the file in review: it is waiting for review, is a duplicate to decide, was
         * refused for a reason a person can fix, or was skipped as a duplicate in bulk (to update instead).
         */
        public boolean reviewable() {
            return switch (status) {
                case "TO_REVIEW", "DUPLICATE", "TO_CORRECT" -> true;
                case "SKIPPED" -> kept;
                default -> false;
            };
        }

        public String statusLabel() {
            return switch (status) {
                case "WAITING" -> importing ? "Importing" : "Waiting";
                case "TO_REVIEW" -> "To review";
                case "DUPLICATE" -> "Duplicate: update or skip";
                case "TO_CORRECT" -> "Needs correcting";
                case "IMPORTED" -> "Imported";
                case "UPDATED" -> "Updated";
                case "SKIPPED" -> "Duplicate skipped";
                case "REFUSED" -> "Not imported";
                case "DISMISSED" -> "Dismissed";
                default -> "Unreadable";
            };
        }

        /** The link text on the batch page for a file a person can open. */
        public String actionLabel() {
            return switch (status) {
                case "TO_CORRECT" -> "Correct";
                case "SKIPPED" -> "Update or dismiss";
                default -> "Review";
            };
        }

        public String tagColour() {
            return switch (status) {
                case "IMPORTED", "UPDATED" -> "govuk-tag--green";
                case "REFUSED", "UNREADABLE" -> "govuk-tag--red";
                case "SKIPPED", "DUPLICATE", "TO_CORRECT" -> "govuk-tag--yellow";
                case "WAITING" -> importing ? "" : "govuk-tag--grey";
                default -> "govuk-tag--grey";
            };
        }
    }

    /** A file as uploaded: its name and bytes. */
    public record File(String name, byte[] content) {}

    private final JdbcClient jdbc;
    private final ReportParser parser;
    private final ReportImporter importer;
    private final AuditTrail audit;
    private final BulkImports bulk;
    private final TransactionTemplate transaction;

    ReportUploads(
            JdbcClient jdbc,
            ReportParser parser,
            ReportImporter importer,
            AuditTrail audit,
            BulkImports bulk,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.importer = importer;
        this.audit = audit;
        this.bulk = bulk;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Stores the files (a ZIP's entries one by one) as a new batch in one transaction and, in bulk,
     * wakes the background import (which any node may then take up, and which goes on after a restart).
     */
    public UUID upload(List<File> files, Mode mode, @Nullable CurrentUser by) {
        UUID batch = UUID.randomUUID();
        transaction.executeWithoutResult(status -> store(batch, files, mode, by));
        if (mode != Mode.REVIEW) {
            bulk.wake();
        }
        return batch;
    }

    private void store(UUID batch, List<File> files, Mode mode, @Nullable CurrentUser by) {
        int position = 0;
        for (File file : files) {
            String name = clip(file.name());
            if (ZipUploads.isZip(name, file.content()) && !ZipUploads.isWebPages(file.content())) {
                try {
                    for (ZipUploads.Entry entry : ZipUploads.entries(file.content())) {
                        insert(
                                batch,
                                position++,
                                name + " › " + entry.name(),
                                entry.content(),
                                mode,
                                entry.refusal(),
                                by);
                    }
                } catch (ZipUploads.Refused refused) {
                    insert(batch, position++, name, new byte[0], mode, refused.getMessage(), by);
                }
            } else {
                insert(batch, position++, name, file.content(), mode, null, by);
            }
        }
        audit.record(
                by,
                AuditEntry.of(
                                "report.uploaded",
                                "report-upload",
                                batch,
                                (mode == Mode.REVIEW ? "Uploaded " : "Started a bulk import of ") + position
                                        + " report files")
                        .with(Map.of("mode", mode.name(), "files", position)));
    }

    private void insert(
            UUID batch,
            int position,
            String name,
            byte[] content,
            Mode mode,
            @Nullable String refusal,
            @Nullable CurrentUser by) {
        String status = refusal != null ? "UNREADABLE" : mode == Mode.REVIEW ? "TO_REVIEW" : "WAITING";
        jdbc.sql(
                        """
                        insert into report_upload (batch_id, position, file_name, content, mode, status, message,
                          uploaded_by, uploaded_name, uploaded_email, uploaded_role, finished_at)
                        values (:batch, :position, :name, :content, :mode, :status, :message, :by, :byName,
                          :byEmail, :byRole, case when :finished then now() end)
                        """)
                .param("batch", batch)
                .param("position", position)
                .param("name", clip(name))
                .param("content", refusal != null ? new byte[0] : content)
                .param("mode", mode.name())
                .param("status", status)
                .param("message", refusal)
                .param("by", by == null ? null : by.id())
                .param("byName", by == null ? null : by.displayName())
                .param("byEmail", by == null ? null : by.email())
                .param("byRole", by == null ? null : by.role().name())
                .param("finished", refusal != null)
                .update();
        if (refusal != null) {
            audit.record(
                    by,
                    AuditEntry.of(
                            "report.import-refused",
                            "report-upload",
                            batch,
                            "Did not import " + name + ": " + refusal));
        }
    }

    /** Reads an uploaded file again for its review page. */
    public ReadReport read(long id) {
        return parser.read(content(id));
    }

    /**
     * Saves a reviewed (perhaps corrected) file; a duplicate comes back to be decided unless {@code
     * onDuplicate} says. The file's row is locked while it is saved, so two people saving it at once
     * import it once; the report and the file's outcome commit together.
     */
    public ImportOutcome saveReviewed(
            long id, ReadReport corrected, OnDuplicate onDuplicate, @Nullable CurrentUser by) {
        return transaction.execute(status -> {
            Upload upload = lockReviewable(id);
            ImportOutcome outcome = importer.save(upload.fileName(), content(id), corrected, onDuplicate, by);
            if (outcome.status() == ImportOutcome.Status.DUPLICATE) {
                jdbc.sql(
                                "update report_upload set status = 'DUPLICATE', message = :m, challenge_id = :c where id = :id")
                        .param("m", outcome.message())
                        .param("c", outcome.challengeId())
                        .param("id", id)
                        .update();
            } else if (outcome.status() != ImportOutcome.Status.REFUSED) {
                finish(id, outcome);
            }
            return outcome;
        });
    }

    /**
     * Sets aside a file waiting for a person (to review, to correct, a duplicate, or skipped in bulk):
     * it ends DISMISSED, its bytes are dropped, and the audit trail says who dismissed it.
     */
    public void dismiss(long id, @Nullable CurrentUser by) {
        transaction.executeWithoutResult(status -> {
            Upload upload = lockReviewable(id);
            String who = by == null ? "Dismissed." : "Dismissed by " + by.displayName() + ".";
            String message = upload.message() == null ? who : who + " " + upload.message();
            jdbc.sql(
                            """
                            update report_upload set status = 'DISMISSED', message = :m, finished_at = now(),
                              content = ''::bytea
                            where id = :id
                            """)
                    .param("m", message)
                    .param("id", id)
                    .update();
            audit.record(
                    by,
                    AuditEntry.of(
                                    "report.import-dismissed",
                                    "report-upload",
                                    id,
                                    "Dismissed " + upload.fileName() + " without importing it")
                            .with(Map.of("batch", upload.batchId().toString(), "status", upload.status())));
        });
    }

    /** The file's row locked for this transaction; refused unless a person can still act on it. */
    private Upload lockReviewable(long id) {
        jdbc.sql("select id from report_upload where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        Upload upload = find(id).orElseThrow();
        if (!upload.reviewable()) {
            throw new AlreadyDealtWith();
        }
        return upload;
    }

    /** The file was saved, skipped or dismissed meanwhile (by someone else, or in another tab). */
    public static final class AlreadyDealtWith extends IllegalStateException {
        AlreadyDealtWith() {
            super("The file has already been dealt with");
        }
    }

    /** Marks a file that cannot be read as such (for review pages). */
    public void markUnreadable(long id, String reason, @Nullable CurrentUser by) {
        unreadable(id, find(id).orElseThrow().fileName(), reason, by);
    }

    public List<Upload> batch(UUID batch) {
        return jdbc.sql(SELECT + " where batch_id = :b order by position")
                .param("b", batch)
                .query(ReportUploads::row)
                .list();
    }

    public Optional<Upload> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ReportUploads::row)
                .optional();
    }

    /** The most recent batches' first rows, newest first, for the import page. */
    public List<Upload> recentBatches() {
        return jdbc.sql(SELECT + " where position = 0 order by uploaded_at desc limit 10")
                .query(ReportUploads::row)
                .list();
    }

    private static final String SELECT =
            """
            select id, batch_id, position, file_name, mode, status, message, challenge_id, report_id, uploaded_at,
              uploaded_name, attempts, coalesce(claimed_until > clock_timestamp(), false) as importing,
              octet_length(content) > 0 as kept
            from report_upload""";

    private static Upload row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Upload(
                rs.getLong("id"),
                rs.getObject("batch_id", UUID.class),
                rs.getInt("position"),
                rs.getString("file_name"),
                Mode.valueOf(rs.getString("mode")),
                rs.getString("status"),
                rs.getString("message"),
                rs.getObject("challenge_id", Long.class),
                rs.getObject("report_id", Long.class),
                rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getString("uploaded_name"),
                rs.getInt("attempts"),
                rs.getBoolean("importing"),
                rs.getBoolean("kept"));
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from report_upload where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    private void finish(long id, ImportOutcome outcome) {
        jdbc.sql(
                        """
                        update report_upload set status = :s, message = :m, challenge_id = :c, report_id = :r,
                          finished_at = :at, content = ''::bytea
                        where id = :id
                        """)
                .param("s", outcome.status().name())
                .param("m", outcome.message())
                .param("c", outcome.challengeId())
                .param("r", outcome.reportId())
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .param("id", id)
                .update();
    }

    private void unreadable(long id, String name, String reason, @Nullable CurrentUser by) {
        jdbc.sql(
                        "update report_upload set status = 'UNREADABLE', message = :m, finished_at = now(), content = ''::bytea "
                                + "where id = :id")
                .param("m", reason)
                .param("id", id)
                .update();
        audit.record(
                by,
                AuditEntry.of("report.import-refused", "report-upload", id, "Did not import " + name + ": " + reason));
    }

    private static String clip(String name) {
        String stripped = name.strip().isEmpty() ? "report" : name.strip();
        return stripped.length() > 300 ? stripped.substring(0, 300) : stripped;
    }
}

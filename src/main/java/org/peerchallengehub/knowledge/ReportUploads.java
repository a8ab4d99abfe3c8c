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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Files uploaded for import, one batch per upload. To review: each file waits until someone checks
 * and saves (or skips) it. In bulk: files are imported one after another in the background, each in
 * its own transaction, so one bad file never stops the rest or leaves half a record.
 */
@Service
public class ReportUploads {

    private static final Logger log = LoggerFactory.getLogger(ReportUploads.class);

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
            OffsetDateTime uploadedAt) {

        public boolean finished() {
            return !status.equals("WAITING") && !status.equals("TO_REVIEW") && !status.equals("DUPLICATE");
        }

        public boolean reviewable() {
            return status.equals("TO_REVIEW") || status.equals("DUPLICATE");
        }

        public String statusLabel() {
            return switch (status) {
                case "WAITING" -> "Waiting";
                case "TO_REVIEW" -> "To review";
                case "DUPLICATE" -> "Duplicate: update or skip";
                case "IMPORTED" -> "Imported";
                case "UPDATED" -> "Updated";
                case "SKIPPED" -> "Duplicate skipped";
                case "REFUSED" -> "Not imported";
                default -> "Unreadable";
            };
        }

        public String tagColour() {
            return switch (status) {
                case "IMPORTED", "UPDATED" -> "govuk-tag--green";
                case "REFUSED", "UNREADABLE" -> "govuk-tag--red";
                case "SKIPPED", "DUPLICATE" -> "govuk-tag--yellow";
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
    private final TaskExecutor executor;

    ReportUploads(
            JdbcClient jdbc,
            ReportParser parser,
            ReportImporter importer,
            AuditTrail audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.importer = importer;
        this.audit = audit;
        this.executor = executor;
    }

    /** Stores the files (a ZIP's entries one by one) as a new batch and, in bulk, starts importing them. */
    public UUID upload(List<File> files, Mode mode, @Nullable CurrentUser by) {
        UUID batch = UUID.randomUUID();
        int position = 0;
        for (File file : files) {
            String name = clip(file.name());
            if (ZipUploads.isZip(name, file.content())) {
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
                                "Uploaded " + position + " report files to import")
                        .with(Map.of("mode", mode.name(), "files", position)));
        if (mode != Mode.REVIEW) {
            executor.execute(() -> process(batch, by));
        }
        return batch;
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
                          uploaded_by, uploaded_name, finished_at)
                        values (:batch, :position, :name, :content, :mode, :status, :message, :by, :byName,
                          case when :finished then now() end)
                        """)
                .param("batch", batch)
                .param("position", position)
                .param("name", clip(name))
                .param("content", content)
                .param("mode", mode.name())
                .param("status", status)
                .param("message", refusal)
                .param("by", by == null ? null : by.id())
                .param("byName", by == null ? null : by.displayName())
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

    /** Imports the batch's waiting files one by one; each outcome is recorded on its row. */
    void process(UUID batch, @Nullable CurrentUser by) {
        List<Long> waiting = jdbc.sql(
                        "select id from report_upload where batch_id = :b and status = 'WAITING' order by position")
                .param("b", batch)
                .query(Long.class)
                .list();
        for (long id : waiting) {
            Upload upload = find(id).orElseThrow();
            byte[] content = content(id);
            OnDuplicate onDuplicate = upload.mode() == Mode.BULK_UPDATE ? OnDuplicate.UPDATE : OnDuplicate.SKIP;
            try {
                ReadReport read = parser.read(content);
                finish(id, importer.save(upload.fileName(), content, read, onDuplicate, by));
            } catch (UnreadableReport unreadable) {
                unreadable(id, upload.fileName(), unreadable.getMessage(), by);
            } catch (RuntimeException e) {
                log.warn("Importing {} failed", upload.fileName(), e);
                unreadable(
                        id,
                        upload.fileName(),
                        "The report could not be saved: " + e.getClass().getSimpleName(),
                        by);
            }
        }
    }

    /** Reads an uploaded file again for its review page. */
    public ReadReport read(long id) {
        return parser.read(content(id));
    }

    /** Saves a reviewed (perhaps corrected) file; a duplicate comes back to be decided unless {@code onDuplicate} says. */
    public ImportOutcome saveReviewed(
            long id, ReadReport corrected, OnDuplicate onDuplicate, @Nullable CurrentUser by) {
        Upload upload = find(id).orElseThrow();
        if (!upload.reviewable()) {
            throw new IllegalStateException("The file has already been dealt with");
        }
        ImportOutcome outcome = importer.save(upload.fileName(), content(id), corrected, onDuplicate, by);
        if (outcome.status() == ImportOutcome.Status.DUPLICATE) {
            jdbc.sql("update report_upload set status = 'DUPLICATE', message = :m, challenge_id = :c where id = :id")
                    .param("m", outcome.message())
                    .param("c", outcome.challengeId())
                    .param("id", id)
                    .update();
        } else if (outcome.status() != ImportOutcome.Status.REFUSED) {
            finish(id, outcome);
        }
        return outcome;
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
            "select id, batch_id, position, file_name, mode, status, message, challenge_id, report_id, uploaded_at from report_upload";

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
                rs.getObject("uploaded_at", OffsetDateTime.class));
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

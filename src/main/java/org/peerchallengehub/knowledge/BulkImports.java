package org.peerchallengehub.knowledge;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.knowledge.ReportUploads.Mode;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the waiting files of bulk uploads, on whichever node is free, and goes on after a
 * restart (decision 0011).
 *
 * <p>A file is <em>claimed</em> in a short transaction of its own: the oldest waiting file whose
 * lease has run out is taken with {@code for update skip locked}, given a new claim token, this
 * node's name, a lease ({@code hub.knowledge.bulk-import.lease}, 30 s) and one more attempt. It is
 * then imported in one transaction that first locks the row again by its token and holds that lock
 * until the outcome is written with the report: while a node works on a file no other node can
 * claim it (the row is locked, so {@code skip locked} passes it over, whatever the lease says); if
 * the node dies, PostgreSQL drops its lock and rolls its work back, and once the lease has run out
 * the file is claimed again. A node that finds its token replaced leaves the file alone, so a file
 * is imported at most once. A file claimed more than {@code max-attempts} (3) times without an
 * outcome — one that keeps stopping the process — ends UNREADABLE with that reason.
 *
 * <p>Work starts when a bulk upload is stored, when the application is ready (resuming what a
 * stopped node left) and every {@code poll} (10 s), which also picks up what another node left.
 */
@Component
class BulkImports {

    private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

    /** A file claimed by this node: its row and the token that proves the claim is still ours. */
    record Claim(long id, UUID token, int attempts) {}

    private final JdbcClient jdbc;
    private final ReportParser parser;
    private final ReportImporter importer;
    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final String node;
    private final Duration lease;
    private final Duration poll;
    private final int maxAttempts;

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopped;
    private @Nullable ScheduledExecutorService poller;

    @Autowired
    BulkImports(
            JdbcClient jdbc,
            ReportParser parser,
            ReportImporter importer,
            AuditTrail audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactions,
            @Value("${hub.knowledge.bulk-import.lease:30s}") Duration lease,
            @Value("${hub.knowledge.bulk-import.poll:10s}") Duration poll,
            @Value("${hub.knowledge.bulk-import.max-attempts:3}") int maxAttempts) {
        this(jdbc, parser, importer, audit, executor, transactions, nodeName(), lease, poll, maxAttempts);
    }

    BulkImports(
            JdbcClient jdbc,
            ReportParser parser,
            ReportImporter importer,
            AuditTrail audit,
            TaskExecutor executor,
            PlatformTransactionManager transactions,
            String node,
            Duration lease,
            Duration poll,
            int maxAttempts) {
        if (lease.isNegative() || lease.isZero() || poll.isNegative() || poll.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "hub.knowledge.bulk-import: lease and poll must be positive, max-attempts at least 1");
        }
        this.jdbc = jdbc;
        this.parser = parser;
        this.importer = importer;
        this.audit = audit;
        this.executor = executor;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node.length() > 200 ? node.substring(0, 200) : node;
        this.lease = lease;
        this.poll = poll;
        this.maxAttempts = maxAttempts;
    }

    /** This process's name in claims: host, process id and a random part (a restarted node is a new one). */
    static String nodeName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    String node() {
        return node;
    }

    /**
     * At start-up: resume what was left waiting, then look again every {@code poll}. Nothing here
     * runs on the start-up thread, so readiness is not delayed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        startPolling();
        executor.execute(() -> {
            try {
                long waiting = jdbc.sql("select count(*) from report_upload where status = 'WAITING'")
                        .query(Long.class)
                        .single();
                if (waiting > 0) {
                    log.info("Bulk import: {} files waiting; resuming on {}", waiting, node);
                }
            } catch (RuntimeException e) {
                log.warn("Bulk import: could not count the waiting files: {}", e.getMessage());
            }
            wake();
        });
    }

    private synchronized void startPolling() {
        if (poller != null || stopped) {
            return;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bulk-import-poll").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::wake, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        poller = scheduler;
    }

    /** Stops claiming files; a file being imported is left to its transaction (and its lease). */
    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    /** Starts working through the waiting files in the background, unless this node already is. */
    void wake() {
        if (stopped) {
            return;
        }
        pending.set(true);
        if (busy.compareAndSet(false, true)) {
            try {
                executor.execute(this::work);
            } catch (RuntimeException e) {
                busy.set(false);
                log.warn("Bulk import: could not start: {}", e.getMessage());
            }
        }
    }

    private void work() {
        try {
            while (pending.getAndSet(false) && !stopped) {
                drain(null);
            }
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("Bulk import stopped; it is tried again within {}", poll, e);
            }
        } finally {
            busy.set(false);
        }
        if (pending.get() && !stopped) {
            wake();
        }
    }

    /**
     * Claims and imports waiting files, one at a time, until none is left to claim.
     *
     * @param batch only this batch's files, or every batch's when null
     * @return how many files this call claimed
     */
    int drain(@Nullable UUID batch) {
        int claimed = 0;
        while (!stopped) {
            Optional<Claim> claim = claim(batch);
            if (claim.isEmpty()) {
                return claimed;
            }
            claimed++;
            process(claim.get());
        }
        return claimed;
    }

    /** Takes the oldest waiting file no live node is working on, in a transaction of its own. */
    Optional<Claim> claim(@Nullable UUID batch) {
        return Optional.ofNullable(transaction.execute(status -> jdbc.sql(
                        """
                        with next as (
                          select id from report_upload
                          where status = 'WAITING' and (claimed_until is null or claimed_until < clock_timestamp())
                            and (cast(:batch as uuid) is null or batch_id = cast(:batch as uuid))
                          order by uploaded_at, batch_id, position
                          limit 1
                          for update skip locked)
                        update report_upload u
                        set claim_token = :token, claimed_by = :node, attempts = u.attempts + 1,
                            claimed_until = clock_timestamp() + make_interval(secs => :lease)
                        from next where u.id = next.id
                        returning u.id, u.claim_token, u.attempts
                        """)
                .param("batch", batch)
                .param("token", UUID.randomUUID())
                .param("node", node)
                .param("lease", lease.toMillis() / 1000.0)
                .query((rs, n) -> new Claim(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3)))
                .optional()
                .orElse(null)));
    }

    /** The claimed row, locked for this transaction; empty when another node has claimed it since. */
    private record Locked(
            long id, UUID batch, String fileName, Mode mode, int attempts, byte[] content, @Nullable CurrentUser by) {}

    /** Imports one claimed file: the import and its outcome commit together, or nothing does. */
    void process(Claim claim) {
        AtomicBoolean readable = new AtomicBoolean();
        try {
            transaction.executeWithoutResult(status -> {
                Optional<Locked> locked = lock(claim);
                if (locked.isEmpty()) {
                    log.info("Bulk import: file {} was claimed by another node; leaving it", claim.id());
                    return;
                }
                importLocked(locked.get(), readable);
            });
        } catch (RuntimeException e) {
            if (stopped) {
                // Shutting down: the transaction was rolled back; the file is claimed again after a restart.
                return;
            }
            log.warn("Bulk import: file {} could not be saved", claim.id(), e);
            transaction.executeWithoutResult(status -> lock(claim).ifPresent(locked -> {
                if (readable.get()) {
                    // Read, but the database refused the record: a person may correct it in review.
                    notSaved(
                            locked,
                            "The report could not be saved as read ("
                                    + e.getClass().getSimpleName()
                                    + "): check the team and the dates, then save it again.");
                } else {
                    unreadable(
                            locked,
                            "The report could not be read: " + e.getClass().getSimpleName());
                }
            }));
        }
    }

    private Optional<Locked> lock(Claim claim) {
        return jdbc.sql(
                        """
                        select id, batch_id, file_name, mode, attempts, content, uploaded_by, uploaded_email,
                          uploaded_name, uploaded_role
                        from report_upload
                        where id = :id and claim_token = :token and status = 'WAITING'
                        for update
                        """)
                .param("id", claim.id())
                .param("token", claim.token())
                .query((rs, n) -> new Locked(
                        rs.getLong("id"),
                        rs.getObject("batch_id", UUID.class),
                        rs.getString("file_name"),
                        Mode.valueOf(rs.getString("mode")),
                        rs.getInt("attempts"),
                        rs.getBytes("content"),
                        uploader(
                                rs.getObject("uploaded_by", Long.class),
                                rs.getString("uploaded_email"),
                                rs.getString("uploaded_name"),
                                rs.getString("uploaded_role"))))
                .optional();
    }

    /** The person who uploaded the batch, as the audit trail records them. */
    static @Nullable CurrentUser uploader(
            @Nullable Long id, @Nullable String email, @Nullable String name, @Nullable String role) {
        if (id == null || email == null) {
            return null;
        }
        Role known = role == null
                ? Role.PROGRAMME_TEAM
                : Arrays.stream(Role.values())
                        .filter(r -> r.name().equals(role))
                        .findFirst()
                        .orElse(Role.PROGRAMME_TEAM);
        return new CurrentUser(id, email, name == null ? email : name, known, null);
    }

    private void importLocked(Locked file, AtomicBoolean readable) {
        if (file.attempts() > maxAttempts) {
            unreadable(
                    file,
                    "The import stopped " + (file.attempts() - 1)
                            + " times while reading this file, so it was set aside: check the file and upload it again.");
            return;
        }
        if (file.attempts() > 1) {
            audit.record(
                    file.by(),
                    AuditEntry.of(
                                    "report.import-resumed",
                                    "report-upload",
                                    file.id(),
                                    "Tried " + file.fileName()
                                            + " again: the import stopped before it was finished (attempt "
                                            + file.attempts() + ")")
                            .with(Map.of("batch", file.batch().toString(), "node", node)));
        }
        ReadReport read;
        try {
            read = parser.read(file.content());
        } catch (UnreadableReport unreadable) {
            unreadable(file, unreadable.getMessage());
            return;
        }
        readable.set(true);
        OnDuplicate onDuplicate = file.mode() == Mode.BULK_UPDATE ? OnDuplicate.UPDATE : OnDuplicate.SKIP;
        ImportOutcome outcome = importer.save(file.fileName(), file.content(), read, onDuplicate, file.by());
        boolean fixable = outcome.status() == ImportOutcome.Status.SKIPPED
                || (outcome.status() == ImportOutcome.Status.REFUSED
                        && read.report().documentType() != ParsedReport.DocumentType.OTHER);
        String status = outcome.status() == ImportOutcome.Status.REFUSED && fixable
                ? "TO_CORRECT"
                : outcome.status().name();
        jdbc.sql(
                        """
                        update report_upload set status = :s, message = :m, challenge_id = :c, report_id = :r,
                          finished_at = now(), claimed_until = null,
                          content = case when :keep then content else ''::bytea end
                        where id = :id
                        """)
                .param("s", status)
                .param("m", outcome.message())
                .param("c", outcome.challengeId())
                .param("r", outcome.reportId())
                .param("keep", fixable)
                .param("id", file.id())
                .update();
    }

    /** Refused by the database after it was read: kept, to be corrected in review or dismissed. */
    private void notSaved(Locked file, String reason) {
        jdbc.sql(
                        """
                        update report_upload set status = 'TO_CORRECT', message = :m, finished_at = now(),
                          claimed_until = null
                        where id = :id
                        """)
                .param("m", reason)
                .param("id", file.id())
                .update();
        audit.record(
                file.by(),
                AuditEntry.of(
                                "report.import-refused",
                                "report-upload",
                                file.id(),
                                "Did not import " + file.fileName() + ": " + reason)
                        .with(Map.of("batch", file.batch().toString())));
    }

    private void unreadable(Locked file, String reason) {
        jdbc.sql(
                        """
                        update report_upload set status = 'UNREADABLE', message = :m, finished_at = now(),
                          claimed_until = null, content = ''::bytea
                        where id = :id
                        """)
                .param("m", reason)
                .param("id", file.id())
                .update();
        audit.record(
                file.by(),
                AuditEntry.of(
                                "report.import-refused",
                                "report-upload",
                                file.id(),
                                "Did not import " + file.fileName() + ": " + reason)
                        .with(Map.of("batch", file.batch().toString())));
    }
}

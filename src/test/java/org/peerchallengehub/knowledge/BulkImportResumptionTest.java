package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.ReportUploads.Upload;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk imports that survive a node stopping: files left waiting (some claimed by a node that died)
 * are taken up the way start-up does it and each reaches one final outcome, imported once; a file
 * that keeps stopping the process is set aside; a file another node is still working on is left
 * alone; and two workers draining the same batch never take the same file.
 */
@HubIntegrationTest
class BulkImportResumptionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkImports bulk;

    @Autowired
    ReportUploads uploads;

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    /** The sample report as another council's, visited on other dates. */
    static byte[] report(String council, String dates) {
        return SampleReport.TEXT
                .replace(SampleReport.COUNCIL, council)
                .replace("3 – 6 March 2025", dates)
                .getBytes(StandardCharsets.UTF_8);
    }

    record Uploader(long id, String email, String name, String role) {}

    Uploader manager() {
        return jdbc.sql("select id, email, display_name, role from user_account where email = :e")
                .param("e", Demo.MANAGER)
                .query((rs, n) -> new Uploader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    /** A row as a node leaves it: waiting, perhaps claimed (by a node that may since have died). */
    long row(
            UUID batch,
            int position,
            String name,
            byte[] content,
            String status,
            @Nullable String claimedBy,
            @Nullable Instant claimedUntil,
            int attempts) {
        Uploader by = manager();
        return jdbc.sql(
                        """
                        insert into report_upload (batch_id, position, file_name, content, mode, status, uploaded_by,
                          uploaded_name, uploaded_email, uploaded_role, claim_token, claimed_by, claimed_until, attempts)
                        values (:b, :p, :n, :c, 'BULK_SKIP', :s, :by, :byName, :byEmail, :byRole,
                          case when cast(:claimedBy as text) is null then null else gen_random_uuid() end,
                          :claimedBy, :until, :attempts)
                        returning id
                        """)
                .param("b", batch)
                .param("p", position)
                .param("n", name)
                .param("c", content)
                .param("s", status)
                .param("by", by.id())
                .param("byName", by.name())
                .param("byEmail", by.email())
                .param("byRole", by.role())
                .param("claimedBy", claimedBy)
                .param("until", claimedUntil == null ? null : java.sql.Timestamp.from(claimedUntil))
                .param("attempts", attempts)
                .query(Long.class)
                .single();
    }

    List<Upload> settled(UUID batch, Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            List<Upload> files = uploads.batch(batch);
            if (files.stream().noneMatch(f -> f.status().equals("WAITING"))) {
                return files;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Files still waiting after " + within + ": " + uploads.batch(batch));
    }

    long reports(String fileName) {
        return jdbc.sql("select count(*) from report where file_name = :f")
                .param("f", fileName)
                .query(Long.class)
                .single();
    }

    long audited(String action, String fileName) {
        return jdbc.sql("select count(*) from audit_event where action = :a and details ->> 'file' = :f")
                .param("a", action)
                .param("f", fileName)
                .query(Long.class)
                .single();
    }

    long challenges(String gss, String start) {
        return jdbc.sql("select count(*) from challenge where council_gss = :g and on_site_start = cast(:s as date)")
                .param("g", gss)
                .param("s", start)
                .query(Long.class)
                .single();
    }

    @Test
    void
            after_a_restart_the_waiting_files_are_imported_once_each_and_a_file_that_kept_stopping_the_import_is_set_aside()
                    throws Exception {
        UUID batch = UUID.randomUUID();
        String tag = batch.toString().substring(0, 8);
        Instant past = Instant.now().minus(Duration.ofMinutes(5));
        long done = row(batch, 0, tag + "-done.txt", new byte[0], "IMPORTED", null, null, 1);
        long fresh = row(
                batch,
                1,
                tag + "-shropshire.txt",
                report("Shropshire Council", "10 – 12 June 2014"),
                "WAITING",
                null,
                null,
                0);
        long interrupted = row(
                batch,
                2,
                tag + "-lewes.txt",
                report("Lewes District Council", "10 – 12 June 2014"),
                "WAITING",
                "dead-node",
                past,
                1);
        long killer = row(
                batch,
                3,
                tag + "-eastleigh.txt",
                report("Eastleigh Borough Council", "10 – 12 June 2014"),
                "WAITING",
                "dead-node",
                past,
                3);
        long unknown = row(
                batch,
                4,
                tag + "-atlantis.txt",
                report("Atlantis District Council", "10 – 12 June 2014"),
                "WAITING",
                null,
                null,
                0);
        long broken = row(
                batch,
                5,
                tag + "-broken.pdf",
                "%PDF-1.7\nbroken".getBytes(StandardCharsets.ISO_8859_1),
                "WAITING",
                "dead-node",
                past,
                1);

        bulk.onReady();
        Map<Long, Upload> files =
                settled(batch, Duration.ofSeconds(60)).stream().collect(Collectors.toMap(Upload::id, f -> f));

        assertThat(files.get(done).status()).isEqualTo("IMPORTED");
        assertThat(files.get(done).attempts())
                .as("a finished file is never claimed")
                .isEqualTo(1);

        assertThat(files.get(fresh).status()).isEqualTo("IMPORTED");
        assertThat(files.get(fresh).attempts()).isEqualTo(1);
        assertThat(files.get(interrupted).status()).isEqualTo("IMPORTED");
        assertThat(files.get(interrupted).attempts()).isEqualTo(2);
        for (String name : List.of(tag + "-shropshire.txt", tag + "-lewes.txt")) {
            assertThat(reports(name)).as(name + " imported once").isEqualTo(1);
            assertThat(audited("report.imported", name)).isEqualTo(1);
        }
        assertThat(challenges("E06000051", "2014-06-10")).isEqualTo(1);
        assertThat(challenges("E07000063", "2014-06-10")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report_upload where id in (:ids) and octet_length(content) > 0")
                        .param("ids", List.of(fresh, interrupted))
                        .query(Long.class)
                        .single())
                .as("an imported file's bytes are dropped")
                .isZero();

        assertThat(files.get(killer).status()).isEqualTo("UNREADABLE");
        assertThat(files.get(killer).message()).contains("stopped 3 times");
        assertThat(files.get(killer).reviewable()).isFalse();
        assertThat(challenges("E07000086", "2014-06-10")).isZero();

        assertThat(files.get(unknown).status()).isEqualTo("TO_CORRECT");
        assertThat(files.get(unknown).message()).contains("council is not recognised");
        assertThat(files.get(unknown).reviewable()).isTrue();
        assertThat(files.get(unknown).kept()).isTrue();

        assertThat(files.get(broken).status()).isEqualTo("UNREADABLE");
        assertThat(files.get(broken).reviewable()).isFalse();

        // The work done after the restart is the uploader's in the audit trail, retries included.
        String manager = manager().email();
        assertThat(jdbc.sql(
                                "select distinct actor_email from audit_event where action = 'report.imported' and details ->> 'file' like :t")
                        .param("t", tag + "%")
                        .query(String.class)
                        .list())
                .containsExactly(manager);
        assertThat(jdbc.sql(
                                "select actor_email from audit_event where action = 'report.import-resumed' and subject_id = :id")
                        .param("id", Long.toString(interrupted))
                        .query(String.class)
                        .list())
                .containsExactly(manager);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'report.import-refused' and subject_id = :id")
                        .param("id", Long.toString(killer))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_report_the_database_refuses_saves_nothing_and_waits_to_be_corrected() throws Exception {
        UUID batch = UUID.randomUUID();
        String tag = batch.toString().substring(0, 8);
        // A real refusal by PostgreSQL part way through the import: after the challenge is written.
        jdbc.sql(
                        """
                        create function refuse_test_report() returns trigger language plpgsql as $$
                        begin
                          if new.file_name like '%-refused-by-db.txt' then raise exception 'refused for the test'; end if;
                          return new;
                        end $$
                        """)
                .update();
        jdbc.sql(
                        "create trigger refuse_test_report before insert on report for each row execute function refuse_test_report()")
                .update();
        try {
            row(
                    batch,
                    0,
                    tag + "-refused-by-db.txt",
                    report("Southend-on-Sea Borough Council", "20 – 22 January 2014"),
                    "WAITING",
                    null,
                    null,
                    0);
            worker("test-node-refused").drain(batch);
        } finally {
            jdbc.sql("drop trigger refuse_test_report on report").update();
            jdbc.sql("drop function refuse_test_report()").update();
        }
        Upload file = settled(batch, Duration.ofSeconds(30)).getFirst();
        assertThat(file.status()).isEqualTo("TO_CORRECT");
        assertThat(file.message()).startsWith("The report could not be saved as read");
        assertThat(file.reviewable()).isTrue();
        assertThat(file.kept()).isTrue();
        assertThat(challenges("E06000033", "2014-01-20"))
                .as("nothing half written")
                .isZero();
        assertThat(reports(tag + "-refused-by-db.txt")).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'report.import-refused' and subject_id = :id")
                        .param("id", Long.toString(file.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_file_another_node_is_working_on_is_left_alone_until_its_lock_and_lease_are_gone() throws Exception {
        UUID batch = UUID.randomUUID();
        String tag = batch.toString().substring(0, 8);
        // Claimed a moment ago by a node that is still within its lease.
        long leased = row(
                batch,
                0,
                tag + "-herefordshire.txt",
                report("Herefordshire Council", "14 – 16 October 2014"),
                "WAITING",
                "busy-node",
                Instant.now().plus(Duration.ofSeconds(4)),
                1);
        BulkImports worker = worker("test-node-lease");
        assertThat(worker.claim(batch)).as("the lease still runs").isEmpty();

        // Past its lease but still locked by the importing node's open transaction: still left alone.
        jdbc.sql("update report_upload set claimed_until = now() - interval '1 minute' where id = :id")
                .param("id", leased)
                .update();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> busyNode = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                String holder = jdbc.sql("select claimed_by from report_upload where id = :id for update")
                        .param("id", leased)
                        .query(String.class)
                        .single();
                assertThat(holder).isEqualTo("busy-node");
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.claim(batch))
                    .as("the row is locked by a live node")
                    .isEmpty();
            // The node dies: its connection ends, its transaction rolls back and the lock goes.
            release.countDown();
            busyNode.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        // Now the file is free: this worker or the application's own poller takes it, once.
        worker.drain(batch);
        Upload file = settled(batch, Duration.ofSeconds(30)).getFirst();
        assertThat(file.status()).isEqualTo("IMPORTED");
        assertThat(file.attempts()).isEqualTo(2);
        assertThat(reports(tag + "-herefordshire.txt")).isEqualTo(1);
        assertThat(challenges("E06000019", "2014-10-14")).isEqualTo(1);
    }

    @Test
    void two_workers_draining_the_same_batch_import_every_file_exactly_once() throws Exception {
        List<String> councils = List.of(
                "Broxbourne Borough Council",
                "South Gloucestershire Council",
                "Basingstoke and Deane Borough Council",
                "Milton Keynes Council",
                "Thanet District Council",
                "North East Lincolnshire Council",
                "Northumberland County Council",
                "Cambridge City Council");
        UUID batch = UUID.randomUUID();
        String tag = batch.toString().substring(0, 8);
        for (int i = 0; i < councils.size(); i++) {
            row(
                    batch,
                    i,
                    tag + "-" + i + ".txt",
                    report(councils.get(i), "2 – 4 September 2015"),
                    "WAITING",
                    i % 3 == 0 ? "dead-node" : null,
                    i % 3 == 0 ? Instant.now().minus(Duration.ofMinutes(1)) : null,
                    i % 3 == 0 ? 1 : 0);
        }
        BulkImports a = worker("test-node-a");
        BulkImports b = worker("test-node-b");
        CountDownLatch start = new CountDownLatch(1);
        // Two threads of their own (the common pool may have just one on a small machine).
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int claimedByA;
        int claimedByB;
        try {
            Future<Integer> byA = threads.submit(() -> await(start, () -> a.drain(batch)));
            Future<Integer> byB = threads.submit(() -> await(start, () -> b.drain(batch)));
            start.countDown();
            claimedByA = byA.get(120, TimeUnit.SECONDS);
            claimedByB = byB.get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(claimedByA).as("both workers took files").isPositive();
        assertThat(claimedByB).as("both workers took files").isPositive();

        List<Upload> files = settled(batch, Duration.ofSeconds(30));
        assertThat(files).hasSize(councils.size()).allSatisfy(f -> assertThat(f.status())
                .isEqualTo("IMPORTED"));
        for (int i = 0; i < councils.size(); i++) {
            Upload file = files.get(i);
            assertThat(file.attempts()).as(file.fileName() + " claimed once").isEqualTo(i % 3 == 0 ? 2 : 1);
            assertThat(reports(file.fileName()))
                    .as(file.fileName() + " imported once")
                    .isEqualTo(1);
            assertThat(audited("report.imported", file.fileName())).isEqualTo(1);
        }
        Map<String, Long> byNode = jdbc
                .sql("select claimed_by from report_upload where batch_id = :b")
                .param("b", batch)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        // Every claim is accounted for: the two workers' own counts, plus any the application's poller took.
        assertThat(byNode.getOrDefault("test-node-a", 0L)).isEqualTo(claimedByA);
        assertThat(byNode.getOrDefault("test-node-b", 0L)).isEqualTo(claimedByB);
        assertThat(claimedByA + claimedByB + byNode.getOrDefault(bulk.node(), 0L))
                .isEqualTo(councils.size());
        assertThat(byNode.keySet()).isSubsetOf("test-node-a", "test-node-b", bulk.node());
    }

    private BulkImports worker(String node) {
        return new BulkImports(
                jdbc,
                parser,
                importer,
                audit,
                new SyncTaskExecutor(),
                transactions,
                node,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                3);
    }

    private static <T> T await(CountDownLatch start, java.util.function.Supplier<T> work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.get();
    }
}

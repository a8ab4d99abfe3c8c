package org.peerchallengehub.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.parser.ReportReading;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the whole import of a report costs against the bare text extraction of the same file
 * (decision 0011's "at most twice"), and what decision 0013's triggers add to it: the embedding queue
 * and the search facets. Each fixture PDF is imported again and again — an update of the same
 * challenge with the triggers on, then off, in alternating rounds, and with the triggers on also a
 * first import (the same file with its on-site dates moved, so a new challenge), taking turns with
 * the update file by file. Not part of the test suite: run with
 * {@code scripts/bench-search.sh import}. Writes target/benchmarks/import-cost.txt.
 */
@Tag("benchmark")
@HubIntegrationTest
class ImportCostBenchmark {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    EmbeddingWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void import_cost_with_and_without_the_new_triggers() throws Exception {
        Assumptions.assumeTrue(Fixtures.present(), "needs the fixtures");
        List<byte[]> files = new ArrayList<>();
        for (String name : Fixtures.names()) {
            files.add(Fixtures.bytes(name, "pdf"));
        }
        // First import: queues and embeds the texts, so later rounds measure the steady state.
        for (byte[] file : files) {
            importer.save("bench.pdf", file, parser.read(file), ReportImporter.OnDuplicate.UPDATE, null);
        }
        worker.drain(Duration.ofMinutes(5));
        double[] extract = new double[2];
        double[] on = new double[2];
        double[] off = new double[2];
        double[] first = new double[2];
        // Blocks in turn, with the triggers on, then off: each switches the triggers, imports each
        // file once untimed (plans re-made after the schema change), then times three updates of
        // each file. With the triggers on, each timed update of a file is followed by a timed first
        // import of it: the same file read again, its on-site dates moved by a day more each time so
        // that no challenge is recorded for them yet, and the import creates the challenge, report
        // and rows (the peers are found, as for a council's second report). Nothing is deleted, so
        // no clean-up after deletes falls on the timings.
        int moved = 0;
        for (int round = 0; round < 8; round++) {
            boolean enabled = round % 2 == 0;
            triggers(enabled);
            for (byte[] file : files) {
                importer.save("bench.pdf", file, parser.read(file), ReportImporter.OnDuplicate.UPDATE, null);
            }
            for (int k = 0; k < 3; k++) {
                time(extract, files, f -> ReportReading.bareText(f));
                for (byte[] file : files) {
                    time(
                            enabled ? on : off,
                            () -> importer.save(
                                    "bench.pdf", file, parser.read(file), ReportImporter.OnDuplicate.UPDATE, null));
                    if (enabled) {
                        int days = ++moved;
                        ImportOutcome outcome = time(
                                first,
                                () -> importer.save(
                                        "bench.pdf",
                                        file,
                                        movedBy(parser.read(file), days),
                                        ReportImporter.OnDuplicate.UPDATE,
                                        null));
                        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                            throw new IllegalStateException("Not a first import: " + outcome.message());
                        }
                    }
                }
            }
        }
        triggers(true);
        String out = String.format(
                Locale.ROOT,
                "PDF fixtures, %d files x 12 timed imports in each mode; load after: %s%n"
                        + "bare text extraction     %7.1f ms a file%n"
                        + "whole import, update of the recorded report (triggers)  %7.1f ms a file  = %.2f x extraction%n"
                        + "whole import, update (no V22/V24 triggers)              %7.1f ms a file  = %.2f x extraction%n"
                        + "whole import, first (no record yet; triggers)           %7.1f ms a file  = %.2f x extraction%n",
                files.size(),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                extract[0] / extract[1],
                on[0] / on[1],
                (on[0] / on[1]) / (extract[0] / extract[1]),
                off[0] / off[1],
                (off[0] / off[1]) / (extract[0] / extract[1]),
                first[0] / first[1],
                (first[0] / first[1]) / (extract[0] / extract[1]));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/import-cost.txt"), out);
        System.out.print(out);
    }

    static <T> T time(double[] tally, java.util.concurrent.Callable<T> step) throws Exception {
        long t = System.nanoTime();
        T result = step.call();
        tally[0] += (System.nanoTime() - t) / 1e6;
        tally[1]++;
        return result;
    }

    interface Step {
        void run(byte[] file) throws Exception;
    }

    static void time(double[] tally, List<byte[]> files, Step step) throws Exception {
        for (byte[] file : files) {
            long t = System.nanoTime();
            step.run(file);
            tally[0] += (System.nanoTime() - t) / 1e6;
            tally[1]++;
        }
    }

    /** The report as read, its on-site dates moved by so many days. */
    static ReadReport movedBy(ReadReport read, int days) {
        ParsedReport r = read.report();
        ParsedReport.OnSite onSite = new ParsedReport.OnSite(
                r.onSite().start().plusDays(days),
                r.onSite().end() == null ? null : r.onSite().end().plusDays(days));
        return new ReadReport(r.withOnSite(onSite), read.paragraphs());
    }

    /** Turns the queue and facet triggers on or off (facets may then be null in this throwaway database). */
    void triggers(boolean enabled) {
        String how = enabled ? "enable" : "disable";
        jdbc.sql("alter table report_finding alter column facets drop not null").update();
        jdbc.sql("alter table report_paragraph alter column facets drop not null")
                .update();
        jdbc.sql("alter table report_finding " + how + " trigger report_finding_queue_embedding")
                .update();
        for (String trigger : List.of("report_finding_facets", "report_finding_facets_on_insert")) {
            jdbc.sql("alter table report_finding " + how + " trigger " + trigger)
                    .update();
        }
        for (String trigger : List.of("report_paragraph_facets", "report_paragraph_facets_on_insert")) {
            jdbc.sql("alter table report_paragraph " + how + " trigger " + trigger)
                    .update();
        }
    }
}

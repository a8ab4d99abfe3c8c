package org.peerchallengehub.knowledge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerchallengehub.knowledge.parser.ReportReading;

/**
 * The parsing benchmark (not a test): reports parsed per second for each format, on the fixture
 * reports in {@code ../shared/fixtures/reports}, against the bare text extraction of the same files
 * (PDFBox's text stripper, POI's Word extractor, decoding the text). One thread, after a warm-up.
 * Gives both wall-clock throughput and throughput per second of the thread's CPU time: on a shared
 * machine the first depends on what else runs, the second does not. Run it with {@code
 * scripts/bench-parse.sh [seconds per measurement]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Files per second of wall-clock time and per second of this thread's CPU time. */
    record Throughput(double wall, double cpu, double wallSeconds, double cpuSeconds) {}

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        if (!Fixtures.present()) {
            System.out.println("No fixtures at " + Fixtures.DIR + ": nothing to measure.");
            return;
        }
        ReportParser parser = ReportParser.withRegisterFromClasspath();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, %.0f GiB, Java %s; %d fixture reports a format, %.0f s a measurement, one thread%n",
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        / (1024.0 * 1024 * 1024),
                Runtime.version(),
                Fixtures.names().size(),
                seconds);
        System.out.println("format  parse/s (wall)  parse/s (cpu)  extraction/s (wall)  extraction/s (cpu)"
                + "  parse:extraction time (wall)  (cpu)");
        for (String format : List.of("txt", "docx", "pdf")) {
            List<byte[]> files = new ArrayList<>();
            for (String name : Fixtures.names()) {
                files.add(Files.readAllBytes(Fixtures.DIR.resolve(name + "." + format)));
            }
            measure(files, parser::parse, seconds / 3); // warm-up
            measure(files, ReportReading::bareText, seconds / 3);
            // Alternate short rounds of each, so that a change in the machine's load falls on both.
            Tally parse = new Tally();
            Tally bare = new Tally();
            for (int round = 0; round < 10; round++) {
                parse.add(files, parser::parse, seconds / 10);
                bare.add(files, ReportReading::bareText, seconds / 10);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-6s  %14.1f  %13.1f  %19.1f  %18.1f  %28.2f  %5.2f%n",
                    format,
                    parse.wall(),
                    parse.cpu(),
                    bare.wall(),
                    bare.cpu(),
                    bare.wall() / parse.wall(),
                    bare.cpu() / parse.cpu());
        }
    }

    /** Files done and time taken, added up over rounds. */
    static final class Tally {
        long done;
        double wall;
        double cpu;

        void add(List<byte[]> files, Consumer<byte[]> work, double seconds) {
            Throughput t = measure(files, work, seconds);
            long n = Math.round(t.wall() * t.wallSeconds());
            done += n;
            wall += t.wallSeconds();
            cpu += t.cpuSeconds();
        }

        double wall() {
            return done / wall;
        }

        double cpu() {
            return done / cpu;
        }
    }

    /** Files processed per second, over whole rounds of all the files, for at least {@code seconds}. */
    static Throughput measure(List<byte[]> files, Consumer<byte[]> work, double seconds) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        long done = 0;
        do {
            for (byte[] file : files) {
                work.accept(file);
                done++;
            }
        } while (System.nanoTime() < deadline);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Throughput(done / wall, done / cpu, wall, cpu);
    }
}

package org.peerchallengehub.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report outputs benchmark (not a test): the time to generate each output — the web page's HTML, the
 * tagged PDF, the Word document and the interchange-format JSON — of a long report (about 40 printed pages,
 * {@link ReportDocumentSamples#long40Pages()}), one thread, after a warm-up; median and worst of the runs, in
 * wall-clock and thread CPU time (on a shared machine the first depends on what else runs, the second does
 * not). Run it with {@code scripts/bench-report-outputs.sh [runs]}.
 */
public final class ReportOutputBenchmark {

    private ReportOutputBenchmark() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var templates = ReportTemplates.engine();
        ReportDocument doc = ReportDocumentSamples.long40Pages();
        PublishedReport publication =
                new PublishedReport(1, 1, "rutland-2026", 1, LocalDate.of(2026, 5, 20), null, doc, List.of());
        ReportPdf pdf = new ReportPdf(templates);
        ReportDocx docx = new ReportDocx(templates);
        byte[] sample = pdf.render(doc, publication);
        try (PDDocument d = Loader.loadPDF(sample)) {
            System.out.printf(
                    Locale.ROOT,
                    "report: %d feedback sections, %d PDF pages (%d KB); %d cores, Java %s; %d runs after 3 warm-up%n",
                    doc.feedback().size(),
                    d.getNumberOfPages(),
                    sample.length / 1024,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    runs);
        }
        System.out.println("output  median wall ms  max wall ms  median cpu ms  size KB");
        measure("html", runs, () -> ReportHtml.fragment(templates, doc, publication)
                .getBytes());
        measure("pdf", runs, () -> pdf.render(doc, publication));
        measure("docx", runs, () -> docx.render(doc, publication));
        measure("json", runs, () -> ReportJson.write(ReportJson.parsed(doc, ReportRoundTripTest.STABLE::get))
                .getBytes());
    }

    private static void measure(String name, int runs, Supplier<byte[]> output) {
        for (int i = 0; i < 3; i++) {
            output.get();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            size = output.get().length;
            wall[i] = System.nanoTime() - w0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "%-6s  %14.0f  %11.0f  %13.0f  %7d%n",
                name,
                wall[runs / 2] / 1e6,
                wall[runs - 1] / 1e6,
                cpu[runs / 2] / 1e6,
                size / 1024);
    }
}

package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchallengehub.PeerChallengeHubApplication;

/** {@code parse-report FILE}: JSON on standard output and exit 0, or one line on standard error and exit 2. */
class ReportParserCliTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReportParserCli.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_report_prints_its_json_and_exits_0() throws IOException {
        Path report = Files.writeString(dir.resolve("report.md"), SampleReport.TEXT);

        Run run = inProcess("parse-report", report.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Fixtures.JSON.readTree(run.out()).get("councilGss").asString())
                .isEqualTo("E06000017");
        assertThat(run.out().strip())
                .isEqualTo(ParsedReportJson.write(ReportParser.withRegisterFromClasspath()
                        .parse(SampleReport.TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void an_unreadable_file_prints_one_line_and_exits_2() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path corrupt = Files.write(
                dir.resolve("corrupt.pdf"), "%PDF-1.4\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1));

        for (Run run : List.of(
                inProcess("parse-report", empty.toString()),
                inProcess("parse-report", corrupt.toString()),
                inProcess("parse-report", dir.resolve("missing.txt").toString()),
                inProcess("parse-report"))) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
        }
        assertThat(inProcess("parse-report", empty.toString()).err())
                .isEqualTo("empty.pdf: The file is empty: there is no text in it to read." + System.lineSeparator());
    }

    @Test
    void the_application_main_runs_the_command_without_spring_and_exits_with_its_code() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), SampleReport.TEXT);
        Path corrupt =
                Files.write(dir.resolve("scan.pdf"), "%PDF-1.4\nnot really".getBytes(StandardCharsets.ISO_8859_1));

        Run ok = java("parse-report", report.toString());
        Run bad = java("parse-report", corrupt.toString());

        assertThat(ok.exit()).isZero();
        assertThat(ok.err()).isEmpty();
        assertThat(Fixtures.JSON.readTree(ok.out()).get("council").asString()).isEqualTo(SampleReport.COUNCIL);
        assertThat(ok.out()).doesNotContain("Spring", "Tomcat", "INFO");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).hasSize(1).first().asString().startsWith("scan.pdf: ");
    }

    /** The application's main class in a new JVM with the test class path. */
    static Run java(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java, "-cp", System.getProperty("java.class.path"), PeerChallengeHubApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}

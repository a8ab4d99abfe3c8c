package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/peer-challenge-hub.jar parse-report FILE} as a user runs it: the JSON on
 * standard output and exit 0 without starting the web server or a database, or one line on standard
 * error and exit 2.
 */
class ParseReportJarIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err, double seconds) {}

    static Run jar(Path workDir, String... args) throws Exception {
        String property = System.getProperty("hub.jar");
        Path jar = (property == null ? Path.of("target/peer-challenge-hub.jar") : Path.of(property)).toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "Skipped: " + jar + " is not built yet (./hub verify builds it first).");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder(command).directory(workDir.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8),
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void the_jar_parses_a_report_without_the_web_server_or_the_database() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), SampleReport.TEXT);

        Path workDir = Files.createDirectories(dir.resolve("work"));

        Run run = jar(workDir, "parse-report", report.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Fixtures.JSON.readTree(run.out()).get("councilGss").asString())
                .isEqualTo("E06000017");
        assertThat(workDir.resolve("data"))
                .as("no embedded database was started")
                .doesNotExist();
        System.out.printf("parse-report through the jar: %.1f s%n", run.seconds());
    }

    @Test
    void the_jar_refuses_an_unreadable_file_with_one_line_and_exit_2() throws Exception {
        Path scan = Files.write(
                dir.resolve("scan.pdf"), "%PDF-1.4\nno objects at all".getBytes(StandardCharsets.ISO_8859_1));

        Run run = jar(dir, "parse-report", scan.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
    }
}

package org.peerchallengehub.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code parse-report FILE}: prints the report's JSON to standard output and exits 0; for a file
 * that cannot be read prints one line to standard error and exits 2. Runs without Spring, the web
 * server or the database.
 */
public final class ReportParserCli {

    private ReportParserCli() {}

    public static final String COMMAND = "parse-report";
    public static final int OK = 0;
    public static final int UNREADABLE = 2;

    /** Whether the command line asks for this command. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        silenceLibraryLogging();
        if (args.length != 2) {
            err.println("Usage: java -jar peer-challenge-hub.jar parse-report FILE");
            return UNREADABLE;
        }
        Path file = Path.of(args[1]);
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(args[1]);
            }
            long size = Files.size(file);
            if (size > ReportParser.MAX_BYTES) {
                throw org.peerchallengehub.knowledge.parser.ReportReading.tooLarge(size);
            }
            ParsedReport report = ReportParser.withRegisterFromClasspath().parse(Files.readAllBytes(file));
            out.write((ParsedReportJson.write(report) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return OK;
        } catch (UnreadableReport e) {
            err.println(file.getFileName() + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println(args[1] + ": no such file.");
        } catch (IOException e) {
            err.println(args[1] + ": cannot be read (" + e.getMessage() + ").");
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println(file.getFileName() + ": cannot be read as a report ("
                    + e.getClass().getSimpleName() + ").");
        }
        return UNREADABLE;
    }

    /** The libraries' own log lines would break "one line on standard error": keep them quiet. */
    private static void silenceLibraryLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/peerchallengehub/knowledge/cli-logback.xml");
        }
    }
}

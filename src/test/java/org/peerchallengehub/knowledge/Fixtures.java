package org.peerchallengehub.knowledge;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report fixtures in {@code ../shared/fixtures/reports} (each as .txt, .docx and .pdf with its
 * .expected.json). They are never copied into the project: tests that need them are skipped, saying
 * so, where the folder is absent.
 */
final class Fixtures {

    private Fixtures() {}

    /** {@code ../shared/fixtures/reports} from the project root; {@code -Dhub.fixtures=…} points elsewhere. */
    static final Path DIR = Path.of(System.getProperty("hub.fixtures", "../shared/fixtures/reports"))
            .toAbsolutePath()
            .normalize();

    static final JsonMapper JSON = JsonMapper.builder().build();

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    static void assumePresent() {
        assumeTrue(present(), "Skipped: the report fixtures folder " + DIR + " is absent (it lives in ../shared).");
    }

    /** The fixture names ("council-year-type"), one per .expected.json; empty without the folder. */
    static List<String> names() {
        if (!present()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.substring(0, n.length() - ".expected.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name, String extension) {
        try {
            return Files.readAllBytes(DIR.resolve(name + "." + extension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode expected(String name) {
        try {
            return JSON.readTree(Files.readString(DIR.resolve(name + ".expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(ParsedReport report) {
        return JSON.readTree(ParsedReportJson.write(report));
    }
}

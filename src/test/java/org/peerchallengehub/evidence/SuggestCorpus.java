package org.peerchallengehub.evidence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labelled real text for the component suggestion: the fixture reports in {@code
 * ../shared/fixtures/reports} (read at run time, never copied), each report's findings under a theme
 * that has a component (its .expected.json gives the component) and the paragraphs and bullets of the
 * report's text under a section whose heading is such a theme's. Texts of fewer than six words (sub-
 * headings, running headers) and lead-ins ending in a colon are left out, and a text is kept once (a finding is often also a bullet).
 *
 * <p>Reports are split whole into development and holdout: nothing of a holdout report is learnt from
 * or tuned on (a split inside a report would leak its council's names and turns of phrase).
 */
final class SuggestCorpus {

    private SuggestCorpus() {}

    /** The reports scored as text never seen. Every other fixture report is development data. */
    static final Set<String> HOLDOUT = Set.of("lambeth-2016-cpc");

    static final Path DIR = Path.of(System.getProperty("hub.fixtures", "../shared/fixtures/reports"))
            .toAbsolutePath()
            .normalize();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NUMBERED_HEADING =
            Pattern.compile("^\\s*(#+\\s*)?\\**\\s*\\d+(\\.\\d+)*[.)]?\\s+\\S.*");
    private static final int MIN_WORDS = 6;

    /**
     * One labelled text.
     *
     * @param report the fixture it comes from
     * @param text the finding, paragraph or bullet
     * @param label the component as labelled in the expected JSON (a 2016 component for every fixture)
     * @param heading the heading of its theme in the report (names the component of the report's own
     *     framework version)
     */
    record Text(String report, LocalDate onSite, String text, String label, String heading) {}

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    static void assumePresent() {
        assumeTrue(present(), "Skipped: the report fixtures folder " + DIR + " is absent (it lives in ../shared).");
    }

    /** Every labelled text of every fixture report, report by report. */
    static List<Text> texts() {
        List<Text> all = new ArrayList<>();
        for (String name : names()) {
            all.addAll(texts(name));
        }
        return all;
    }

    static List<String> names() {
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

    static List<Text> texts(String name) {
        JsonNode expected = JSON.readTree(read(name + ".expected.json"));
        LocalDate onSite = LocalDate.parse(expected.get("onSite").get("start").asString());
        Map<String, String> components = new LinkedHashMap<>();
        Map<String, String> headings = new HashMap<>();
        Map<String, Text> kept = new LinkedHashMap<>();
        for (JsonNode theme : expected.get("themes")) {
            JsonNode component = theme.get("component");
            if (component == null || component.isNull()) {
                continue;
            }
            String heading = theme.get("heading").asString();
            components.put(normalisedHeading(heading), component.asString());
            headings.put(component.asString(), heading);
            for (String kind : List.of("strengths", "challenges", "recommendations")) {
                for (JsonNode finding : theme.get(kind)) {
                    add(kept, new Text(name, onSite, finding.asString().strip(), component.asString(), heading));
                }
            }
        }
        @Nullable String section = null;
        for (String line : read(name + ".txt").split("\n")) {
            String stripped = line.strip();
            if (stripped.length() < 100 && NUMBERED_HEADING.matcher(line).matches()) {
                section = components.get(normalisedHeading(stripped));
                continue;
            }
            if (section == null || stripped.isEmpty()) {
                continue;
            }
            String text = stripped.replaceFirst("^[-•*]\\s*", "").replace("**", "");
            if (words(text) >= MIN_WORDS && !text.endsWith(":")) {
                add(kept, new Text(name, onSite, text, section, headings.get(section)));
            }
        }
        return List.copyOf(kept.values());
    }

    /** The words of a text (runs of letters or digits): a dash is not a word. */
    private static int words(String text) {
        return (int) Pattern.compile("[\\p{L}\\p{N}]+").matcher(text).results().count();
    }

    /** Keeps a text once: one that contains, or is contained in, a text kept already is left out. */
    private static void add(Map<String, Text> kept, Text text) {
        String key = key(text.text());
        if (key.isEmpty()) {
            return;
        }
        for (String other : kept.keySet()) {
            if (other.contains(key) || key.contains(other)) {
                return;
            }
        }
        kept.put(key, text);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static String normalisedHeading(String heading) {
        String s = heading.replaceAll("[*_#]", "").strip();
        s = s.replaceFirst("^\\d+(\\.\\d+)*[.)]?\\s+", "");
        return s.replaceAll("\\s+", " ").replaceAll(":$", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

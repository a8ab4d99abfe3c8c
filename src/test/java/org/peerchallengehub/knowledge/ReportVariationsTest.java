package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchallengehub.councils.CouncilNameIndex;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The parser generalises: variations made at test time from each fixture's text — sections
 * reordered, another council's names, headings renumbered or unnumbered or running into their
 * question, bullets restyled or flattened, peer lines in the other style, key recommendations as
 * bold headlines, markdown removed, other encodings — each give the expected result, changed only
 * where the variation changes it.
 */
class ReportVariationsTest {

    static final CouncilNameIndex COUNCILS = CouncilNameIndex.fromClasspath();
    static final ReportParser PARSER = new ReportParser(COUNCILS);

    private static final Pattern NUMBER_PREFIX =
            Pattern.compile("^(\\s*#*\\s*\\**\\s*)(\\d+(?:\\.\\d+)*)([.)]?)(\\s+)");

    /** A named variation: the report's bytes and what parsing them must give. */
    record Variation(String name, byte[] content, JsonNode expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> variations() {
        if (!Fixtures.present()) {
            return Stream.of(Arguments.of(new Variation("(fixtures absent)", new byte[0], Fixtures.JSON.nullNode())));
        }
        List<Arguments> all = new ArrayList<>();
        for (String name : Fixtures.names()) {
            for (Variation v : variationsOf(name)) {
                all.add(Arguments.of(v));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variations")
    void a_variation_of_a_fixture_parses_as_expected(Variation variation) {
        Fixtures.assumePresent();
        JsonNode actual = Fixtures.json(PARSER.parse(variation.content()));

        assertThat(JsonComparison.differences(variation.expected(), actual, Set.of()))
                .as("differences for %s", variation.name())
                .isEmpty();
    }

    static List<Variation> variationsOf(String name) {
        String text = Fixtures.text(name);
        ObjectNode expected = (ObjectNode) Fixtures.expected(name);
        expected.put("councilGss", gss(expected.get("council").asString()));
        List<String> headings = new ArrayList<>();
        expected.get("themes").forEach(t -> headings.add(t.get("heading").asString()));
        List<Integer> themeLines = themeLines(text, headings);
        List<Variation> out = new ArrayList<>();

        // Sections reordered: the first two feedback sections swapped.
        if (themeLines.size() >= 3) {
            ObjectNode swapped = expected.deepCopy();
            ArrayNode themes = (ArrayNode) swapped.get("themes");
            JsonNode first = themes.get(0);
            themes.set(0, themes.get(1));
            themes.set(1, first);
            out.add(utf8(name + ": first two sections swapped", swapSections(text, themeLines), swapped));
        }
        // Headings renumbered: the other dot style, shifted by one, and no numbers at all.
        out.add(utf8(
                name + ": headings in the other number style",
                onLines(text, themeLines, ReportVariationsTest::otherStyle),
                expected));
        out.add(utf8(
                name + ": headings renumbered", onLines(text, themeLines, ReportVariationsTest::shifted), expected));
        out.add(utf8(
                name + ": headings without numbers",
                onLines(text, themeLines, l -> NUMBER_PREFIX.matcher(l).replaceFirst("$1")),
                expected));
        // Headings that run into their question.
        out.add(utf8(
                name + ": headings followed by their question",
                onLines(text, themeLines, ReportVariationsTest::withQuestion),
                expected));
        // Other councils' names.
        for (int pick : List.of(7, 101, 223)) {
            Map.Entry<String, JsonNode> other = otherCouncil(text, expected, pick);
            out.add(utf8(
                    name + ": " + other.getValue().get("council").asString() + " for "
                            + expected.get("council").asString(),
                    other.getKey(),
                    other.getValue()));
        }
        // Bullets restyled, and sub-bullets flattened as Word and PDF copies flatten them.
        out.add(utf8(name + ": bullets as • and o", restyle(text, "\u2022 ", "    o "), expected));
        out.add(utf8(name + ": bullets as * and +", restyle(text, "* ", "    + "), expected));
        out.add(utf8(
                name + ": numbered items as 1)",
                text.replaceAll("(?m)^(\\s*)(\\d{1,2})\\. (?=\\S)", "$1$2) "),
                expected));
        out.add(utf8(name + ": sub-bullets flattened", text.replaceAll("(?m)^[ \\t]+([-*•o]) ", "$1 "), expected));
        // Peer lines in the other style.
        out.add(utf8(name + ": peer lines in the other style", peerLinesSwapped(text, expected), expected));
        // Markdown removed, or headings marked up.
        if (text.contains("#") || text.contains("**")) {
            out.add(utf8(
                    name + ": markdown removed",
                    text.replaceAll("(?m)^#+\\s*", "").replace("**", ""),
                    expected));
        } else {
            out.add(utf8(name + ": headings as markdown", onLines(text, themeLines, l -> "### " + l), expected));
        }
        // Key recommendations as bold headlines with an explanation.
        String bullets = keyRecommendationsAsBoldBullets(text, expected);
        if (bullets != null) {
            out.add(utf8(name + ": key recommendations as bold headlines in bullets", bullets, expected));
            out.add(utf8(
                    name + ": key recommendations as bold headline paragraphs",
                    keyRecommendationsAsBoldParagraphs(text, expected),
                    expected));
        }
        // Line ends and encodings.
        out.add(new Variation(
                name + ": CRLF line ends", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), expected));
        out.add(new Variation(
                name + ": UTF-16LE with BOM", withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE), expected));
        out.add(new Variation(
                name + ": UTF-16BE with BOM", withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF), expected));
        Charset cp1252 = Charset.forName("windows-1252");
        if (cp1252.newEncoder().canEncode(text)) {
            out.add(new Variation(name + ": Windows-1252", text.getBytes(cp1252), expected));
        }
        return out;
    }

    private static Variation utf8(String name, String text, JsonNode expected) {
        return new Variation(name, text.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        byte[] body = text.getBytes(charset);
        byte[] out = new byte[body.length + bom.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** The numbered line that heads each expected theme, in order. */
    static List<Integer> themeLines(String text, List<String> headings) {
        String[] lines = text.split("\n", -1);
        List<Integer> found = new ArrayList<>();
        int from = 0;
        for (String heading : headings) {
            for (int i = from; i < lines.length; i++) {
                Matcher m = NUMBER_PREFIX.matcher(lines[i]);
                if (!m.find()) {
                    continue;
                }
                String rest = plain(lines[i].substring(m.end()));
                if (rest.equalsIgnoreCase(plain(heading))) {
                    found.add(i);
                    from = i + 1;
                    break;
                }
            }
        }
        return found;
    }

    private static String plain(String s) {
        return JsonComparison.loose(s.replace("*", "").replace("_", "").strip());
    }

    private static String swapSections(String text, List<Integer> at) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>(lines.subList(0, at.get(0)));
        out.addAll(lines.subList(at.get(1), at.get(2)));
        out.addAll(lines.subList(at.get(0), at.get(1)));
        out.addAll(lines.subList(at.get(2), lines.size()));
        return String.join("\n", out);
    }

    private static String onLines(String text, List<Integer> at, UnaryOperator<String> change) {
        String[] lines = text.split("\n", -1);
        for (int i : at) {
            lines[i] = change.apply(lines[i]);
        }
        return String.join("\n", lines);
    }

    private static String otherStyle(String line) {
        Matcher m = NUMBER_PREFIX.matcher(line);
        if (!m.find()) {
            return line;
        }
        String number = m.group(2);
        String mark = m.group(3);
        String newMark = number.contains(".") ? (mark.isEmpty() ? "." : "") : (mark.equals(")") ? "." : ")");
        return m.group(1) + number + newMark + m.group(4) + line.substring(m.end());
    }

    private static String shifted(String line) {
        Matcher m = NUMBER_PREFIX.matcher(line);
        if (!m.find()) {
            return line;
        }
        String[] parts = m.group(2).split("\\.", 2);
        String number = (Integer.parseInt(parts[0]) + 1) + (parts.length > 1 ? "." + parts[1] : "");
        return m.group(1) + number + m.group(3) + m.group(4) + line.substring(m.end());
    }

    private static String withQuestion(String line) {
        String question = ": Does the council do this well, and how does it know?";
        String trimmed = line.stripTrailing();
        if (trimmed.endsWith("**")) {
            return trimmed.substring(0, trimmed.length() - 2) + question + "**";
        }
        return trimmed + question;
    }

    private static String restyle(String text, String bullet, String subBullet) {
        return text.replaceAll("(?m)^[ \\t]+[-*] (?=\\S)", Matcher.quoteReplacement(subBullet))
                .replaceAll("(?m)^- (?=\\S)", Matcher.quoteReplacement(bullet));
    }

    private static String peerLinesSwapped(String text, JsonNode expected) {
        String[] lines = text.split("\n", -1);
        Set<String> names = new HashSet<>();
        expected.get("peerTeam").forEach(p -> names.add(p.get("name").asString()));
        for (int i = 0; i < lines.length; i++) {
            for (String name : names) {
                String prefix = "- " + name;
                if (!lines[i].startsWith(prefix)) {
                    continue;
                }
                String rest = lines[i].substring(prefix.length());
                Matcher dash = Pattern.compile("^\\s+[–—-]\\s+").matcher(rest);
                if (dash.find()) {
                    lines[i] = prefix + ", " + rest.substring(dash.end());
                } else if (rest.startsWith(", ")) {
                    lines[i] = prefix + " – " + rest.substring(2);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String keyRecommendationsAsBoldBullets(String text, JsonNode expected) {
        String out = text;
        for (JsonNode r : expected.get("keyRecommendations")) {
            String line = "\n- " + r.asString() + "\n";
            if (!out.contains(line)) {
                return null;
            }
            out = out.replaceFirst(
                    Pattern.quote(line),
                    Matcher.quoteReplacement(
                            "\n- **" + r.asString() + "** – as the body of this report explains, item by item.\n"));
        }
        return out;
    }

    private static String keyRecommendationsAsBoldParagraphs(String text, JsonNode expected) {
        String out = text;
        int n = 0;
        for (JsonNode r : expected.get("keyRecommendations")) {
            n++;
            out = out.replaceFirst(
                    Pattern.quote("\n- " + r.asString() + "\n"),
                    Matcher.quoteReplacement("\n**" + r.asString() + "**\n\nRecommendation " + n
                            + " is explained in the body of this report.\n\n"));
        }
        return out;
    }

    /** The text with the council's names replaced by another council's, and the expected output to match. */
    private static Map.Entry<String, JsonNode> otherCouncil(String text, ObjectNode expected, int pick) {
        List<CsvRecord> rows = CsvReader.readAll(new InputStreamReader(
                ReportVariationsTest.class.getClassLoader().getResourceAsStream("data/councils/councils.csv"),
                StandardCharsets.UTF_8));
        String council = expected.get("council").asString();
        String gss = gss(council);
        CsvRecord own = rows.stream()
                .filter(r -> r.require("gss_code").equals(gss))
                .findFirst()
                .orElseThrow();
        List<CsvRecord> candidates = rows.stream()
                .filter(r -> r.get("end_date") == null)
                .filter(r -> r.require("short_name").matches("[A-Z][a-z]+"))
                .filter(r -> !text.contains(r.require("short_name")))
                .toList();
        CsvRecord other = candidates.get(pick % candidates.size());
        Map<String, String> replacements = new java.util.LinkedHashMap<>();
        replacements.put(council, other.require("official_name"));
        replacements.put(own.require("official_name"), other.require("official_name"));
        replacements.put(own.require("short_name"), other.require("short_name"));
        String changed = replaceAll(text, replacements);
        JsonNode changedExpected = replaceAll(expected.deepCopy(), replacements);
        ((ObjectNode) changedExpected).put("council", other.require("official_name"));
        ((ObjectNode) changedExpected).put("councilGss", other.require("gss_code"));
        return Map.entry(changed, changedExpected);
    }

    private static String replaceAll(String text, Map<String, String> replacements) {
        String out = text;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            out = out.replaceAll("\\b" + Pattern.quote(r.getKey()) + "\\b", Matcher.quoteReplacement(r.getValue()));
        }
        return out;
    }

    private static JsonNode replaceAll(JsonNode node, Map<String, String> replacements) {
        if (node.isString()) {
            return StringNode.valueOf(replaceAll(node.asString(), replacements));
        }
        if (node instanceof ObjectNode object) {
            for (String key : new ArrayList<>(object.propertyNames())) {
                object.set(key, replaceAll(object.get(key), replacements));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceAll(array.get(i), replacements));
            }
        }
        return node;
    }

    private static String gss(String council) {
        return COUNCILS.match(council).map(CouncilNameIndex.CouncilMatch::gss).orElseThrow();
    }
}

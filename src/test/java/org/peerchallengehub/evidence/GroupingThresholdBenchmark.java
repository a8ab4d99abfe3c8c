package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;

/**
 * Chooses the board's grouping threshold by measurement (decision 0065): texts whose groups are known
 * are grouped at thresholds from 0.20 to 0.80 and scored against their gold groups (pairwise F1, and
 * the adjusted Rand index). Gold groups: the paragraphs under each theme heading of the fixture
 * reports in {@code ../shared/fixtures/reports} (their .expected.json files name the headings), and
 * a labelled set of note-like texts, several themes under one component
 * (src/test/resources/evidence/labelled-notes.tsv). The threshold is chosen on the "choosing" sets
 * only (two reports and set A) and then scored on the held-out ones (the third report and set B).
 * Not part of the test suite: {@code scripts/bench-board.sh threshold}. Writes
 * target/benchmarks/board-threshold.txt.
 */
@Tag("benchmark")
class GroupingThresholdBenchmark {

    static final List<String> CHOOSING = List.of("lambeth-2016-cpc", "thurrock-2011-cpc", "notes A");
    static final List<String> HELD_OUT = List.of("thurrock-2016-cpc", "notes B");

    record Labelled(String label, String text) {}

    record Score(double f1, double ari, int groups) {}

    static Path fixtures() {
        for (String candidate : new String[] {
            System.getProperty("hub.fixtures", ""),
            "../shared/fixtures/reports",
            "../../shared/fixtures/reports",
            "/work/shared/fixtures/reports"
        }) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("No fixture reports: set -Dhub.fixtures=...");
    }

    private static final Pattern HEADING = Pattern.compile("\"heading\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOP_SECTION = Pattern.compile("^\\d+\\.\\s+\\S.{0,60}$");

    static String normalised(String line) {
        return line.replaceAll("[#*_]", "")
                .replaceFirst("^\\s*\\d+(\\.\\d+)*\\.?\\s+", "")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The paragraphs of a report under each of its theme headings. */
    static List<Labelled> report(String name) throws IOException {
        Path dir = fixtures();
        String json = Files.readString(dir.resolve(name + ".expected.json"));
        List<String> headings = new ArrayList<>();
        int themes = json.indexOf("\"themes\"");
        Matcher m = HEADING.matcher(json);
        while (m.find()) {
            if (m.start() > themes) {
                headings.add(m.group(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        List<Labelled> out = new ArrayList<>();
        String current = null;
        for (String raw : Files.readAllLines(dir.resolve(name + ".txt"))) {
            String line = raw.strip();
            String n = normalised(line);
            if (headings.contains(n)) {
                current = n;
                continue;
            }
            String bare = line.replaceAll("[#*_]", "").strip();
            if (current != null && TOP_SECTION.matcher(bare).matches() && bare.length() < 60) {
                current = null; // the next numbered section of the report: the themes are over
                continue;
            }
            String text = line.replaceFirst("^[-•]\\s*", "").strip();
            if (current != null && text.length() >= 80) {
                out.add(new Labelled(current, text));
            }
        }
        return out;
    }

    static Map<String, List<Labelled>> labelledNotes() throws IOException {
        Map<String, List<Labelled>> sets = new LinkedHashMap<>();
        try (InputStream in = GroupingThresholdBenchmark.class.getResourceAsStream("/evidence/labelled-notes.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                sets.computeIfAbsent("notes " + cells[0], k -> new ArrayList<>())
                        .add(new Labelled(cells[1], cells[2]));
            }
        }
        return sets;
    }

    static Score score(List<Labelled> items, List<List<Integer>> groups) {
        int n = items.size();
        int[] cluster = new int[n];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                cluster[i] = g;
            }
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean same = items.get(i).label().equals(items.get(j).label());
                boolean together = cluster[i] == cluster[j];
                if (same && together) {
                    tp++;
                } else if (together) {
                    fp++;
                } else if (same) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double total = tp + fp + fn + tn;
        double expected = (double) (tp + fp) * (tp + fn) / total;
        double max = ((tp + fp) + (tp + fn)) / 2.0;
        double ari = max == expected ? 0 : (tp - expected) / (max - expected);
        return new Score(f1, ari, groups.size());
    }

    @Test
    void choose_the_threshold() throws IOException {
        Map<String, List<Labelled>> sets = new LinkedHashMap<>();
        for (String r : List.of("lambeth-2016-cpc", "thurrock-2011-cpc", "thurrock-2016-cpc")) {
            sets.put(r, report(r));
        }
        sets.putAll(labelledNotes());
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Labelled>> e : sets.entrySet()) {
            vectors.put(
                    e.getKey(),
                    embeddings.embedAll(
                            e.getValue().stream().map(Labelled::text).toList()));
            long labels = e.getValue().stream().map(Labelled::label).distinct().count();
            out.append(String.format(
                    Locale.ROOT,
                    "%-20s %3d texts in %d gold groups%n",
                    e.getKey(),
                    e.getValue().size(),
                    labels));
        }
        out.append(String.format(Locale.ROOT, "%nthreshold  %s%n", String.join("  ", sets.keySet())));
        double best = 0;
        double bestMean = -1;
        Map<Double, Map<String, Score>> all = new LinkedHashMap<>();
        for (int step = 0; step <= 24; step++) {
            double t = 0.20 + step * 0.025;
            Map<String, Score> scores = new LinkedHashMap<>();
            for (String set : sets.keySet()) {
                scores.put(set, score(sets.get(set), Grouping.cluster(vectors.get(set), t)));
            }
            all.put(t, scores);
            double mean = CHOOSING.stream()
                    .mapToDouble(s -> scores.get(s).f1())
                    .average()
                    .orElseThrow();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.3f     ", t));
            scores.forEach((set, s) ->
                    row.append(String.format(Locale.ROOT, "  F1 %.3f ARI %.3f (%d)", s.f1(), s.ari(), s.groups())));
            out.append(row).append(String.format(Locale.ROOT, "   choosing mean F1 %.3f%n", mean));
            if (mean > bestMean + 1e-9) {
                bestMean = mean;
                best = t;
            }
        }
        Map<String, Score> chosen = all.get(best);
        out.append(String.format(
                Locale.ROOT, "%nchosen threshold %.3f: mean F1 on the choosing sets %.3f%n", best, bestMean));
        for (String set : sets.keySet()) {
            Score s = chosen.get(set);
            out.append(String.format(
                    Locale.ROOT,
                    "  %-20s %-9s F1 %.3f ARI %.3f, %d groups%n",
                    set,
                    HELD_OUT.contains(set) ? "held out" : "choosing",
                    s.f1(),
                    s.ari(),
                    s.groups()));
        }
        Map<String, Score> atCode = new LinkedHashMap<>();
        for (String set : sets.keySet()) {
            atCode.put(set, score(sets.get(set), Grouping.cluster(vectors.get(set), Grouping.THRESHOLD)));
        }
        out.append(String.format(Locale.ROOT, "%nGrouping.THRESHOLD in the code: %.3f%n", Grouping.THRESHOLD));
        atCode.forEach((set, s) -> out.append(
                String.format(Locale.ROOT, "  %-20s F1 %.3f ARI %.3f, %d groups%n", set, s.f1(), s.ari(), s.groups())));
        System.out.print(out);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/board-threshold.txt"), out.toString());
        assertThat(sets.values()).allSatisfy(items -> assertThat(items).hasSizeGreaterThan(10));
    }
}

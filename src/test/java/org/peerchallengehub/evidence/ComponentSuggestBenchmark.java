package org.peerchallengehub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.evidence.ComponentSuggestModel.Parameters;
import org.peerchallengehub.evidence.ComponentSuggester.Label;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.FrameworkVersion;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.MappedComponent;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The component suggestion's top-1 accuracy on labelled real text ({@link SuggestCorpus}: findings and
 * paragraphs of the fixture reports whose section maps to a component) and the latency of {@code POST
 * /api/v1/frameworks/{id}/suggest-component}. Learns only from the development reports (and the
 * components' headlines and questions); the parameters are tuned by cross-validation over the
 * development reports (leave one report out); the holdout report is scored once, with the parameters
 * in the code ({@link Parameters#CHOSEN}). Labels are scored against the 2016 framework, which every
 * fixture's expected JSON uses; a text of a 2011 report counts as right when the top suggestion is any
 * 2016 component its 2011 component maps to (decision 0063). Not part of the test suite: {@code
 * scripts/bench-suggest.sh}. Writes {@code target/benchmarks/component-suggestion.txt}.
 */
@Tag("benchmark")
@HubIntegrationTest
class ComponentSuggestBenchmark {

    static final String TARGET = "cpc-2016";

    @Autowired
    ComponentSuggester suggester;

    @Autowired
    Frameworks frameworks;

    @Autowired
    SentenceEmbeddings embeddings;

    @Autowired
    MockMvc mvc;

    /** A labelled text: its label in its report's own framework version, the 2016 components that count as right. */
    record Item(
            SuggestCorpus.Text text,
            String original,
            Set<String> acceptable,
            float[] vector,
            List<float[]> sentences) {}

    private final StringBuilder out = new StringBuilder();
    private List<Label> cues = List.of();

    @Test
    void accuracy_and_latency() throws Exception {
        SuggestCorpus.assumePresent();
        FrameworkVersion target = frameworks.version(TARGET).orElseThrow();
        List<FrameworkComponent> components = target.components();
        List<Item> items = items(SuggestCorpus.texts());
        Set<String> originals = items.stream().map(Item::original).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<MappedComponent>> counterparts;
        List<float[]> prototypes = suggester.prototypes(components);
        cues = suggester.cueLabels();
        Set<String> cueIds = cues.stream().map(Label::componentId).collect(Collectors.toCollection(LinkedHashSet::new));
        cueIds.addAll(originals);
        counterparts = frameworks.counterparts(cueIds, TARGET);
        List<Item> dev = items.stream()
                .filter(i -> !SuggestCorpus.HOLDOUT.contains(i.text().report()))
                .toList();
        List<Item> holdout = items.stream()
                .filter(i -> SuggestCorpus.HOLDOUT.contains(i.text().report()))
                .toList();
        line(
                "Component suggestion benchmark, %s, %d cores, Java %s, load %s",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), load());
        line("Cues: %d", cues.size());
        line(
                "Texts: %d labelled (%s)",
                items.size(), countBy(items, i -> i.text().report()));
        line("  development: %d texts of %s", dev.size(), reports(dev));
        line("  holdout:     %d texts of %s (never learnt from or tuned on)", holdout.size(), reports(holdout));
        line(
                "  labels (2016): dev %s; holdout %s",
                countBy(dev, i -> i.text().label()),
                countBy(holdout, i -> i.text().label()));
        line("");

        // The grid, cross-validated over the development reports (leave one report out).
        record Tried(Parameters parameters, double accuracy, double logLoss) {}
        List<Tried> tried = new ArrayList<>();
        for (double prior : new double[] {0.5, 2}) {
            for (double beta : new double[] {0, 0.25, 0.5, 0.75}) {
                for (int k : new int[] {1, 3, 5}) {
                    for (double part : new double[] {0.5, 1}) {
                        for (double cue : new double[] {1, 2, 4, 8, 16}) {
                            for (double centre : new double[] {0, 1}) {
                                for (double sentences : new double[] {0, 0.5, 1}) {
                                    if (beta == 0 && k != 1) {
                                        continue;
                                    }
                                    Parameters p = new Parameters(prior, beta, k, 0.1, part, cue, centre, sentences);
                                    Result r = crossValidated(dev, components, prototypes, counterparts, p);
                                    tried.add(new Tried(p, r.accuracy(), r.logLoss()));
                                }
                            }
                        }
                    }
                }
            }
        }
        // Ties: the smallest cue weight (labelled notes must not be outweighed by cues), then the least log loss.
        tried.sort(Comparator.comparingDouble(Tried::accuracy)
                .reversed()
                .thenComparingDouble(t -> t.parameters().cueWeight())
                .thenComparingDouble(Tried::logLoss));
        line(
                "Grid on development (leave one development report out), best 15 of %d (ties: smallest cue weight, then least log loss at T = 0.1):",
                tried.size());
        for (Tried t : tried.subList(0, Math.min(15, tried.size()))) {
            line("  %s  dev-CV top-1 %.1f %%, log loss %.3f", t.parameters(), 100 * t.accuracy(), t.logLoss());
        }
        Parameters chosen = Parameters.CHOSEN;
        line(
                "Chosen (in the code): %s, dev-CV top-1 %.1f %%",
                chosen,
                100
                        * crossValidated(dev, components, prototypes, counterparts, chosen)
                                .accuracy());

        // The temperature: the one with the least log loss on the development predictions.
        line("Temperature (dev-CV log loss; top-1 does not depend on it):");
        double bestT = chosen.temperature();
        double bestLoss = Double.MAX_VALUE;
        for (double t : new double[] {0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3}) {
            double loss = crossValidated(dev, components, prototypes, counterparts, chosen.withTemperature(t))
                    .logLoss();
            line("  T = %.3f  log loss %.3f", t, loss);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        line("  least log loss at T = %.3f (in the code: %.3f)", bestT, chosen.temperature());
        line("");

        // The figures.
        Parameters noCues = new Parameters(
                chosen.priorWeight(),
                chosen.knnWeight(),
                chosen.k(),
                chosen.temperature(),
                chosen.partWeight(),
                0,
                chosen.centre(),
                chosen.sentences());
        Result devBare = score(List.of(), dev, components, prototypes, counterparts, noCues);
        Result holdBare = score(List.of(), holdout, components, prototypes, counterparts, noCues);
        Result devDescriptions = score(List.of(), dev, components, prototypes, counterparts, chosen);
        Result devCv = crossValidated(dev, components, prototypes, counterparts, chosen);
        // The development texts the chosen method gets wrong, for developing cues (never the holdout's).
        Path misses = Path.of("target/benchmarks/component-suggestion-dev-misses.txt");
        Files.createDirectories(misses.getParent());
        Files.writeString(misses, String.join("\n", devCv.misses) + "\n");
        Result holdDescriptions = score(List.of(), holdout, components, prototypes, counterparts, chosen);
        Result hold = score(dev, holdout, components, prototypes, counterparts, chosen);
        Result holdGridBest = score(
                dev,
                holdout,
                components,
                prototypes,
                counterparts,
                tried.getFirst().parameters());
        line("| what | development | holdout |");
        line("| --- | --- | --- |");
        line("| components' headlines and questions only | %s | %s |", devBare, holdBare);
        line(
                "| headlines, questions and cues (no learning from reports) | %s | %s |",
                devDescriptions, holdDescriptions);
        line(
                "| chosen method: learns from the other development report(s) / all development reports | %s (cross-validated) | %s |",
                devCv, hold);
        line("| (for information) the grid's best dev-CV parameters on holdout | | %s |", holdGridBest);
        line("");
        line("Holdout by component (chosen method): %s", hold.byLabel());
        line(
                "Holdout calibration (chosen): log loss %.3f, mean top score %.2f on right answers and %.2f on wrong ones",
                hold.logLoss(), hold.meanTopRight(), hold.meanTopWrong());
        line("");

        try {
            latency(holdout);
        } finally {
            Path file = Path.of("target/benchmarks/component-suggestion.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
            System.out.println(out);
        }
        assertThat(hold.accuracy()).as("holdout top-1").isGreaterThan(0.5);
    }

    private void latency(List<Item> texts) throws Exception {
        long started = System.nanoTime();
        suggester.refresh(TARGET);
        line("Live model for %s built from the database in %.0f ms", TARGET, (System.nanoTime() - started) / 1e6);
        List<String> bodies = texts.stream()
                .map(i -> "{\"text\":\"" + i.text().text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                .toList();
        for (int i = 0; i < 100; i++) {
            request(bodies.get(i % bodies.size()));
        }
        double[] api = new double[400];
        for (int i = 0; i < api.length; i++) {
            long t0 = System.nanoTime();
            request(bodies.get(i % bodies.size()));
            api[i] = (System.nanoTime() - t0) / 1e6;
        }
        String longText = "{\"text\":\""
                + "The council's medium term financial strategy relies on reserves. "
                        .repeat(160)
                        .substring(0, 9_990) + "\"}";
        double[] longest = new double[30];
        for (int i = 0; i < longest.length; i++) {
            long t0 = System.nanoTime();
            request(longText);
            longest[i] = (System.nanoTime() - t0) / 1e6;
        }
        line(
                "Latency of POST /api/v1/frameworks/%s/suggest-component (MockMvc, whole stack with security, after 100 warm-up requests, one caller):",
                TARGET);
        line("| texts | n | p50 | p95 | max |");
        line("| --- | --- | --- | --- | --- |");
        line(
                "| holdout texts (mean %d characters) | %d | %s |",
                (int) texts.stream()
                        .mapToInt(i -> i.text().text().length())
                        .average()
                        .orElse(0),
                api.length,
                percentiles(api));
        line("| 9,990 characters | %d | %s |", longest.length, percentiles(longest));
        line("load after: %s", load());
    }

    private void request(String body) throws Exception {
        int status = mvc.perform(post("/api/v1/frameworks/" + TARGET + "/suggest-component")
                        .with(user("bench@example.gov.uk").roles("PEER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    private static String percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%.1f ms | %.1f ms | %.1f ms",
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }

    /** Predictions of each development report by a model learnt from the other development reports. */
    private Result crossValidated(
            List<Item> dev,
            List<FrameworkComponent> components,
            List<float[]> prototypes,
            Map<String, List<MappedComponent>> counterparts,
            Parameters p) {
        Result total = new Result();
        for (String report : reports(dev)) {
            List<Item> train =
                    dev.stream().filter(i -> !i.text().report().equals(report)).toList();
            List<Item> test =
                    dev.stream().filter(i -> i.text().report().equals(report)).toList();
            total.add(score(train, test, components, prototypes, counterparts, p));
        }
        return total;
    }

    private Result score(
            List<Item> train,
            List<Item> test,
            List<FrameworkComponent> components,
            List<float[]> prototypes,
            Map<String, List<MappedComponent>> counterparts,
            Parameters p) {
        List<Label> labels = new ArrayList<>();
        cues.forEach(c -> labels.add(new Label(c.componentId(), c.vector(), p.cueWeight())));
        train.forEach(i -> labels.add(new Label(i.original(), i.vector(), 1)));
        ComponentSuggestModel model = ComponentSuggester.model(components, prototypes, labels, counterparts, p);
        Result result = new Result();
        for (Item item : test) {
            List<ComponentSuggestion> ranked = item.sentences().isEmpty() || p.sentences() <= 0
                    ? model.rank(item.vector())
                    : model.rank(item.vector(), item.sentences());
            double right = ranked.stream()
                    .filter(s -> item.acceptable().contains(s.component()))
                    .mapToDouble(ComponentSuggestion::score)
                    .sum();
            if (!item.acceptable().contains(ranked.getFirst().component())) {
                result.misses.add(item.text().label() + " -> "
                        + ranked.getFirst().component() + ": " + item.text().text());
            }
            result.add(
                    item.text().label(),
                    item.acceptable().contains(ranked.getFirst().component()),
                    ranked.getFirst().score(),
                    right);
        }
        return result;
    }

    private List<Item> items(List<SuggestCorpus.Text> texts) {
        Map<String, FrameworkVersion> byReport = new LinkedHashMap<>();
        List<String> originals = new ArrayList<>();
        for (SuggestCorpus.Text t : texts) {
            FrameworkVersion version = byReport.computeIfAbsent(t.report(), r -> frameworks.inUseOn(t.onSite()));
            originals.add(version.components().stream()
                    .filter(c -> c.headline().equalsIgnoreCase(t.heading()))
                    .map(FrameworkComponent::id)
                    .findFirst()
                    .orElse(t.label()));
        }
        Map<String, List<MappedComponent>> counterparts =
                frameworks.counterparts(new LinkedHashSet<>(originals), TARGET);
        List<float[]> vectors =
                embeddings.embedAll(texts.stream().map(SuggestCorpus.Text::text).toList());
        List<List<String>> split = texts.stream()
                .map(t -> ComponentSuggester.scoredSentences(t.text(), Parameters.CHOSEN))
                .toList();
        List<float[]> flat =
                embeddings.embedAll(split.stream().flatMap(List::stream).toList());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<String> acceptable = counterparts.get(originals.get(i)).stream()
                    .map(m -> m.component().id())
                    .collect(Collectors.toSet());
            assertThat(acceptable)
                    .as("the label of %s", texts.get(i))
                    .contains(texts.get(i).label());
            int from = split.subList(0, i).stream().mapToInt(List::size).sum();
            items.add(new Item(
                    texts.get(i),
                    originals.get(i),
                    acceptable,
                    vectors.get(i),
                    flat.subList(from, from + split.get(i).size())));
        }
        return items;
    }

    /** Top-1 right answers, log loss and per-label counts. */
    static final class Result {
        int n;
        int right;
        double logLoss;
        double topRight;
        double topWrong;
        final Map<String, int[]> byLabel = new TreeMap<>();
        final List<String> misses = new ArrayList<>();

        void add(String label, boolean correct, double topScore, double rightScore) {
            n++;
            right += correct ? 1 : 0;
            logLoss -= Math.log(Math.max(1e-12, rightScore));
            if (correct) {
                topRight += topScore;
            } else {
                topWrong += topScore;
            }
            int[] counts = byLabel.computeIfAbsent(label, l -> new int[2]);
            counts[0] += correct ? 1 : 0;
            counts[1]++;
        }

        void add(Result other) {
            misses.addAll(other.misses);
            n += other.n;
            right += other.right;
            logLoss += other.logLoss;
            topRight += other.topRight;
            topWrong += other.topWrong;
            other.byLabel.forEach((l, c) -> {
                int[] counts = byLabel.computeIfAbsent(l, x -> new int[2]);
                counts[0] += c[0];
                counts[1] += c[1];
            });
        }

        double accuracy() {
            return n == 0 ? 0 : (double) right / n;
        }

        double logLoss() {
            return n == 0 ? 0 : logLoss / n;
        }

        double meanTopRight() {
            return right == 0 ? 0 : topRight / right;
        }

        double meanTopWrong() {
            return n == right ? 0 : topWrong / (n - right);
        }

        String byLabel() {
            return byLabel.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100 * accuracy(), right, n);
        }
    }

    private static List<String> reports(List<Item> items) {
        return items.stream().map(i -> i.text().report()).distinct().sorted().toList();
    }

    private static String countBy(List<Item> items, java.util.function.Function<Item, String> key) {
        return items.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()))
                .toString();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}

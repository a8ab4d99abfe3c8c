package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data pack benchmark, excluded from the suite (tag {@code benchmark}); started by
 * {@code scripts/bench-data-pack.sh}. With the starting dataset loaded and nearest neighbours computed,
 * generates the pack (profile against nearest neighbours and type, the ten default trends, inspections;
 * HTML and tagged PDF) for 40 current single-tier councils, after 5 warm-up packs, and writes the time
 * per pack (median, 95th percentile, largest) and the sizes to target/bench/data-pack-result.txt.
 */
@HubIntegrationTest
@Tag("benchmark")
class DataPackBenchmark {

    @Autowired
    DataPacks packs;

    @Autowired
    ComparatorGroups groups;

    @Autowired
    CouncilRegister register;

    @Autowired
    StartingDataset startingDataset;

    @Test
    void generate_forty_packs() throws Exception {
        startingDataset.done().get(300, TimeUnit.SECONDS);
        groups.recomputeNearestNeighbours();
        List<String> councils = register.search(CouncilQuery.current()).stream()
                .filter(c ->
                        c.type().name().equals("UNITARY") || c.type().name().equals("LONDON_BOROUGH"))
                .map(CouncilSummary::gss)
                .limit(45)
                .toList();
        assertThat(councils).hasSize(45);
        List<String> trends = packs.defaultTrendMetrics();
        LocalDate asOf = LocalDate.now();
        List<Long> millis = new ArrayList<>();
        long pdfBytes = 0;
        long htmlChars = 0;
        for (int i = 0; i < councils.size(); i++) {
            long start = System.nanoTime();
            DataPacks.Generated pack = packs.generate(new DataPacks.Request(councils.get(i), asOf, trends, null));
            long took = (System.nanoTime() - start) / 1_000_000;
            if (i >= 5) {
                millis.add(took);
                pdfBytes += pack.pdf().length;
                htmlChars += pack.html().length();
            }
        }
        millis.sort(null);
        int n = millis.size();
        String result = String.format(
                Locale.ROOT,
                "data packs: %d councils, %d trends each, as known on %s%n"
                        + "time per pack (HTML + tagged PDF): median %d ms, p95 %d ms, max %d ms%n"
                        + "mean PDF %d KB, mean HTML %d KB%n",
                n,
                trends.size(),
                asOf,
                millis.get(n / 2),
                millis.get((int) Math.ceil(n * 0.95) - 1),
                millis.get(n - 1),
                pdfBytes / n / 1024,
                htmlChars / n / 1024);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("data-pack-result.txt"), result);
    }
}

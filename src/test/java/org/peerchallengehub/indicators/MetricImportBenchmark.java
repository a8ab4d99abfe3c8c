package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The metric import benchmark: not part of the test suite (it runs only when given a file), started
 * by {@code scripts/bench-metric-import.sh}, which generates the files. Imports the metric definitions,
 * then the tidy values file (timed), then the same file again (every row already there), against an
 * embedded PostgreSQL with fsync on, as in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "hub.embedded-database.clean=false",
            "hub.indicators.starting-dataset=never",
            "hub.indicators.max-import-bytes=268435456",
            "logging.level.org.peerchallengehub.indicators=DEBUG"
        })
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "hub.bench.values", matches = ".+")
class MetricImportBenchmark {

    @Autowired
    MetricImports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void import_a_million_tidy_rows() throws Exception {
        Path definitions = Path.of(System.getProperty("hub.bench.definitions"));
        Path values = Path.of(System.getProperty("hub.bench.values"));
        imports.importFile(
                new MetricImports.ImportRequest(ImportFormat.METRIC_DEFINITIONS_CSV, ImportFile.of(definitions), null));

        long started = System.nanoTime();
        ImportResult first =
                imports.importFile(new MetricImports.ImportRequest(ImportFormat.TIDY_CSV, ImportFile.of(values), null));
        double firstSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        ImportResult again =
                imports.importFile(new MetricImports.ImportRequest(ImportFormat.TIDY_CSV, ImportFile.of(values), null));
        double againSeconds = (System.nanoTime() - started) / 1e9;

        long stored =
                jdbc.sql("select count(*) from metric_value").query(Long.class).single();
        String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('metric_value'))")
                .query(String.class)
                .single();
        List<String> report = List.of(
                String.format(
                        "file: %s, %,d bytes, %,d rows", values.getFileName(), Files.size(values), first.values()),
                String.format(
                        "first import: %.2f s (%,.0f rows/s), %,d values stored",
                        firstSeconds, first.values() / firstSeconds, first.valuesChanged()),
                String.format(
                        "same file again: %.2f s (%,.0f rows/s), %,d values changed",
                        againSeconds, again.values() / againSeconds, again.valuesChanged()),
                String.format("metric_value: %,d rows, %s with its index", stored, size));
        report.forEach(line -> System.out.println("BENCH " + line));
        Files.write(values.resolveSibling("metric-import-result.txt"), report);
        assertThat(first.valuesChanged()).isEqualTo(first.values());
        assertThat(again.valuesChanged()).isZero();
    }
}

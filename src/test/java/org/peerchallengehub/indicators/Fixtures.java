package org.peerchallengehub.indicators;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/** Helpers for the indicators tests. */
final class Fixtures {

    private Fixtures() {}

    /** The official files in the shared folder next to the project, or the test is skipped. */
    static Path shared(String relative) {
        Path path = Path.of("..", "shared", "data").resolve(relative);
        Assumptions.assumeTrue(
                Files.exists(path),
                "Skipped: " + path.toAbsolutePath().normalize()
                        + " is absent (the official files live in ../shared/data next to the project)");
        return path;
    }

    static ImportResult tidy(MetricImports imports, String csv, @Nullable LocalDate published) {
        return imports.importFile(new MetricImports.ImportRequest(
                ImportFormat.TIDY_CSV, ImportFile.of("test.csv", csv.getBytes(StandardCharsets.UTF_8)), published));
    }

    static void define(MetricImports imports, String id, String periodType) {
        String csv = "id,title,description,unit,polarity,period_type,theme,source,licence\n" + id + ",Test metric " + id
                + ",A metric the tests define,count,higher-is-better," + periodType + ",context,The tests,None\n";
        imports.importFile(new MetricImports.ImportRequest(
                ImportFormat.METRIC_DEFINITIONS_CSV,
                ImportFile.of("definitions.csv", csv.getBytes(StandardCharsets.UTF_8)),
                null));
    }
}

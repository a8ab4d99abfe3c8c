package org.peerchallengehub.councils;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;

/**
 * The register's known spellings of council names, read straight from the CSV files shipped in the
 * jar: matches a name to a GSS code without the database or Spring (the {@code parse-report}
 * command line uses it). {@link CouncilRegister#matchName} answers the same question from
 * PostgreSQL.
 */
public final class CouncilNameIndex {

    static final String COUNCILS = "data/councils/councils.csv";
    static final String NAMES = "data/councils/council-names.csv";

    private final Map<String, CouncilMatch> byNormalisedName;

    private CouncilNameIndex(Map<String, CouncilMatch> byNormalisedName) {
        this.byNormalisedName = Map.copyOf(byNormalisedName);
    }

    /** A council a name matched: its GSS code and official name. */
    public record CouncilMatch(String gss, String officialName) {}

    /** Reads {@code councils.csv} and {@code council-names.csv} from the class path. */
    public static CouncilNameIndex fromClasspath() {
        ClassLoader loader = CouncilNameIndex.class.getClassLoader();
        Map<String, String> officialNames = new HashMap<>();
        Map<String, CouncilMatch> index = new HashMap<>();
        for (CsvRecord row : rows(loader, COUNCILS)) {
            officialNames.put(row.require("gss_code"), row.require("official_name"));
        }
        for (CsvRecord row : rows(loader, NAMES)) {
            String gss = row.require("gss_code");
            index.putIfAbsent(
                    normalise(row.require("name")), new CouncilMatch(gss, officialNames.getOrDefault(gss, gss)));
        }
        // The official and short names are always known spellings too.
        for (CsvRecord row : rows(loader, COUNCILS)) {
            CouncilMatch match = new CouncilMatch(row.require("gss_code"), row.require("official_name"));
            index.putIfAbsent(normalise(row.require("official_name")), match);
            index.putIfAbsent(normalise(row.require("short_name")), match);
        }
        return new CouncilNameIndex(index);
    }

    /** The council whose known spelling equals {@code name} once both are normalised. */
    public Optional<CouncilMatch> match(String name) {
        return Optional.ofNullable(byNormalisedName.get(normalise(name)));
    }

    /** How many distinct normalised spellings the index knows. */
    public int size() {
        return byNormalisedName.size();
    }

    /** Lower case, accents and punctuation removed, "&" as "and", single spaces. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase().replace("&", " and ").replaceAll("[^a-z0-9]+", " ");
        return s.trim().replaceAll(" +", " ");
    }

    private static java.util.List<CsvRecord> rows(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The council register " + resource + " is missing from the class path");
            }
            return CsvReader.readAll(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

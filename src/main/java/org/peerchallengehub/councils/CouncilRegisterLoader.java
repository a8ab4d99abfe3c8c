package org.peerchallengehub.councils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import org.peerchallengehub.shared.database.ReferenceDataLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the council register shipped in {@code data/councils/} (see its SOURCE.md) into PostgreSQL
 * at start-up, in one transaction, when the files differ from what was loaded last (by checksum).
 * Councils are upserted by GSS code, never deleted: other records point at them.
 */
@Component
@Order(10)
class CouncilRegisterLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CouncilRegisterLoader.class);
    static final String COUNCILS = "data/councils/councils.csv";
    static final String NAMES = "data/councils/council-names.csv";
    private static final String DATASET = "councils-register";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ReferenceDataLoads loads;
    private final Reorganisations reorganisations;

    CouncilRegisterLoader(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate named,
            ReferenceDataLoads loads,
            Reorganisations reorganisations) {
        this.jdbc = jdbc;
        this.reorganisations = reorganisations;
        this.loads = loads;
        this.named = named;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hub.councils-register'))")
                .query()
                .listOfRows();
        byte[] councilsFile = bytes(COUNCILS);
        byte[] namesFile = bytes(NAMES);
        String checksum = sha256(councilsFile, namesFile);
        Optional<String> loaded = loads.checksum(DATASET);
        if (loaded.filter(checksum::equals).isPresent()) {
            return;
        }
        List<CsvRecord> councils = CsvReader.readAll(reader(councilsFile));
        batch(
                UPSERT_COUNCIL,
                councils.stream().map(CouncilRegisterLoader::councilParams).toList());
        jdbc.sql("delete from council_succession").update();
        jdbc.sql("delete from council_former_code").update();
        List<Map<String, Object>> successions = new ArrayList<>();
        List<Map<String, Object>> formerCodes = new ArrayList<>();
        for (CsvRecord row : councils) {
            String gss = row.require("gss_code");
            words(row.get("successor_gss_codes")).forEach(s -> successions.add(Map.of("p", gss, "s", s)));
            words(row.get("former_gss_codes")).forEach(f -> formerCodes.add(Map.of("f", f, "g", gss)));
        }
        batch("insert into council_succession (predecessor_gss, successor_gss) values (:p, :s)", successions);
        batch(
                "insert into council_former_code (former_gss, gss_code) values (:f, :g) on conflict do nothing",
                formerCodes);

        jdbc.sql("delete from council_name").update();
        List<Map<String, Object>> names = new ArrayList<>();
        for (CsvRecord row : CsvReader.readAll(reader(namesFile))) {
            names.add(name(row.require("name"), row.require("gss_code")));
        }
        // The official and short names are always known spellings too.
        for (CsvRecord row : councils) {
            names.add(name(row.require("official_name"), row.require("gss_code")));
            names.add(name(row.require("short_name"), row.require("gss_code")));
        }
        batch(
                "insert into council_name (normalised_name, name, gss_code) values (:n, :name, :gss) on conflict do nothing",
                names);
        // the file knows nothing of the reorganisations recorded here: apply them again over it
        reorganisations.reapply();
        loads.record(DATASET, checksum, councils.size());
        log.info("Council register loaded: {} councils, {} known spellings", councils.size(), names.size());
    }

    private static final String UPSERT_COUNCIL =
            """
            insert into council (gss_code, registry_code, official_name, short_name, council_type, region,
                                 population, population_year, start_date, end_date, finance_ecode)
            values (:gss, :registry, :official, :short, :type, :region, :population, :populationYear,
                    :start, :end, :ecode)
            on conflict (gss_code) do update set
              registry_code = excluded.registry_code, official_name = excluded.official_name,
              short_name = excluded.short_name, council_type = excluded.council_type,
              region = excluded.region, population = excluded.population,
              population_year = excluded.population_year, start_date = excluded.start_date,
              end_date = excluded.end_date, finance_ecode = excluded.finance_ecode
            """;

    private static Map<String, Object> councilParams(CsvRecord row) {
        String population = row.get("population_2020");
        Map<String, Object> params = new HashMap<>();
        params.put("gss", row.require("gss_code"));
        params.put("registry", row.require("registry_code"));
        params.put("official", row.require("official_name"));
        params.put("short", row.require("short_name"));
        params.put("type", CouncilType.fromRegisterCode(row.require("type")).name());
        params.put("region", Region.fromLabel(row.require("region")).name());
        params.put("population", population == null ? null : Integer.valueOf(population));
        params.put("populationYear", population == null ? null : 2020);
        params.put("start", date(row.get("start_date")));
        params.put("end", date(row.get("end_date")));
        params.put("ecode", row.get("finance_ecode"));
        return params;
    }

    private static Map<String, Object> name(String name, String gss) {
        return Map.of("n", CouncilRegister.normaliseName(name), "name", name, "gss", gss);
    }

    private void batch(String sql, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate(sql, SqlParameterSourceUtils.createBatch(rows));
        }
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> words(String value) {
        return value == null ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static byte[] bytes(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The council register file " + path + " is missing from the application", e);
        }
    }

    private static InputStreamReader reader(byte[] bytes) {
        return new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.peerchallengehub.councils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.csv.CsvReader;
import org.peerchallengehub.shared.csv.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
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

    CouncilRegisterLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Optional<String> loaded = jdbc.sql("select checksum from reference_data_load where dataset = :d")
                .param("d", DATASET)
                .query(String.class)
                .optional();
        if (loaded.filter(checksum::equals).isPresent()) {
            return;
        }
        List<CsvRecord> councils = CsvReader.readAll(reader(councilsFile));
        for (CsvRecord row : councils) {
            upsert(row);
        }
        jdbc.sql("delete from council_succession").update();
        jdbc.sql("delete from council_former_code").update();
        for (CsvRecord row : councils) {
            String gss = row.require("gss_code");
            for (String successor : words(row.get("successor_gss_codes"))) {
                jdbc.sql("insert into council_succession (predecessor_gss, successor_gss) values (:p, :s)")
                        .param("p", gss)
                        .param("s", successor)
                        .update();
            }
            for (String former : words(row.get("former_gss_codes"))) {
                jdbc.sql(
                                "insert into council_former_code (former_gss, gss_code) values (:f, :g) on conflict do nothing")
                        .param("f", former)
                        .param("g", gss)
                        .update();
            }
        }
        jdbc.sql("delete from council_name").update();
        List<CsvRecord> names = CsvReader.readAll(reader(namesFile));
        for (CsvRecord row : names) {
            jdbc.sql(
                            """
                            insert into council_name (normalised_name, name, gss_code) values (:n, :name, :gss)
                            on conflict do nothing
                            """)
                    .param("n", CouncilRegister.normaliseName(row.require("name")))
                    .param("name", row.require("name"))
                    .param("gss", row.require("gss_code"))
                    .update();
        }
        // The official and short names are always known spellings too.
        jdbc.sql("select gss_code, official_name, short_name from council")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(c -> {
                    for (String name : List.of(c.get(1), c.get(2))) {
                        jdbc.sql(
                                        """
                                        insert into council_name (normalised_name, name, gss_code)
                                        values (:n, :name, :gss) on conflict do nothing
                                        """)
                                .param("n", CouncilRegister.normaliseName(name))
                                .param("name", name)
                                .param("gss", c.get(0))
                                .update();
                    }
                });
        jdbc.sql(
                        """
                        insert into reference_data_load (dataset, checksum, row_count) values (:d, :c, :n)
                        on conflict (dataset) do update set checksum = :c, row_count = :n, loaded_at = now()
                        """)
                .param("d", DATASET)
                .param("c", checksum)
                .param("n", councils.size())
                .update();
        log.info("Council register loaded: {} councils, {} known names", councils.size(), names.size());
    }

    private void upsert(CsvRecord row) {
        String population = row.get("population_2020");
        jdbc.sql(
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
                        """)
                .param("gss", row.require("gss_code"))
                .param("registry", row.require("registry_code"))
                .param("official", row.require("official_name"))
                .param("short", row.require("short_name"))
                .param("type", CouncilType.fromRegisterCode(row.require("type")).name())
                .param("region", Region.fromLabel(row.require("region")).name())
                .param("population", population == null ? null : Integer.valueOf(population))
                .param("populationYear", population == null ? null : 2020)
                .param("start", date(row.get("start_date")))
                .param("end", date(row.get("end_date")))
                .param("ecode", row.get("finance_ecode"))
                .update();
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

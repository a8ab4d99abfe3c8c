package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.peerchallengehub.shared.database.ReferenceDataLoads;
import org.peerchallengehub.shared.demo.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the real data shipped in {@code data/indicators/} (see its SOURCE.md) so that a newcomer sees
 * real councils with real figures: MHCLG revenue outturn and borrowing, DLUHC council tax receipts,
 * Oflog adult social care metrics and Ofsted children's services inspections.
 *
 * <p>It runs once the application is ready (and {@code hub.indicators.starting-dataset-delay} later,
 * 3 s by default, so that the readiness probe and first requests are served first), on a background
 * thread, so that it never delays readiness; progress is logged. Each file is imported in its own transaction, only when its
 * checksum differs from the one loaded last, under the import lock: several nodes starting together
 * load it once. {@code hub.indicators.starting-dataset}: {@code auto} (the default) loads it in demo
 * mode, into an empty store, or where it was loaded before; {@code always}; {@code never}.
 */
@Component
public class StartingDataset {

    private static final Logger log = LoggerFactory.getLogger(StartingDataset.class);
    static final String FOLDER = "data/indicators/";

    record DataFile(String name, ImportFormat format) {}

    static final List<DataFile> FILES = List.of(
            new DataFile("rs_key_measures_2015-16_to_2017-18.csv", ImportFormat.REVENUE_OUTTURN_CSV),
            new DataFile("la_borrowing_year_end_2009_2020.csv", ImportFormat.BORROWING_CSV),
            new DataFile("ct_receipts_by_authority_2010-11_to_2022-23.csv", ImportFormat.COUNCIL_TAX_RECEIPTS),
            new DataFile("adult_social_care_2015-16_to_2022-23.csv", ImportFormat.ADULT_SOCIAL_CARE_CSV),
            new DataFile("ofsted_childrens_services_inspections.csv", ImportFormat.OFSTED_INSPECTIONS_CSV));

    private final MetricImports imports;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment env;
    private final ReferenceDataLoads loads;
    private volatile CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    StartingDataset(
            MetricImports imports,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Environment env,
            ReferenceDataLoads loads) {
        this.loads = loads;
        this.imports = imports;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!wanted()) {
            log.info("Starting dataset not loaded (hub.indicators.starting-dataset={})", mode());
            return;
        }
        CompletableFuture<Void> loading = new CompletableFuture<>();
        done = loading;
        Duration delay =
                env.getProperty("hub.indicators.starting-dataset-delay", Duration.class, Duration.ofSeconds(3));
        Thread.ofPlatform().daemon().name("starting-dataset").start(() -> {
            try {
                // Let the readiness probe and the first requests be served before the CPU is taken.
                Thread.sleep(delay);
                load();
                loading.complete(null);
            } catch (RuntimeException e) {
                log.warn("Starting dataset: loading stopped: {}", e.getMessage());
                loading.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                loading.completeExceptionally(e);
            }
        });
    }

    /** Completes when the background load has finished (at once when there is none). */
    CompletableFuture<Void> done() {
        return done;
    }

    /** Loads every file that changed since it was last loaded; returns how many were loaded. */
    public int load() {
        long started = System.nanoTime();
        int loaded = 0;
        for (int i = 0; i < FILES.size(); i++) {
            DataFile file = FILES.get(i);
            byte[] content = bytes(file.name());
            String checksum = sha256(content);
            String dataset = "indicators/" + file.name();
            int position = i + 1;
            Optional<ImportResult> result = Optional.ofNullable(transaction.execute(status -> {
                jdbc.sql(MetricImports.LOCK).query().listOfRows();
                boolean current =
                        loads.checksum(dataset).filter(checksum::equals).isPresent();
                if (current) {
                    return null;
                }
                log.info("Starting dataset: loading {} of {}, {}", position, FILES.size(), file.name());
                ImportResult imported = imports.importInTransaction(
                        new MetricImports.ImportRequest(file.format(), ImportFile.of(file.name(), content), null));
                loads.record(dataset, checksum, imported.values() + imported.inspections());
                return imported;
            }));
            if (result.isPresent()) {
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info(
                    "Starting dataset loaded: {} of {} files in {} ms",
                    loaded,
                    FILES.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return loaded;
    }

    private boolean wanted() {
        return switch (mode()) {
            case "always" -> true;
            case "never" -> false;
            default ->
                demoMode()
                        || jdbc.sql("select not exists (select 1 from metric_import)")
                                .query(Boolean.class)
                                .single()
                        || loads.anyLoaded("indicators/");
        };
    }

    private String mode() {
        return env.getProperty("hub.indicators.starting-dataset", "auto")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private boolean demoMode() {
        return DemoMode.isOn(env);
    }

    static byte[] bytes(String name) {
        try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The starting dataset file " + name + " is missing from the application", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

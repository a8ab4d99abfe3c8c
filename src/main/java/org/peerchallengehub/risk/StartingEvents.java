package org.peerchallengehub.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.peerchallengehub.shared.database.ReferenceDataLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the outcomes before April 2020 shipped in {@code data/risk/outcome-events.csv} (see its SOURCE.md)
 * as events, at every start after the council register, in one transaction, only when the file changed
 * (by checksum): the rows of the earlier version are replaced. They are facts, not demonstration data, so
 * they are loaded with or without demo mode, as the register is.
 */
@Component
@Order(20)
class StartingEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartingEvents.class);
    static final String FILE = "data/risk/outcome-events.csv";
    static final String DATASET = "risk/outcome-events.csv";

    private final RiskEvents events;
    private final ReferenceDataLoads loads;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    StartingEvents(
            RiskEvents events, ReferenceDataLoads loads, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.events = events;
        this.loads = loads;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the file if it changed since it was last loaded; returns how many events were written. */
    int load() {
        byte[] content = bytes();
        String checksum = sha256(content);
        Integer loaded = transaction.execute(status -> {
            if (loads.checksum(DATASET).filter(checksum::equals).isPresent()) {
                return 0;
            }
            jdbc.sql("delete from risk_event where dataset = :dataset")
                    .param("dataset", DATASET)
                    .update();
            try {
                int count = events.loadStarting(DATASET, content);
                loads.record(DATASET, checksum, count);
                log.info("Risk: loaded {} outcome events from {}", count, FILE);
                return count;
            } catch (EventRefused refused) {
                status.setRollbackOnly();
                log.warn("Risk: the outcome events were not loaded: {}", refused.problems());
                return 0;
            }
        });
        return loaded == null ? 0 : loaded;
    }

    static byte[] bytes() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " is missing from the application", e);
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

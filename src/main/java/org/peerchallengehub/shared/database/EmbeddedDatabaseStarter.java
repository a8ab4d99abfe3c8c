package org.peerchallengehub.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, on its own thread, so that
 * the database (about 2–3 s, more on a first start with an empty folder) comes up while Spring builds
 * the rest of the application. {@link EmbeddedDatabaseConfiguration} takes the running server.
 * Registered in META-INF/spring.factories.
 */
public final class EmbeddedDatabaseStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String KEY_PROPERTY = "hub.embedded-database.key";
    private static final Map<String, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!EmbeddedDatabaseCondition.isEmbedded(env) || env.containsProperty(KEY_PROPERTY)) {
            return;
        }
        // Resolve the folder once (it may contain ${random.uuid} in tests) and pin it.
        Path dataDir = Path.of(env.getProperty("hub.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        boolean clean = env.getProperty("hub.embedded-database.clean", Boolean.class, false);
        String key = UUID.randomUUID().toString();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "hub-embedded-database", Map.of("hub.data-dir", dataDir.toString(), KEY_PROPERTY, key)));
        STARTING.put(key, CompletableFuture.supplyAsync(() -> start(dataDir, clean)));
    }

    /** The server started for this environment, or a new one when none was started early. */
    static EmbeddedPostgres take(String key, Path dataDir, boolean clean) {
        CompletableFuture<EmbeddedPostgres> starting = key == null ? null : STARTING.remove(key);
        return starting != null ? starting.join() : start(dataDir, clean);
    }

    static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }
}

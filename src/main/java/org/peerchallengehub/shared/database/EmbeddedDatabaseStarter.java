package org.peerchallengehub.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, on its own thread, so that
 * the database (about 2–3 s, more on a first start with an empty folder) comes up while Spring builds
 * the rest of the application. {@link EmbeddedDatabaseConfiguration} takes the running server. The data
 * folder is checked and taken first, on the calling thread, so that a folder that cannot be used stops
 * the start at once with one line saying why ({@link DataFolderProblem}). Registered in
 * META-INF/spring.factories.
 */
public final class EmbeddedDatabaseStarter implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String KEY_PROPERTY = "hub.embedded-database.key";
    private static final Map<String, CompletableFuture<EmbeddedPostgresServer>> STARTING = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!EmbeddedDatabaseCondition.isEmbedded(env) || env.containsProperty(KEY_PROPERTY)) {
            return;
        }
        // Resolve the folder once (it may contain ${random.uuid} in tests) and pin it.
        EmbeddedPostgresServer.Settings settings = settings(env);
        EmbeddedPostgresServer.FolderLock folder = EmbeddedPostgresServer.takeFolder(settings.dataDir());
        String key = UUID.randomUUID().toString();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "hub-embedded-database",
                        Map.of("hub.data-dir", settings.dataDir().toString(), KEY_PROPERTY, key)));
        STARTING.put(key, CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(settings, folder)));
    }

    /** The server started for this environment, or a new one when none was started early. */
    static EmbeddedPostgresServer take(Environment env) {
        String key = env.getProperty(KEY_PROPERTY);
        CompletableFuture<EmbeddedPostgresServer> starting = key == null ? null : STARTING.remove(key);
        if (starting != null) {
            try {
                return starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        EmbeddedPostgresServer.Settings settings = settings(env);
        return EmbeddedPostgresServer.start(settings, EmbeddedPostgresServer.takeFolder(settings.dataDir()));
    }

    static EmbeddedPostgresServer.Settings settings(Environment env) {
        Path dataDir = Path.of(env.getProperty("hub.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        boolean clean = env.getProperty("hub.embedded-database.clean", Boolean.class, false);
        String binaries = env.getProperty("hub.embedded-database.binaries-dir", "");
        return new EmbeddedPostgresServer.Settings(
                dataDir,
                binaries.isBlank()
                        ? defaultBinariesDir(dataDir)
                        : Path.of(binaries).toAbsolutePath().normalize(),
                clean,
                env.getProperty("hub.embedded-database.fsync", Boolean.class, !clean),
                env.getProperty("hub.embedded-database.synchronous-commit", Boolean.class, true),
                env.getProperty("hub.embedded-database.max-connections", Integer.class, 100),
                env.getProperty("hub.embedded-database.startup-wait", Duration.class, Duration.ofSeconds(120)));
    }

    /**
     * The user's own cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache}), shared by all of this
     * user's data folders so the binaries are unpacked once; the data folder when there is no home.
     */
    static Path defaultBinariesDir(Path dataDir) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "peer-challenge-hub");
        }
        if (home != null && !home.isBlank() && !home.equals("?") && java.nio.file.Files.isWritable(Path.of(home))) {
            return Path.of(home, ".cache", "peer-challenge-hub");
        }
        return dataDir.resolve("postgres-binaries");
    }
}

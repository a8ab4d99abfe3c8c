package org.peerchallengehub.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code backup FILE} and {@code restore FILE} on the command line, without the web application:
 *
 * <ul>
 *   <li>with an external database ({@code SPRING_DATASOURCE_URL} and its user and password), that one;
 *   <li>otherwise the embedded one of {@code HUB_DATA_DIR}: {@code backup} reads it while the Hub runs (it
 *       connects to the running server with the folder's secret) or starts it for the time of the backup;
 *       {@code restore} needs the Hub stopped and a data folder whose database is empty (a new folder).
 * </ul>
 *
 * Exits 0 and says what it did, or prints one line saying why not and exits 2. See {@link DatabaseBackup}.
 */
public final class DatabaseCommands {

    private DatabaseCommands() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("Usage: java -jar peer-challenge-hub.jar " + args[0] + " FILE");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("backup")) {
                return backup(file, env, out);
            }
            return restore(file, env, out);
        } catch (RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println(args[0] + " failed: " + e);
            return 2;
        }
    }

    private static int backup(Path file, Map<String, String> env, PrintStream out) throws java.io.IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (Target target = target(env, true);
                OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp))) {
            DatabaseBackup.Manifest manifest = DatabaseBackup.backup(target.dataSource(), stream);
            stream.close();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf(
                    "Backed up %s (schema version %s): %d tables, %d rows, %s%n",
                    target.description(),
                    manifest.schemaVersion(),
                    manifest.rows().size(),
                    manifest.rows().values().stream().mapToLong(Long::longValue).sum(),
                    file);
            return 0;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static int restore(Path file, Map<String, String> env, PrintStream out) throws java.io.IOException {
        try (Target target = target(env, false);
                InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            DatabaseBackup.Manifest manifest = DatabaseBackup.restore(stream, target.dataSource());
            out.printf(
                    "Restored %s into %s: %d tables, %d rows, every table checked against the backup. Start the Hub"
                            + " as usual; it brings the schema up to date.%n",
                    file,
                    target.description(),
                    manifest.rows().size(),
                    manifest.rows().values().stream().mapToLong(Long::longValue).sum());
            return 0;
        }
    }

    /** Where the database is, and what to close afterwards. */
    private record Target(DataSource dataSource, String description, List<AutoCloseable> toClose)
            implements AutoCloseable {
        @Override
        public void close() {
            for (AutoCloseable c : toClose) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing on the way out
                }
            }
        }
    }

    private static Target target(Map<String, String> env, boolean mayUseRunning) throws java.io.IOException {
        String url = env.get("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(url);
            ds.setUsername(env.get("SPRING_DATASOURCE_USERNAME"));
            ds.setPassword(env.get("SPRING_DATASOURCE_PASSWORD"));
            ds.setMaximumPoolSize(2);
            return new Target(ds, "the database at " + url, List.of(ds));
        }
        Path dataDir = Path.of(env.getOrDefault("HUB_DATA_DIR", "./data"))
                .toAbsolutePath()
                .normalize();
        EmbeddedPostgresServer.FolderLock folder;
        try {
            folder = EmbeddedPostgresServer.takeFolder(dataDir);
        } catch (DataFolderProblem inUse) {
            if (!mayUseRunning || !Files.exists(dataDir.resolve("postgres/postmaster.pid"))) {
                throw inUse;
            }
            // The Hub is running: read its database while it serves.
            List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
            int port = Integer.parseInt(pid.get(3).strip());
            DatabaseSecret secret = DatabaseSecret.inFolder(dataDir);
            return new Target(
                    EmbeddedPostgresServer.dataSource(
                            port, DatabaseSecret.APP_DATABASE, DatabaseSecret.APP_ROLE, secret.appPassword()),
                    "the running Hub's database in " + dataDir,
                    List.of());
        }
        String binaries = env.get("HUB_POSTGRES_BINARIES_DIR");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedPostgresServer.Settings(
                        dataDir,
                        binaries == null ? EmbeddedDatabaseStarter.defaultBinariesDir(dataDir) : Path.of(binaries),
                        false,
                        true,
                        true,
                        20,
                        Duration.ofSeconds(120)),
                folder);
        return new Target(
                EmbeddedPostgresServer.dataSource(
                        server.port(),
                        DatabaseSecret.APP_DATABASE,
                        DatabaseSecret.APP_ROLE,
                        server.secret().appPassword()),
                "the database in " + dataDir,
                List.of(server));
    }
}

package org.peerchallengehub.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL, run by the Hub itself from the binaries shipped in the jar (decision 0030):
 *
 * <ul>
 *   <li>password (SCRAM) sign-in only, on 127.0.0.1 only, no Unix socket; the passwords are generated
 *       into the data folder, readable by its owner only ({@link DatabaseSecret});
 *   <li>the application connects as the role {@code hub}, which owns its database and is not a superuser;
 *   <li>the binaries are unpacked into a folder private to this user ({@link PostgresBinaries});
 *   <li>{@code fsync} and {@code synchronous_commit} on unless a setting says otherwise;
 *   <li>a data folder made by an earlier version (trust sign-in, the data in the superuser's database) is
 *       moved to all of the above on its first start;
 *   <li>a PostgreSQL left running by a run of this data folder that was killed is found and stopped;
 *   <li>if the server dies while the Hub runs, it is started again on the same port.
 * </ul>
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String HBA_MARKER = "# Peer Challenge Hub: password (SCRAM) sign-in from this machine only";
    private static final long MIN_FREE_BYTES = 64L * 1024 * 1024;

    /** How the server is run. */
    record Settings(
            Path dataDir,
            Path binariesDir,
            boolean clean,
            boolean fsync,
            boolean synchronousCommit,
            int maxConnections,
            Duration startupWait) {

        Path pgData() {
            return dataDir.resolve("postgres");
        }

        Path logFile() {
            return dataDir.resolve("postgres.log");
        }
    }

    private final Settings settings;
    private final PostgresBinaries binaries;
    private final DatabaseSecret secret;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Process process;
    private volatile boolean closing;

    private EmbeddedPostgresServer(
            Settings settings,
            PostgresBinaries binaries,
            DatabaseSecret secret,
            FileChannel lockChannel,
            FileLock lock,
            int port) {
        this.settings = settings;
        this.binaries = binaries;
        this.secret = secret;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /**
     * Checks the data folder and takes it (one Hub per folder), so that a folder that cannot be used is
     * refused at once with {@link DataFolderProblem}, before anything else starts.
     */
    static FolderLock takeFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw DataFolderProblem.readOnly(dataDir);
        } catch (FileSystemException e) {
            throw problem(dataDir, e).orElseGet(() -> DataFolderProblem.notAFolder(dataDir));
        } catch (IOException e) {
            throw DataFolderProblem.notAFolder(dataDir);
        }
        if (!Files.isDirectory(dataDir)) {
            throw DataFolderProblem.notAFolder(dataDir);
        }
        try {
            Path probe = Files.createTempFile(dataDir, ".write-check", "");
            Files.write(probe, new byte[4096]);
            Files.delete(probe);
        } catch (FileSystemException e) {
            throw problem(dataDir, e).orElseGet(() -> DataFolderProblem.readOnly(dataDir));
        } catch (IOException e) {
            throw DataFolderProblem.readOnly(dataDir);
        }
        long free = dataDir.toFile().getUsableSpace();
        if (free < MIN_FREE_BYTES) {
            throw DataFolderProblem.full(dataDir, free);
        }
        try {
            FileChannel channel =
                    FileChannel.open(dataDir.resolve("hub.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw DataFolderProblem.inUse(dataDir);
            }
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            throw DataFolderProblem.readOnly(dataDir);
        }
    }

    /** The data folder, held for as long as this process runs the server. */
    record FolderLock(FileChannel channel, FileLock lock) {}

    private static Optional<DataFolderProblem> problem(Path dataDir, FileSystemException e) {
        String reason = String.valueOf(e.getReason()) + " " + e.getMessage();
        if (reason.contains("Read-only file system") || e instanceof AccessDeniedException) {
            return Optional.of(DataFolderProblem.readOnly(dataDir));
        }
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return Optional.of(DataFolderProblem.full(dataDir, dataDir.toFile().getUsableSpace()));
        }
        return Optional.empty();
    }

    /** Starts the server on a data folder taken with {@link #takeFolder}. */
    static EmbeddedPostgresServer start(Settings settings, FolderLock folder) {
        Path pgData = settings.pgData();
        try {
            stopLeftOver(settings);
            DatabaseSecret secret = DatabaseSecret.inFolder(settings.dataDir());
            PostgresBinaries binaries = PostgresBinaries.in(settings.binariesDir());
            if (settings.clean()) {
                FileSystemUtils.deleteRecursively(pgData);
            }
            if (!Files.exists(pgData.resolve("PG_VERSION"))) {
                initdb(binaries, settings, secret);
            } else if (!Files.readString(pgData.resolve("pg_hba.conf")).contains(HBA_MARKER)) {
                secureEarlierFolder(binaries, settings, secret);
            }
            writeHba(pgData);
            int port = freePort();
            EmbeddedPostgresServer server =
                    new EmbeddedPostgresServer(settings, binaries, secret, folder.channel(), folder.lock(), port);
            server.launch();
            server.provision();
            return server;
        } catch (IOException e) {
            throw problemOf(settings.dataDir(), e)
                    .map(RuntimeException.class::cast)
                    .orElseGet(
                            () -> new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e));
        }
    }

    private static Optional<DataFolderProblem> problemOf(Path dataDir, IOException e) {
        return e instanceof FileSystemException fs ? problem(dataDir, fs) : Optional.empty();
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DatabaseSecret.APP_DATABASE;
    }

    DatabaseSecret secret() {
        return secret;
    }

    Path dataDir() {
        return settings.dataDir();
    }

    Path binaries() {
        return binaries.home();
    }

    /** Times the server was started again after it died. */
    int restarts() {
        return restarts.get();
    }

    boolean running() {
        Process p = process;
        return p != null && p.isAlive();
    }

    long pid() {
        return process.pid();
    }

    PGSimpleDataSource superuser(String database) {
        return dataSource(port, database, DatabaseSecret.SUPERUSER, secret.superuserPassword());
    }

    static PGSimpleDataSource dataSource(int port, String database, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(2);
        ds.setLoginTimeout(3);
        ds.setApplicationName("peer-challenge-hub");
        return ds;
    }

    // ---------------------------------------------------------------- starting

    private static void initdb(PostgresBinaries binaries, Settings settings, DatabaseSecret secret) throws IOException {
        Path pgData = settings.pgData();
        FileSystemUtils.deleteRecursively(pgData);
        Files.createDirectories(pgData.getParent());
        Path pwfile = Files.createTempFile(
                settings.dataDir(),
                ".pw",
                "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, secret.superuserPassword() + "\n");
            run(
                    binaries.command(
                            "initdb",
                            "-D",
                            pgData.toString(),
                            "-U",
                            DatabaseSecret.SUPERUSER,
                            "--auth=scram-sha-256",
                            "--pwfile=" + pwfile,
                            "-E",
                            "UTF-8"),
                    settings.logFile(),
                    "initdb");
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /**
     * A folder made by an earlier version lets anyone on the machine in as the superuser without a
     * password ({@code trust}). Before the server listens again, the superuser gets its password in
     * single-user mode (no network at all); the application role and the move of the data to it follow
     * in {@link #provision()}.
     */
    private static void secureEarlierFolder(PostgresBinaries binaries, Settings settings, DatabaseSecret secret)
            throws IOException {
        log.info(
                "The data folder {} was made by an earlier version with password-less access: giving the database"
                        + " its own passwords and an application role that is not a superuser",
                settings.dataDir());
        ProcessBuilder builder = new ProcessBuilder(binaries.command(
                        "postgres",
                        "--single",
                        "-D",
                        settings.pgData().toString(),
                        "-c",
                        "log_statement=none",
                        "postgres"))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
        Process single = builder.start();
        try (var in = single.getOutputStream()) {
            in.write(("alter role " + DatabaseSecret.SUPERUSER + " with password '" + secret.superuserPassword()
                            + "';\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        waitFor(single, "postgres --single", settings.logFile());
    }

    private static void writeHba(Path pgData) throws IOException {
        Files.writeString(
                pgData.resolve("pg_hba.conf"),
                HBA_MARKER + "\n# Written by the Hub at every start; changes here are lost.\n"
                        + "host all all 127.0.0.1/32 scram-sha-256\n"
                        + "host all all ::1/128 scram-sha-256\n");
    }

    private void launch() throws IOException {
        long logStart = Files.exists(settings.logFile()) ? Files.size(settings.logFile()) : 0;
        List<String> arguments = new ArrayList<>(List.of(
                "-D",
                settings.pgData().toString(),
                "-p",
                String.valueOf(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "password_encryption=scram-sha-256",
                "-c",
                "max_connections=" + settings.maxConnections(),
                "-c",
                "fsync=" + (settings.fsync() ? "on" : "off"),
                "-c",
                "synchronous_commit=" + (settings.synchronousCommit() ? "on" : "off")));
        Process started = new ProcessBuilder(binaries.command("postgres", arguments.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .start();
        process = started;
        long deadline = System.nanoTime() + settings.startupWait().toNanos();
        PGSimpleDataSource probe = superuser("template1");
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw diagnose(logStart);
            }
            try (Connection c = probe.getConnection()) {
                started.onExit().thenRun(() -> exited(started));
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        started.destroyForcibly();
        throw new IllegalStateException(
                "The embedded PostgreSQL did not accept connections within "
                        + settings.startupWait().toSeconds() + " s; its log is " + settings.logFile(),
                last);
    }

    /** Why the server stopped while starting, from the end of its log. */
    private RuntimeException diagnose(long logStart) throws IOException {
        String tail = new String(readFrom(settings.logFile(), logStart), StandardCharsets.UTF_8);
        if (tail.contains("No space left on device")) {
            return DataFolderProblem.full(
                    settings.dataDir(), settings.dataDir().toFile().getUsableSpace());
        }
        if (tail.contains("Read-only file system") || tail.contains("Permission denied")) {
            return DataFolderProblem.readOnly(settings.dataDir());
        }
        String reason = tail.lines()
                .filter(l -> l.contains("FATAL") || l.contains("PANIC") || l.contains("ERROR"))
                .reduce((a, b) -> b)
                .orElse(tail.lines().reduce((a, b) -> b).orElse("no message"));
        return new IllegalStateException("The embedded PostgreSQL stopped while starting (" + reason.strip()
                + "); its log is " + settings.logFile());
    }

    private static byte[] readFrom(Path file, long offset) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(offset, in.length() - 16_384);
            in.seek(from);
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.readFully(bytes);
            return bytes;
        }
    }

    /**
     * The application role and its database, every start (so that the role's password follows the
     * secret file). A folder of an earlier version kept its data in the superuser's database
     * {@code postgres}: that database becomes {@code hub} and everything in it passes to the role.
     */
    private void provision() {
        try (Connection c = superuser("template1").getConnection();
                Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DatabaseSecret.APP_ROLE
                    + "') then create role " + DatabaseSecret.APP_ROLE + "; end if; end $$");
            s.execute("alter role " + DatabaseSecret.APP_ROLE
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + secret.appPassword() + "'");
            boolean exists;
            try (var rs = s.executeQuery(
                    "select exists (select from pg_database where datname = '" + DatabaseSecret.APP_DATABASE + "')")) {
                rs.next();
                exists = rs.getBoolean(1);
            }
            if (!exists) {
                if (holdsEarlierData()) {
                    log.info("Moving the data of the earlier version from the database postgres to the database hub");
                    s.execute("alter database postgres rename to " + DatabaseSecret.APP_DATABASE);
                    s.execute("create database postgres template template0");
                    s.execute("alter database " + DatabaseSecret.APP_DATABASE + " owner to " + DatabaseSecret.APP_ROLE);
                } else {
                    s.execute("create database " + DatabaseSecret.APP_DATABASE + " owner " + DatabaseSecret.APP_ROLE
                            + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the application role of the embedded PostgreSQL", e);
        }
        try (Connection c = superuser(DatabaseSecret.APP_DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + DatabaseSecret.APP_ROLE);
            s.execute(
                    """
                    do $$
                    declare r record;
                    begin
                      for r in
                        select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relowner <> 'hub'::regrole and c.relkind in ('r','p','v','m','f','S')
                          and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                            and d.deptype in ('a', 'i', 'e'))
                      loop
                        execute format('alter table %s owner to hub', r.name);
                      end loop;
                      for r in
                        select p.oid::regprocedure as sig, p.prokind from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and p.proowner <> 'hub'::regrole
                          and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                                            and d.deptype = 'e')
                      loop
                        execute format('alter %s %s owner to hub',
                            case r.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end, r.sig);
                      end loop;
                      for r in
                        select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                        where n.nspname = 'public' and t.typowner <> 'hub'::regrole and t.typtype in ('e', 'd', 'r', 'm')
                          and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                                            and d.deptype in ('e', 'i'))
                      loop
                        execute format('alter type %s owner to hub', r.name);
                      end loop;
                    end $$
                    """);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the application role its database", e);
        }
    }

    private boolean holdsEarlierData() throws SQLException {
        try (Connection c = superuser("postgres").getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    // ---------------------------------------------------------------- left over and dying

    /**
     * A Hub killed without stopping its database (kill -9, a power cut of the JVM only) leaves its
     * PostgreSQL running on this data folder, which no new server could then start on. As this process
     * holds the data folder, no running Hub uses that server: stop it, saying so.
     */
    private static void stopLeftOver(Settings settings) throws IOException {
        Path pidFile = settings.pgData().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !isPostgresOf(pid, settings.pgData())) {
            return;
        }
        String port = lines.size() > 3 ? lines.get(3).strip() : "?";
        log.warn(
                "Found the PostgreSQL (process {}, port {}) of an earlier run of the data folder {} still running:"
                        + " that run ended without stopping it. Stopping it before starting again.",
                pid,
                port,
                settings.dataDir());
        signal(pid, "INT");
        if (!waitForExit(handle.get(), Duration.ofSeconds(30))) {
            log.warn("It did not stop within 30 s: killing it (PostgreSQL recovers from its log at the next start)");
            signal(pid, "KILL");
            waitForExit(handle.get(), Duration.ofSeconds(10));
        }
        log.info("Stopped the PostgreSQL left running by the earlier run (process {})", pid);
    }

    private static boolean isPostgresOf(long pid, Path pgData) {
        try {
            String commandLine = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(pgData.toString());
        } catch (IOException e) {
            return ProcessHandle.of(pid)
                    .flatMap(h -> h.info().command())
                    .map(c -> c.endsWith("postgres"))
                    .orElse(false);
        }
    }

    private void exited(Process died) {
        if (closing || died != process) {
            return;
        }
        log.error(
                "The embedded PostgreSQL (process {}) stopped unexpectedly with exit code {}: starting it again",
                died.pid(),
                died.exitValue());
        Thread.ofPlatform().daemon().name("embedded-postgres-restart").start(this::restart);
    }

    private void restart() {
        long pause = 250;
        long began = System.nanoTime();
        while (!closing) {
            try {
                launch();
                if (closing) {
                    // The Hub began to stop while the server was starting again: stop this one too.
                    close();
                    return;
                }
                restarts.incrementAndGet();
                log.info(
                        "The embedded PostgreSQL is running again (process {}, after {} ms)",
                        process.pid(),
                        (System.nanoTime() - began) / 1_000_000);
                return;
            } catch (RuntimeException | IOException e) {
                log.error(
                        "Could not start the embedded PostgreSQL again ({}); trying again in {} ms",
                        e.getMessage(),
                        pause);
                sleep(pause);
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    /** For tests: lets go of the folder and the server as a killed JVM would, leaving the server running. */
    void abandon() throws IOException {
        closing = true;
        lock.release();
        lockChannel.close();
    }

    @Override
    public void close() {
        closing = true;
        Process p = process;
        if (p != null && p.isAlive()) {
            signal(p.pid(), "INT");
            if (!waitForExit(p.toHandle(), Duration.ofSeconds(30))) {
                p.destroyForcibly();
                waitForExit(p.toHandle(), Duration.ofSeconds(10));
            }
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.debug("Could not release the data folder lock", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(List<String> command, Path logFile, String name) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        waitFor(p, name, logFile);
    }

    private static void waitFor(Process p, String name, Path logFile) throws IOException {
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within 120 s; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
        if (p.exitValue() != 0) {
            String tail = new String(readFrom(logFile, 0), StandardCharsets.UTF_8);
            if (tail.contains("No space left on device")) {
                throw new FileSystemException(logFile.getParent().toString(), null, "No space left on device");
            }
            if (tail.contains("Read-only file system")) {
                throw new FileSystemException(logFile.getParent().toString(), null, "Read-only file system");
            }
            throw new IllegalStateException(name + " failed (exit code " + p.exitValue() + "); see " + logFile);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

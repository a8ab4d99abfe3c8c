package org.peerchallengehub.shared.database;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A whole Hub as one file, and back (decision 0034): every table of the schema (uploaded documents
 * included, as they live in PostgreSQL), read in one consistent snapshot with {@code COPY … (FORMAT
 * binary)} into a ZIP with a manifest — the schema version (Flyway's), each table's row count and a
 * checksum of its rows. Restoring migrates an empty database to that version, loads every table in one
 * transaction (triggers off, foreign keys checked once at the end), checks every table against its
 * checksum, and leaves later migrations to the next start. Sessions are not kept: everyone signs in
 * again after a restore. Needs no superuser and no {@code pg_dump}: the embedded database's binaries do
 * not include it.
 */
public final class DatabaseBackup {

    /** Tables that are not the Hub's record: the schema history (rebuilt by Flyway), sessions and locks. */
    static final List<String> NOT_BACKED_UP =
            List.of("flyway_schema_history", "spring_session", "spring_session_attributes", "shedlock");

    /** What a backup holds: the schema version and each table's rows and checksum. */
    public record Manifest(
            String schemaVersion, Instant taken, Map<String, Long> rows, Map<String, String> checksums) {}

    private DatabaseBackup() {}

    /** Writes the database behind {@code source} to {@code out}; the manifest written. */
    public static Manifest backup(DataSource source, OutputStream out) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                String version = schemaVersion(c);
                List<String> tables = tables(c);
                Map<String, Long> rows = new LinkedHashMap<>();
                Map<String, String> checksums = new LinkedHashMap<>();
                for (String table : tables) {
                    rows.put(table, count(c, table));
                    checksums.put(table, checksum(c, table));
                }
                Manifest manifest = new Manifest(version, Instant.now(), rows, checksums);
                ZipOutputStream zip = new ZipOutputStream(out);
                // The manifest first, so that a restore knows the schema version before the rows stream in.
                zip.putNextEntry(new ZipEntry("manifest.properties"));
                write(manifest, zip);
                zip.closeEntry();
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    copy.copyOut("copy public." + quote(table) + " to stdout (format binary)", new NonClosing(zip));
                    zip.closeEntry();
                }
                zip.finish();
                c.commit();
                return manifest;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written", e);
        }
    }

    /**
     * Restores a backup into the empty database behind {@code target}: migrates it to the backup's schema
     * version, loads every table and checks each against the backup's checksum, all or nothing.
     */
    public static Manifest restore(InputStream in, DataSource target) {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("manifest.properties")) {
                throw new IllegalArgumentException("The file is not a Hub backup: it does not start with its manifest");
            }
            Manifest manifest = read(zip);
            Flyway.configure()
                    .dataSource(target)
                    .locations("classpath:db/migration")
                    .target(manifest.schemaVersion())
                    .load()
                    .migrate();
            try (Connection c = target.getConnection()) {
                c.setAutoCommit(false);
                try {
                    load(c, zip, manifest);
                    c.commit();
                    return manifest;
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed, and changed nothing: " + e.getMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException("The file is not a Hub backup, or it is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Connection c, ZipInputStream zip, Manifest manifest) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            long people = count(c, "user_account");
            if (people > 0) {
                throw new IllegalStateException("The database already holds data (" + people
                        + " accounts): restore into an empty one (a new HUB_DATA_DIR, or an empty database)");
            }
            List<String> present = tables(c);
            if (!present.containsAll(manifest.rows().keySet())) {
                throw new IllegalStateException("The database's schema does not have every table of the backup");
            }
            List<String[]> foreignKeys = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    """
                    select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace
                    """)) {
                while (rs.next()) {
                    foreignKeys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (String[] fk : foreignKeys) {
                s.execute("alter table " + fk[0] + " drop constraint " + quote(fk[1]));
            }
            s.execute("truncate "
                    + String.join(
                            ", ",
                            present.stream().map(t -> "public." + quote(t)).toList()) + " restart identity");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<String> loaded = new ArrayList<>();
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.getName().startsWith("tables/") || !entry.getName().endsWith(".copy")) {
                    continue;
                }
                String table = entry.getName().substring(7, entry.getName().length() - 5);
                if (!manifest.rows().containsKey(table)) {
                    throw new IllegalArgumentException("The backup holds a table its manifest does not name: " + table);
                }
                String name = "public." + quote(table);
                s.execute("alter table " + name + " disable trigger user");
                copy.copyIn("copy " + name + " from stdin (format binary)", new java.io.FilterInputStream(zip) {
                    @Override
                    public void close() {
                        // the next entry follows in the same stream
                    }
                });
                s.execute("alter table " + name + " enable trigger user");
                loaded.add(table);
            }
            if (!loaded.containsAll(manifest.rows().keySet())) {
                throw new IllegalArgumentException("The backup is incomplete: some of its tables are missing");
            }
            for (String[] fk : foreignKeys) {
                s.execute("alter table " + fk[0] + " add constraint " + quote(fk[1]) + " " + fk[2]);
            }
            List<String> resets = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    """
                    select format('select setval(%L, coalesce((select max(%I) from %s), 0) + 1, false)',
                                  pg_get_serial_sequence(c.oid::regclass::text, a.attname), a.attname, c.oid::regclass)
                    from pg_class c join pg_attribute a on a.attrelid = c.oid
                    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0
                      and not a.attisdropped and pg_get_serial_sequence(c.oid::regclass::text, a.attname) is not null
                    """)) {
                while (rs.next()) {
                    resets.add(rs.getString(1));
                }
            }
            for (String reset : resets) {
                s.execute(reset);
            }
            for (String table : manifest.rows().keySet()) {
                if (!checksum(c, table).equals(manifest.checksums().get(table))) {
                    throw new IllegalStateException("The table " + table + " did not restore as it was backed up");
                }
            }
        }
    }

    /** Each table's checksum as it stands in the database behind {@code source}, for comparing. */
    public static Map<String, String> checksums(DataSource source) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<String, String> result = new LinkedHashMap<>();
            for (String table : tables(c)) {
                result.put(table, checksum(c, table));
            }
            c.rollback();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                if (!NOT_BACKED_UP.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from flyway_schema_history where success"
                        + " and version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no schema yet: nothing to back up");
            }
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from public." + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rows' text, hashed row by row and the hashes hashed in order: the same rows give the same sum. */
    private static String checksum(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(md5(string_agg(h, '' order by h)), 'empty') from"
                        + " (select md5(t::text) h from public." + quote(table) + " t) rows")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void write(Manifest manifest, OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("schema.version", manifest.schemaVersion());
        p.setProperty("taken", manifest.taken().toString());
        manifest.rows().forEach((t, n) -> p.setProperty("rows." + t, String.valueOf(n)));
        manifest.checksums().forEach((t, sum) -> p.setProperty("checksum." + t, sum));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.store(bytes, " Peer Challenge Hub backup");
        out.write(bytes.toByteArray());
    }

    private static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(
                new ByteArrayInputStream(in.readNBytes(10_000_000)), StandardCharsets.ISO_8859_1));
        if (!"1".equals(p.getProperty("format"))) {
            throw new IOException("unknown backup format " + p.getProperty("format"));
        }
        Map<String, Long> rows = new java.util.TreeMap<>();
        Map<String, String> checksums = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rows.")) {
                rows.put(key.substring(5), Long.parseLong(p.getProperty(key)));
            } else if (key.startsWith("checksum.")) {
                checksums.put(key.substring(9), p.getProperty(key));
            }
        }
        return new Manifest(p.getProperty("schema.version"), Instant.parse(p.getProperty("taken")), rows, checksums);
    }

    /** Lets COPY write into the ZIP without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

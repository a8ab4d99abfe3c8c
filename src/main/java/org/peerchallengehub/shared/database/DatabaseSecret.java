package org.peerchallengehub.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's passwords, generated on first start (256 random bits each) and kept in
 * {@code HUB_DATA_DIR/database-secret.properties}, readable and writable by its owner only: the
 * application role's ({@value #APP_ROLE}, not a superuser, owns the schema) and the superuser's
 * ({@value #SUPERUSER}, used only to set up roles, and by {@code restore}). Without them, nobody —
 * another local user included — can connect to the database.
 */
record DatabaseSecret(String appPassword, String superuserPassword) {

    static final String APP_ROLE = "hub";
    static final String SUPERUSER = "postgres";
    static final String APP_DATABASE = "hub";
    static final String FILE = "database-secret.properties";
    private static final Logger log = LoggerFactory.getLogger(DatabaseSecret.class);

    @Override
    public String toString() {
        return "DatabaseSecret[hidden]";
    }

    /** Reads the folder's secret, creating it (owner-only) when there is none yet. */
    static DatabaseSecret inFolder(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                if (!Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"))) {
                    log.warn("{} could be read by other users: made it readable by its owner only", file);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                String app = properties.getProperty("app.password");
                String superuser = properties.getProperty("superuser.password");
                if (app == null || superuser == null) {
                    throw new IllegalStateException(file + " lacks app.password or superuser.password");
                }
                return new DatabaseSecret(app, superuser);
            }
            DatabaseSecret secret = new DatabaseSecret(generate(), generate());
            Path temp = Files.createTempFile(
                    dataDir,
                    ".database-secret",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties properties = new Properties();
            properties.setProperty("app.password", secret.appPassword);
            properties.setProperty("superuser.password", secret.superuserPassword);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(
                        out,
                        " The embedded PostgreSQL's passwords: role " + APP_ROLE + " (the application) and " + SUPERUSER
                                + " (the superuser). Keep this file private.");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

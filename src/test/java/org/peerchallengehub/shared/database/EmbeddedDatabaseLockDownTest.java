package org.peerchallengehub.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database as another local user would meet it: it refuses a connection without its
 * secret (as the superuser or the application role), the application's own role is not a superuser,
 * the secret and the binaries are private to the Hub's user, and a committed change is on disk.
 */
@HubIntegrationTest
class EmbeddedDatabaseLockDownTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refuses_a_connection_without_its_secret() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/";
        for (String user : new String[] {"postgres", "hub"}) {
            for (String database : new String[] {"postgres", "hub", "template1"}) {
                Properties none = new Properties();
                none.setProperty("user", user);
                assertThatThrownBy(() -> DriverManager.getConnection(url + database, none)
                                .close())
                        .as("%s to %s without a password", user, database)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                Properties wrong = new Properties();
                wrong.setProperty("user", user);
                wrong.setProperty("password", "guess-" + user);
                assertThatThrownBy(() -> DriverManager.getConnection(url + database, wrong)
                                .close())
                        .as("%s to %s with a wrong password", user, database)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
        }
    }

    @Test
    void the_application_connects_as_a_role_that_is_not_a_superuser_and_owns_its_tables() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("hub");
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls"
                                + " from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner <> 'hub'")
                        .query(Long.class)
                        .single())
                .isZero();
        // A superuser could read the server's files: the application cannot.
        assertThatThrownBy(() -> jdbc.sql("select pg_read_file('postgresql.conf')")
                        .query(String.class)
                        .single())
                .hasStackTraceContaining("permission denied for function pg_read_file");
    }

    @Test
    void listens_on_loopback_only_without_a_unix_socket_and_commits_durably() throws Exception {
        try (Connection c = server.superuser("hub").getConnection();
                var s = c.createStatement()) {
            assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(s, "unix_socket_directories")).isEmpty();
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(s, "password_encryption")).isEqualTo("scram-sha-256");
            String hba = Files.readString(server.dataDir().resolve("postgres/pg_hba.conf"));
            assertThat(hba.lines().filter(l -> !l.startsWith("#") && !l.isBlank()))
                    .allSatisfy(l -> assertThat(l).startsWith("host ").endsWith("scram-sha-256"));
        }
    }

    @Test
    void the_secret_and_the_binaries_are_private_to_the_hubs_user() throws Exception {
        Path secret = server.dataDir().resolve(DatabaseSecret.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        Path binaries = server.binaries();
        assertThat(ProcessHandle.of(server.pid())
                        .flatMap(h -> h.info().commandLine())
                        .orElse(""))
                .as("the running server's binary")
                .contains(binaries.resolve("bin/postgres").toString());
        Path folder = binaries.getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .as("%s", folder)
                .isEqualTo("rwx------");
        assertThat(folder.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir") + "/embedded-pg");
    }

    private static String setting(java.sql.Statement s, String name) throws SQLException {
        try (var rs = s.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package org.peerchallengehub.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A populated Hub backed up and restored into an empty database: every table, uploaded documents
 * included, row for row identical; a restore over data refused; and the jar's {@code backup} (of the
 * running Hub) and {@code restore} (into a new data folder) commands doing the same. The shared
 * application's database is only read.
 */
@HubIntegrationTest
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.peerchallengehub.challenges.Challenges challenges;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @TempDir
    Path temp;

    @Test
    void a_backup_restored_into_an_empty_database_has_every_record_and_file_identical() throws Exception {
        // An uploaded file of its own, besides whatever the other tests and the demo wrote.
        byte[] pdf = "%PDF-1.4\n% a document only this test uploaded\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        jdbc.sql("insert into audit_event (action, subject_type, summary) values ('backup.test', 'test', 'A mark')")
                .update();
        var manager = ((org.peerchallengehub.shared.security.AuthenticatedUser)
                        users.loadUserByUsername(org.peerchallengehub.support.Demo.MANAGER))
                .currentUser();
        java.time.LocalDate start = java.time.LocalDate.of(2032, 6, 7);
        long challenge = challenges.book(
                manager,
                new org.peerchallengehub.challenges.Challenges.Booking(
                        org.peerchallengehub.support.Demo.COUNCIL_GSS,
                        org.peerchallengehub.challenges.ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        null,
                        null,
                        null,
                        null));
        long document = challenges.upload(
                manager, challenge, org.peerchallengehub.challenges.DocumentKind.SUPPORTING, "evidence.pdf", pdf);
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        DatabaseBackup.Manifest manifest = DatabaseBackup.backup(dataSource, backup);
        assertThat(manifest.rows().get("user_account")).isPositive();
        assertThat(manifest.rows().get("council")).isEqualTo(365);
        assertThat(manifest.rows()).containsKey("challenge_document").doesNotContainKey("spring_session");

        DataSource empty = newDatabase("restore_check");
        DatabaseBackup.Manifest restored =
                DatabaseBackup.restore(new ByteArrayInputStream(backup.toByteArray()), empty);
        assertThat(restored.rows()).isEqualTo(manifest.rows());
        Map<String, String> after = DatabaseBackup.checksums(empty);
        for (var table : manifest.checksums().entrySet()) {
            assertThat(after.get(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
        }
        // New rows after a restore do not collide with restored ones.
        JdbcClient restoredJdbc = JdbcClient.create(empty);
        restoredJdbc
                .sql("insert into audit_event (action, subject_type, summary) values ('after', 'test', 'x')")
                .update();
        assertThat(restoredJdbc
                        .sql("select count(*) from audit_event where action = 'backup.test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThatThrownBy(() -> DatabaseBackup.restore(new ByteArrayInputStream(backup.toByteArray()), empty))
                .hasMessageContaining("already holds data");
        assertThat(restoredJdbc
                        .sql("select content from challenge_document where id = :id")
                        .param("id", document)
                        .query(byte[].class)
                        .single())
                .isEqualTo(pdf);
    }

    @Test
    void the_jars_backup_of_a_running_hub_restores_into_a_new_data_folder() throws Exception {
        Path file = temp.resolve("hub.backup");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int backedUp = DatabaseCommands.run(
                new String[] {"backup", file.toString()},
                Map.of("HUB_DATA_DIR", server.dataDir().toString()),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(backedUp).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Backed up the running Hub's database");
        assertThat(Files.size(file)).isPositive();

        Path newFolder = temp.resolve("restored");
        int restored = DatabaseCommands.run(
                new String[] {"restore", file.toString()},
                Map.of("HUB_DATA_DIR", newFolder.toString()),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(restored).as(err.toString()).isZero();
        assertThat(out.toString()).contains("every table checked against the backup");

        int again = DatabaseCommands.run(
                new String[] {"restore", file.toString()},
                Map.of("HUB_DATA_DIR", newFolder.toString()),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(again).isEqualTo(2);
        assertThat(err.toString()).contains("already holds data");
    }

    DataSource newDatabase(String name) throws Exception {
        try (Connection c = server.superuser("postgres").getConnection()) {
            c.createStatement().execute("drop database if exists " + name);
            c.createStatement().execute("create database " + name + " owner hub");
        }
        return EmbeddedPostgresServer.dataSource(
                server.port(), name, DatabaseSecret.APP_ROLE, server.secret().appPassword());
    }
}

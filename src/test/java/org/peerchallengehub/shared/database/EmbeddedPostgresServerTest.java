package org.peerchallengehub.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server's own life, without the application: a data folder of an earlier version
 * (trust sign-in, data in the superuser's database) secured on its first start with nothing lost; a
 * server left running by a killed run found and stopped; a server that dies started again; a
 * read-only data folder refused with one line.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    EmbeddedPostgresServer.Settings settings(Path dataDir) {
        return new EmbeddedPostgresServer.Settings(
                dataDir,
                Path.of("target/embedded-pg-binaries").toAbsolutePath(),
                false,
                false,
                true,
                20,
                Duration.ofSeconds(60));
    }

    EmbeddedPostgresServer start(Path dataDir) {
        return EmbeddedPostgresServer.start(settings(dataDir), EmbeddedPostgresServer.takeFolder(dataDir));
    }

    @Test
    void a_folder_of_an_earlier_version_is_secured_on_its_first_start_with_its_data_kept() throws Exception {
        Path dataDir = temp.resolve("earlier");
        // As the earlier version made it: zonky's initdb (trust), the data in database postgres.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient jdbc = JdbcClient.create(earlier.getPostgresDatabase());
            jdbc.sql("create table flyway_schema_history (installed_rank int primary key, version text)")
                    .update();
            jdbc.sql("insert into flyway_schema_history values (1, '1')").update();
            jdbc.sql("create table document (id bigint generated always as identity primary key, content bytea)")
                    .update();
            jdbc.sql("insert into document (content) values ('\\x00ff'::bytea)").update();
            jdbc.sql("create function bump() returns trigger language plpgsql as $$ begin return new; end $$")
                    .update();
            jdbc.sql("create view documents as select id from document").update();
        }
        try (EmbeddedPostgresServer server = start(dataDir)) {
            JdbcClient app = JdbcClient.create(app(server));
            assertThat(app.sql("select encode(content, 'hex') from document")
                            .query(String.class)
                            .single())
                    .isEqualTo("00ff");
            app.sql("insert into document (content) values ('\\x01'::bytea)").update();
            app.sql("alter table document add column name text").update();
            assertThat(app.sql("select count(*) from documents")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThatThrownBy(() -> noPassword(server.port(), "postgres"))
                    .as("trust is gone")
                    .isInstanceOf(SQLException.class);
        }
        // And it stays so on the next start.
        try (EmbeddedPostgresServer again = start(dataDir)) {
            assertThat(JdbcClient.create(app(again))
                            .sql("select count(*) from document")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
    }

    @Test
    void a_server_left_running_by_a_killed_run_is_stopped_and_a_dead_server_is_started_again() throws Exception {
        Path dataDir = temp.resolve("crash");
        EmbeddedPostgresServer first = start(dataDir);
        long leftOver = first.pid();
        JdbcClient.create(app(first)).sql("create table kept (v int)").update();
        JdbcClient.create(app(first)).sql("insert into kept values (42)").update();
        first.abandon(); // as a kill -9 of the JVM would: the folder is free, the server runs on

        try (EmbeddedPostgresServer second = start(dataDir)) {
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive).orElse(false))
                    .as("the left-over server is stopped")
                    .isFalse();
            assertThat(Files.readString(dataDir.resolve("postgres.log"))).contains("database system is shut down");
            DataSource app = app(second);
            assertThat(JdbcClient.create(app)
                            .sql("select v from kept")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(42);

            // The server dies: the Hub starts it again on the same port.
            long pid = second.pid();
            new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start().waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (second.restarts() == 0) {
                assertThat(System.nanoTime()).as("started again within 60 s").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(second.pid()).isNotEqualTo(pid);
            assertThat(JdbcClient.create(app)
                            .sql("select v from kept")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(42);
        }
    }

    @Test
    void a_folder_in_use_by_another_hub_is_refused_with_one_line() {
        Path dataDir = temp.resolve("busy");
        EmbeddedPostgresServer.FolderLock held = EmbeddedPostgresServer.takeFolder(dataDir);
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.takeFolder(dataDir))
                    .isInstanceOf(DataFolderProblem.class)
                    .hasMessage("The data folder " + dataDir
                            + " is in use by another running Peer Challenge Hub: stop that one first (or set"
                            + " HUB_DATA_DIR to another folder).");
        } finally {
            try {
                held.lock().release();
                held.channel().close();
            } catch (java.io.IOException ignored) {
                // the temporary folder goes anyway
            }
        }
    }

    static DataSource app(EmbeddedPostgresServer server) {
        return EmbeddedPostgresServer.dataSource(
                server.port(),
                DatabaseSecret.APP_DATABASE,
                DatabaseSecret.APP_ROLE,
                server.secret().appPassword());
    }

    static void noPassword(int port, String user) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        try (Connection c =
                java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p)) {
            c.isValid(1);
        }
    }
}

package org.peerchallengehub;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchallengehub.knowledge.SampleReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk report import whose node is killed (SIGKILL: no shutdown, no clean-up) part way through:
 * another node started on the same database finishes the batch, and every file is imported exactly
 * once. Two packaged jars, one after the other, against one external PostgreSQL.
 */
class BulkImportRestartIT {

    static final int FILES = 20;

    @TempDir
    Path temp;

    final JarStartupIT jars = new JarStartupIT();

    @Test
    void a_batch_left_by_a_killed_node_is_finished_by_the_next_one_each_file_once() throws Exception {
        Path jar = JarStartupIT.jar();
        jars.temp = temp;
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("pg"))
                .setCleanDataDirectory(true)
                .start()) {
            DataSource source = database.getPostgresDatabase();
            JdbcClient jdbc = JdbcClient.create(source);
            Map<String, String> env = Map.of(
                    "HUB_DATA_DIR", temp.resolve("unused").toString(),
                    "SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"),
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "HUB_INDICATORS_STARTING_DATASET", "never",
                    "HUB_KNOWLEDGE_BULK_IMPORT_LEASE", "3s",
                    "HUB_KNOWLEDGE_BULK_IMPORT_POLL", "1s");

            JarStartupIT.Started first = jars.start(jar, env, "first-node");
            UUID batch = UUID.randomUUID();
            List<String> councils = jdbc.sql(
                            "select official_name from council where end_date is null order by gss_code limit :n")
                    .param("n", FILES)
                    .query(String.class)
                    .list();
            assertThat(councils).hasSize(FILES);
            try {
                for (int i = 0; i < FILES; i++) {
                    byte[] report = SampleReport.TEXT
                            .replace("Rutland County Council", councils.get(i))
                            .getBytes(StandardCharsets.UTF_8);
                    jdbc.sql(
                                    """
                                    insert into report_upload (batch_id, position, file_name, content, mode, status)
                                    values (:b, :p, :n, :c, 'BULK_SKIP', 'WAITING')
                                    """)
                            .param("b", batch)
                            .param("p", i)
                            .param("n", "report-" + i + ".txt")
                            .param("c", report)
                            .update();
                }
                // Kill the node as soon as it has imported a few files, with more still waiting.
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (count(jdbc, batch, "status <> 'WAITING'") < 3) {
                    assertThat(System.nanoTime())
                            .as("the first node starts importing")
                            .isLessThan(deadline);
                    Thread.sleep(20);
                }
            } finally {
                first.process().destroyForcibly().waitFor();
            }
            long doneBeforeKill = count(jdbc, batch, "status <> 'WAITING'");
            assertThat(doneBeforeKill).as("killed part way").isLessThan(FILES);

            JarStartupIT.Started second = jars.start(jar, env, "second-node");
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (count(jdbc, batch, "status = 'WAITING'") > 0) {
                    assertThat(System.nanoTime())
                            .as("the second node finishes the batch")
                            .isLessThan(deadline);
                    Thread.sleep(100);
                }
                assertThat(Files.readString(second.log()))
                        .contains("Bulk import: ")
                        .contains("files waiting; resuming");
            } finally {
                second.stop();
            }

            assertThat(count(jdbc, batch, "status = 'IMPORTED'")).isEqualTo(FILES);
            assertThat(jdbc.sql(
                                    """
                                    select count(*) from report_upload u
                                    where batch_id = :b and (select count(*) from report r where r.file_name = u.file_name) <> 1
                                    """)
                            .param("b", batch)
                            .query(Long.class)
                            .single())
                    .as("files imported other than exactly once")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from challenge where historic")
                            .query(Long.class)
                            .single())
                    .isEqualTo(FILES);
            assertThat(jdbc.sql("select count(distinct claimed_by) from report_upload where batch_id = :b")
                            .param("b", batch)
                            .query(Long.class)
                            .single())
                    .as("both nodes took files")
                    .isEqualTo(2);
            long retried = count(jdbc, batch, "attempts > 1");
            System.out.printf(
                    "bulk import restart: %d of %d files done before the kill, %d retried after it%n",
                    doneBeforeKill, FILES, retried);
        }
    }

    static long count(JdbcClient jdbc, UUID batch, String condition) {
        return jdbc.sql("select count(*) from report_upload where batch_id = :b and " + condition)
                .param("b", batch)
                .query(Long.class)
                .single();
    }
}

package org.peerchallengehub.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL (the zonky embedded binaries) when no external database is configured.
 *
 * <p>Its data lives in {@code HUB_DATA_DIR} (default {@code ./data}) under {@code postgres/} and
 * survives restarts. Setting {@code SPRING_DATASOURCE_URL} switches this off entirely: Spring Boot's
 * own data source is used and no embedded server is started. See docs/decisions/0002.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) {
        Path dataDir = Path.of(env.getProperty("hub.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        boolean clean = env.getProperty("hub.embedded-database.clean", Boolean.class, false);
        long started = System.nanoTime();
        EmbeddedPostgres postgres =
                EmbeddedDatabaseStarter.take(env.getProperty(EmbeddedDatabaseStarter.KEY_PROPERTY), dataDir, clean);
        log.info(
                "Embedded PostgreSQL started on port {} with data in {} (waited {} ms)",
                postgres.getPort(),
                dataDir.resolve("postgres"),
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("hub-embedded");
        ds.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10));
        return ds;
    }
}

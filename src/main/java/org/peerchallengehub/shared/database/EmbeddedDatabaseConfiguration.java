package org.peerchallengehub.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL (the binaries shipped in the jar) when no external database is configured.
 *
 * <p>Its data lives in {@code HUB_DATA_DIR} (default {@code ./data}) under {@code postgres/} and
 * survives restarts; the application signs in as the role {@code hub} with the password generated into
 * the data folder. Setting {@code SPRING_DATASOURCE_URL} switches this off entirely: Spring Boot's own
 * data source is used and no embedded server is started. See decisions 0002 and 0030.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(Environment env) {
        long started = System.nanoTime();
        EmbeddedPostgresServer postgres = EmbeddedDatabaseStarter.take(env);
        log.info(
                "Embedded PostgreSQL started on port {} with data in {} (waited {} ms)",
                postgres.port(),
                postgres.dataDir().resolve("postgres"),
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer postgres, Environment env) {
        HikariDataSource ds = new HikariDataSource();
        // The pool settings of spring.datasource.hikari.* apply here as to an external database.
        Binder.get(env).bind("spring.datasource.hikari", Bindable.ofInstance(ds));
        ds.setJdbcUrl(postgres.jdbcUrl());
        ds.setUsername(DatabaseSecret.APP_ROLE);
        ds.setPassword(postgres.secret().appPassword());
        ds.setPoolName("hub-embedded");
        return ds;
    }
}

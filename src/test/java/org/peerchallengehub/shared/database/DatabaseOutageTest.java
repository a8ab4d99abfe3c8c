package org.peerchallengehub.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;

/**
 * A database that goes away — killed, or frozen — while the application serves: the watcher knows
 * within a few seconds, readiness reports DOWN, requests get the service-unavailable page at once
 * (with the security headers), and all comes back by itself when the database does. Run against a
 * database of the test's own, so that the shared application's is never disturbed.
 */
@HubIntegrationTest
class DatabaseOutageTest {

    @TempDir
    Path temp;

    @Autowired
    ITemplateEngine templates;

    @Autowired
    HealthEndpointGroups groups;

    EmbeddedPostgresServer server;
    HikariDataSource pool;
    DatabaseAvailability availability;

    @BeforeEach
    void start() {
        Path dataDir = temp.resolve("outage");
        server = EmbeddedPostgresServer.start(
                new EmbeddedPostgresServer.Settings(
                        dataDir,
                        EmbeddedDatabaseStarter.defaultBinariesDir(dataDir),
                        false,
                        false,
                        true,
                        20,
                        Duration.ofSeconds(60)),
                EmbeddedPostgresServer.takeFolder(dataDir));
        pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(DatabaseSecret.APP_ROLE);
        pool.setPassword(server.secret().appPassword());
        pool.setConnectionTimeout(3000);
        availability = new DatabaseAvailability(pool, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() throws Exception {
        signal("CONT");
        pool.close();
        server.close();
    }

    @Test
    void readiness_includes_the_database_and_liveness_does_not() {
        assertThat(groups.get("readiness").isMember("database")).isTrue();
        assertThat(groups.get("liveness").isMember("database")).isFalse();
    }

    @Test
    void a_frozen_database_is_known_within_seconds_and_requests_fail_fast_until_it_answers_again() throws Exception {
        availability.check();
        assertThat(availability.health().getStatus()).isEqualTo(Status.UP);

        signal("STOP");
        long began = System.nanoTime();
        availability.check();
        double seconds = (System.nanoTime() - began) / 1e9;
        assertThat(availability.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(seconds).as("seconds to know a frozen database").isLessThan(5);

        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(availability, templates);
        MockHttpServletResponse page = request(filter, "/challenges", () -> {
            throw new AssertionError("no request reaches the application while the database is away");
        });
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("Sorry, the service is unavailable");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.getHeader("Retry-After")).isNotNull();
        MockHttpServletResponse api = request(filter, "/api/v1/councils", () -> {});
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(request(filter, "/css/app.css", () -> {}).getStatus())
                .as("static assets are served")
                .isEqualTo(200);

        signal("CONT");
        availability.check();
        assertThat(availability.health().getStatus()).isEqualTo(Status.UP);
        try (var c = pool.getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void a_killed_database_is_down_then_started_again_and_the_pool_recovers() throws Exception {
        try (var c = pool.getConnection()) {
            c.createStatement().execute("create table t (v int)");
        }
        long pid = server.pid();
        new ProcessBuilder("kill", "-KILL", String.valueOf(pid)).start().waitFor();
        availability.check();
        // Either still down, or already back: the embedded server is started again at once.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.restarts() == 0 || !availability.available()) {
            assertThat(System.nanoTime()).as("back within 60 s").isLessThan(deadline);
            Thread.sleep(100);
            availability.check();
        }
        try (var c = pool.getConnection();
                var rs = c.createStatement().executeQuery("select count(*) from t")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void a_request_that_loses_its_connection_gets_the_unavailable_page_not_a_500() throws Exception {
        DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(availability, templates);
        MockHttpServletResponse response = request(filter, "/councils", () -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Sorry, the service is unavailable");
    }

    MockHttpServletResponse request(DatabaseUnavailableFilter filter, String path, Runnable application)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> application.run());
        return response;
    }

    void signal(String signal) throws Exception {
        // The whole server: the postmaster and every backend it started.
        if (server != null && server.running()) {
            ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
            for (ProcessHandle p : java.util.stream.Stream.concat(Stream.of(postmaster), postmaster.descendants())
                    .toList()) {
                new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid()))
                        .start()
                        .waitFor();
            }
        }
    }
}

package org.peerchallengehub.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers now, known without asking it on a request's thread (decision 0031).
 * A watcher asks every second over a connection of its own, outside the pool, that gives up after two
 * seconds — so a database that is gone, or frozen, is known as such within about three seconds. While
 * it is away, requests get the service-unavailable page at once ({@link DatabaseUnavailableFilter})
 * instead of each waiting for a connection, and the readiness probe reports DOWN (this is the health
 * indicator {@code database} of the readiness group), so a load balancer sends traffic elsewhere. When
 * it answers again the pool's old connections are dropped and everything carries on by itself.
 */
@Component("database")
public class DatabaseAvailability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final Duration interval;
    private final Duration timeout;
    private volatile boolean available = true;
    private volatile @Nullable String reason;
    private volatile @Nullable Thread watcher;
    private volatile @Nullable Connection probe;

    DatabaseAvailability(
            DataSource dataSource,
            @Value("${hub.database.check-interval:1s}") Duration interval,
            @Value("${hub.database.check-timeout:2s}") Duration timeout) {
        this.dataSource = dataSource;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** False from the first failed check until the next one that succeeds. */
    public boolean available() {
        return available;
    }

    @Override
    public Health health() {
        return available
                ? Health.up().build()
                : Health.down().withDetail("reason", String.valueOf(reason)).build();
    }

    /** Checks now (a request just met a connection failure) rather than at the next tick. */
    public void checkNow() {
        check();
    }

    synchronized void check() {
        try {
            Connection c = probe;
            if (c == null || c.isClosed()) {
                c = connect();
                probe = c;
            }
            // The connection's socket timeout bounds the wait (a query timeout would send a cancel request,
            // which a frozen server never answers either).
            try (Statement s = c.createStatement()) {
                s.execute("select 1");
            }
            if (!available) {
                available = true;
                reason = null;
                evictPooledConnections();
                log.info("The database answers again: serving requests");
            }
        } catch (SQLException | RuntimeException e) {
            closeProbe();
            if (available) {
                available = false;
                reason = e.getMessage();
                evictPooledConnections();
                log.error(
                        "The database does not answer ({}): refusing requests with the service-unavailable page until it"
                                + " does",
                        e.getMessage());
            }
        }
    }

    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
            properties.setProperty("connectTimeout", seconds);
            properties.setProperty("loginTimeout", seconds);
            properties.setProperty("socketTimeout", seconds);
            properties.setProperty("ApplicationName", "peer-challenge-hub availability");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        Connection c = dataSource.getConnection();
        c.setNetworkTimeout(Runnable::run, (int) timeout.toMillis());
        return c;
    }

    private void evictPooledConnections() {
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private void closeProbe() {
        Connection c = probe;
        probe = null;
        if (c != null) {
            try {
                c.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // it is broken anyway
            }
        }
    }

    @Override
    public void start() {
        watcher = Thread.ofPlatform().daemon().name("database-availability").start(() -> {
            while (watcher == Thread.currentThread()) {
                check();
                LockSupport.parkNanos(interval.toNanos());
            }
        });
    }

    @Override
    public void stop() {
        watcher = null;
        closeProbe();
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    /** Stopped before the data source and the embedded server are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}

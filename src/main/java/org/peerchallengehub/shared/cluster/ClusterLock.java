package org.peerchallengehub.shared.cluster;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that must happen once across all the nodes serving one database — a scheduled clean-up, a
 * reminder round — runs through here: a node takes the job's row in {@code shedlock} (V61, by the
 * database's clock) for at most {@code atMostFor}, does the work and lets go; a node that finds the row
 * taken skips the round. A node that dies holding it is covered by {@code atMostFor}. Queues of single
 * items (bulk imports, the embedding queue) need no such lock: each item is claimed with
 * {@code for update skip locked}.
 */
@Component
public class ClusterLock {

    private final LockingTaskExecutor executor;

    ClusterLock(DataSource dataSource) {
        LockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
        this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /** Runs {@code work} if no other node runs the job {@code name} now; whether it ran here. */
    public boolean runOnce(String name, Duration atMostFor, Runnable work) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(
                    () -> {
                        work.run();
                        return Boolean.TRUE;
                    },
                    new LockConfiguration(Instant.now(), name, atMostFor, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted();
    }
}

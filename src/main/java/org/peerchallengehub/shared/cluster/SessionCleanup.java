package org.peerchallengehub.shared.cluster;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired sessions every ten minutes, on one node of the cluster at a time ({@link ClusterLock});
 * Spring Session's own clean-up, which every node would run, is off ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);

    private final ClusterLock lock;
    private final JdbcClient jdbc;
    private final Clock clock;

    SessionCleanup(ClusterLock lock, JdbcClient jdbc, Clock clock) {
        this.lock = lock;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${hub.session.cleanup-cron:0 */10 * * * *}")
    void deleteExpired() {
        lock.runOnce("session-cleanup", Duration.ofMinutes(5), () -> {
            int deleted = jdbc.sql("delete from spring_session where expiry_time < :now")
                    .param("now", clock.millis())
                    .update();
            if (deleted > 0) {
                log.debug("Deleted {} expired sessions", deleted);
            }
        });
    }
}

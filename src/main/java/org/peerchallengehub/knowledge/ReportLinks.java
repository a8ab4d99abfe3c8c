package org.peerchallengehub.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peerchallengehub.challenges.HistoricChallenges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports imported before their challenges kept a link to them (decision 0058) are linked once the
 * Hub has started: each historic challenge without a published report gets its report's page. Their
 * original files were not kept then, so only a new import of the file attaches it.
 */
@Component
class ReportLinks {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLinks.class);

    private final JdbcClient jdbc;
    private final HistoricChallenges challenges;

    ReportLinks(JdbcClient jdbc, HistoricChallenges challenges) {
        this.jdbc = jdbc;
        this.challenges = challenges;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int linked = linkAll();
        if (linked > 0) {
            LOG.info("Linked {} historic challenges to their imported reports", linked);
        }
    }

    /** Links every imported report's challenge that has no published report yet; returns how many. */
    int linkAll() {
        Map<Long, String> paths = new LinkedHashMap<>();
        jdbc.sql("select challenge_id, id from report order by id")
                .query((rs, n) -> paths.put(rs.getLong(1), "/reports/" + rs.getLong(2)))
                .list();
        return challenges.linkUnlinkedReports(paths);
    }
}

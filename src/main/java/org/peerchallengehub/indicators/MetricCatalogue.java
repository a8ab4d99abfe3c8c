package org.peerchallengehub.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The metrics: read from the {@code metric} table, added to by metric definition imports. Every node keeps
 * the last catalogue it read with the store's version counter (bumped by a trigger on every write of the
 * {@code metric} and {@code metric_value} tables, V27 and V29) and reads it again only when the counter has
 * moved — a council profile names a thousand metrics, and read them from the table on every page.
 */
@Repository
class MetricCatalogue {

    /** A metric with its compact internal number (the values table's key). */
    record Entry(int num, Metric metric) {}

    /** Every metric at one moment, by id and by number. */
    record Snapshot(Map<String, Entry> byId, Map<Integer, Entry> byNum) {
        Optional<Entry> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        Entry get(String id) {
            Entry entry = byId.get(id);
            if (entry == null) {
                throw new IllegalStateException("The metric catalogue has no metric " + id);
            }
            return entry;
        }
    }

    private static final String COLUMNS =
            "num, id, title, description, unit, polarity, period_type, theme, source, licence, formula";

    /** A catalogue as read at a version of the store. */
    private record Versioned(long version, Snapshot snapshot) {}

    private final JdbcClient jdbc;
    private volatile @Nullable Versioned last;

    MetricCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every metric, as committed (or as written so far by the caller's own transaction). Kept only when read
     * outside a transaction that writes: a snapshot with another transaction's uncommitted metrics, or one
     * rolled back, must never be taken for the committed catalogue of the same version.
     */
    Snapshot snapshot() {
        long version = jdbc.sql("select version from metric_store_version")
                .query(Long.class)
                .single();
        Versioned kept = last;
        if (kept != null && kept.version() == version) {
            return kept.snapshot();
        }
        // the version and the metrics from one statement, so from one view of the database
        long[] read = {version};
        Map<String, Entry> byId = new HashMap<>();
        Map<Integer, Entry> byNum = new HashMap<>();
        jdbc.sql("select v.version, m.* from metric_store_version v left join metric m on true")
                .query(rs -> {
                    read[0] = rs.getLong("version");
                    if (rs.getObject("num") != null) {
                        Entry entry = entry(rs);
                        byId.put(entry.metric().id(), entry);
                        byNum.put(entry.num(), entry);
                    }
                });
        Snapshot snapshot = new Snapshot(Map.copyOf(byId), Map.copyOf(byNum));
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!writing) {
            last = new Versioned(read[0], snapshot);
        }
        return snapshot;
    }

    List<Entry> entries() {
        return jdbc.sql("select " + COLUMNS + " from metric order by theme, title")
                .query((rs, n) -> entry(rs))
                .list();
    }

    Optional<Entry> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from metric where id = :id")
                .param("id", id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /** Adds a metric, or updates its words; returns true when it is new. */
    boolean define(Metric metric) {
        Integer inserted = jdbc.sql(
                        """
                        insert into metric (id, title, description, unit, polarity, period_type, theme, source, licence)
                        values (:id, :title, :description, :unit, :polarity, :periodType, :theme, :source, :licence)
                        on conflict (id) do update set title = excluded.title, description = excluded.description,
                          unit = excluded.unit, polarity = excluded.polarity, period_type = excluded.period_type,
                          theme = excluded.theme, source = excluded.source, licence = excluded.licence
                        returning (xmax = 0)::int
                        """)
                .param("id", metric.id())
                .param("title", metric.title())
                .param("description", metric.description())
                .param("unit", metric.unit().name())
                .param("polarity", metric.polarity().name())
                .param("periodType", metric.periodType().name())
                .param("theme", metric.theme().name())
                .param("source", metric.source())
                .param("licence", metric.licence())
                .query(Integer.class)
                .single();
        return inserted == 1;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(
                rs.getInt("num"),
                new Metric(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        Unit.valueOf(rs.getString("unit")),
                        Polarity.valueOf(rs.getString("polarity")),
                        PeriodType.valueOf(rs.getString("period_type")),
                        Theme.valueOf(rs.getString("theme")),
                        rs.getString("source"),
                        rs.getString("licence"),
                        rs.getString("formula")));
    }
}

package org.peerchallengehub.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metrics: read from the {@code metric} table, added to by metric definition imports. */
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

    private final JdbcClient jdbc;

    MetricCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot snapshot() {
        Map<String, Entry> byId = new HashMap<>();
        Map<Integer, Entry> byNum = new HashMap<>();
        for (Entry entry : entries()) {
            byId.put(entry.metric().id(), entry);
            byNum.put(entry.num(), entry);
        }
        return new Snapshot(Map.copyOf(byId), Map.copyOf(byNum));
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

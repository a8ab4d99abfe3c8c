package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The values API's reads: one metric's values for many councils and periods in one query, and the
 * latest periods a metric has for some councils, both "as known on" a date.
 */
@Repository
class ValueGrid {

    private final JdbcClient jdbc;
    private final MetricCatalogue catalogue;

    ValueGrid(JdbcClient jdbc, MetricCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The most recent {@code count} periods, latest first, for which any of the councils has a value. */
    List<Period> latestPeriods(Metric metric, Collection<String> areas, int count, LocalDate asOf) {
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select distinct period_end from metric_value
                        where area = any(:areas) and metric_num = :metric and published <= :asOf
                        order by period_end desc limit :count
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", num(metric))
                .param("asOf", asOf)
                .param("count", count)
                .query((rs, n) -> Period.ending(metric.periodType(), rs.getObject("period_end", LocalDate.class)))
                .list();
    }

    /** The metric's values for the councils and periods, keyed by area then period end; absent where unknown. */
    Map<String, Map<LocalDate, MetricValue>> values(
            Metric metric, Collection<String> areas, Collection<Period> periods, LocalDate asOf) {
        Map<String, Map<LocalDate, MetricValue>> grid = new HashMap<>();
        if (areas.isEmpty() || periods.isEmpty()) {
            return grid;
        }
        List<String> ends = new ArrayList<>();
        periods.forEach(p -> ends.add(p.end().toString()));
        jdbc.sql(
                        """
                        select distinct on (area, period_end) area, period_end, published, value from metric_value
                        where area = any(:areas) and metric_num = :metric and period_end = any(cast(:ends as date[]))
                          and published <= :asOf
                        order by area, period_end, published desc
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", num(metric))
                .param("ends", ends.toArray(String[]::new))
                .param("asOf", asOf)
                .query((rs, n) -> new MetricValue(
                        metric.id(),
                        rs.getString("area"),
                        Period.ending(metric.periodType(), rs.getObject("period_end", LocalDate.class)),
                        rs.getDouble("value"),
                        rs.getObject("published", LocalDate.class)))
                .list()
                .forEach(v -> grid.computeIfAbsent(v.area(), a -> new HashMap<>())
                        .put(v.period().end(), v));
        return grid;
    }

    private int num(Metric metric) {
        return catalogue
                .find(metric.id())
                .orElseThrow(() -> MetricNotFound.forId(metric.id()))
                .num();
    }
}

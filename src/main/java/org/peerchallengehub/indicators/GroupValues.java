package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind the comparisons, every one "as known on" a date: for each council, metric and period
 * the value with the latest publication date on or before it. All read the values table's primary key
 * (area, metric, period end, published), one probe per council and period (decision 0015).
 */
@Repository
class GroupValues {

    /** One value of a council. */
    record AreaValue(String area, LocalDate periodEnd, double value) {}

    /** A council's latest value of a metric and the one of the period before it (if any). */
    record Latest(
            int metricNum,
            LocalDate periodEnd,
            double value,
            @org.jspecify.annotations.Nullable LocalDate previousEnd,
            @org.jspecify.annotations.Nullable Double previousValue) {}

    private final JdbcClient jdbc;

    GroupValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last period the area has a value of the metric for. */
    Optional<LocalDate> latestPeriod(String area, int metricNum, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select period_end from metric_value
                        where area = :area and metric_num = :metric and published <= :asOf
                        order by period_end desc limit 1
                        """)
                .param("area", area)
                .param("metric", metricNum)
                .param("asOf", asOf)
                .query(LocalDate.class)
                .optional();
    }

    /** The last period any of the areas has a value of the metric for. */
    Optional<LocalDate> latestPeriod(List<String> areas, int metricNum, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select max(p) from unnest(cast(:areas as varchar[])) as a(area), lateral (
                          select period_end as p from metric_value v
                          where v.area = a.area and v.metric_num = :metric and v.published <= :asOf
                          order by period_end desc limit 1) l
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", metricNum)
                .param("asOf", asOf)
                .query(LocalDate.class)
                .optional();
    }

    /** The areas' values of the metric for one period (areas without one are left out). */
    List<AreaValue> across(List<String> areas, int metricNum, LocalDate periodEnd, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select distinct on (area) area, period_end, value from metric_value
                        where area = any(:areas) and metric_num = :metric and period_end = :end and published <= :asOf
                        order by area, published desc
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", metricNum)
                .param("end", periodEnd)
                .param("asOf", asOf)
                .query((rs, n) -> new AreaValue(
                        rs.getString("area"), rs.getObject("period_end", LocalDate.class), rs.getDouble("value")))
                .list();
    }

    /** The area's value for the last period before {@code periodEnd} it has one for. */
    Optional<AreaValue> previous(String area, int metricNum, LocalDate periodEnd, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select area, period_end, value from metric_value
                        where area = :area and metric_num = :metric and period_end < :end and published <= :asOf
                        order by period_end desc, published desc limit 1
                        """)
                .param("area", area)
                .param("metric", metricNum)
                .param("end", periodEnd)
                .param("asOf", asOf)
                .query((rs, n) -> new AreaValue(
                        rs.getString("area"), rs.getObject("period_end", LocalDate.class), rs.getDouble("value")))
                .optional();
    }

    /** Every period's value of the metric for each area. */
    List<AreaValue> series(List<String> areas, int metricNum, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select distinct on (area, period_end) area, period_end, value from metric_value
                        where area = any(:areas) and metric_num = :metric and published <= :asOf
                        order by area, period_end, published desc
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", metricNum)
                .param("asOf", asOf)
                .query((rs, n) -> new AreaValue(
                        rs.getString("area"), rs.getObject("period_end", LocalDate.class), rs.getDouble("value")))
                .list();
    }

    /** For every metric the area has, its latest value and the value of the period before. */
    List<Latest> latestOfEveryMetric(String area, LocalDate asOf) {
        List<Latest> latest = new ArrayList<>();
        jdbc.sql(
                        """
                        select metric_num, period_end, value from (
                          select metric_num, period_end, value,
                                 row_number() over (partition by metric_num order by period_end desc) as n
                          from (select distinct on (metric_num, period_end) metric_num, period_end, value
                                from metric_value where area = :area and published <= :asOf
                                order by metric_num, period_end desc, published desc) known) ranked
                        where n <= 2 order by metric_num, period_end desc
                        """)
                .param("area", area)
                .param("asOf", asOf)
                .query(rs -> {
                    int num = rs.getInt("metric_num");
                    LocalDate end = rs.getObject("period_end", LocalDate.class);
                    double value = rs.getDouble("value");
                    Latest last = latest.isEmpty() ? null : latest.getLast();
                    if (last != null && last.metricNum() == num) {
                        latest.set(latest.size() - 1, new Latest(num, last.periodEnd(), last.value(), end, value));
                    } else {
                        latest.add(new Latest(num, end, value, null, null));
                    }
                });
        return latest;
    }

    /**
     * The areas' values of several metrics, each for its own period: (metric number → area → value). One
     * primary-key probe per area, metric and period.
     */
    Map<Integer, Map<String, Double>> across(
            List<String> areas, int[] metricNums, LocalDate[] periodEnds, LocalDate asOf) {
        Map<Integer, Map<String, Double>> values = new HashMap<>();
        if (areas.isEmpty() || metricNums.length == 0) {
            return values;
        }
        Integer[] nums = new Integer[metricNums.length];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = metricNums[i];
        }
        jdbc.sql(
                        """
                        select a.area, t.num, l.value
                        from unnest(cast(:areas as varchar[])) as a(area)
                        cross join unnest(cast(:nums as integer[]), cast(cast(:ends as text[]) as date[])) as t(num, pend)
                        cross join lateral (
                          select value from metric_value v
                          where v.area = a.area and v.metric_num = t.num and v.period_end = t.pend and v.published <= :asOf
                          order by v.published desc limit 1) l
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("nums", nums)
                .param(
                        "ends",
                        java.util.Arrays.stream(periodEnds)
                                .map(LocalDate::toString)
                                .toArray(String[]::new))
                .param("asOf", asOf)
                .query(rs -> {
                    values.computeIfAbsent(rs.getInt(2), k -> new HashMap<>()).put(rs.getString(1), rs.getDouble(3));
                });
        return values;
    }
}

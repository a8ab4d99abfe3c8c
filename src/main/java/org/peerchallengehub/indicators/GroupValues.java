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

    /** A period of a metric over a group: the group's statistics and the council's own value. */
    record PeriodSummary(
            LocalDate periodEnd,
            int count,
            double lowerQuartile,
            double median,
            double upperQuartile,
            @org.jspecify.annotations.Nullable Double own) {}

    /**
     * For every period any of the areas has a value of the metric for (as known on the date), the statistics
     * of their values and the value of {@code area} (one of them), in period order: computed in the database,
     * one short walk of the primary key per area of the group (its periods in order, the latest revision of
     * each first), one row back per period. For a group of 130–150 councils this took 6–8 ms against 9–12 ms
     * for one range of the metric-leading index filtered by the group (every council's rows read) with the
     * benchmark's 10 million values. Quartiles by {@code percentile_cont}: linear interpolation between
     * closest ranks, as {@link GroupStatistics}.
     */
    List<PeriodSummary> overTime(List<String> areas, String area, int metricNum, LocalDate asOf) {
        return jdbc.sql(
                        """
                        select x.period_end, count(*) as n,
                               percentile_cont(array[0.25, 0.5, 0.75]) within group (order by x.value) as q,
                               max(x.value) filter (where x.area = :area) as own
                        from unnest(cast(:areas as varchar[])) as a(area)
                        cross join lateral (
                          select distinct on (v.period_end) v.area, v.period_end, v.value from metric_value v
                          where v.area = a.area and v.metric_num = :metric and v.published <= :asOf
                          order by v.period_end, v.published desc) x
                        group by x.period_end
                        order by x.period_end
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("area", area)
                .param("metric", metricNum)
                .param("asOf", asOf)
                .query((rs, n) -> {
                    Double[] q = (Double[]) rs.getArray("q").getArray();
                    return new PeriodSummary(
                            rs.getObject("period_end", LocalDate.class),
                            rs.getInt("n"),
                            q[0],
                            q[1],
                            q[2],
                            rs.getObject("own", Double.class));
                })
                .list();
    }

    /**
     * For every metric the area has, its latest value and the value of the period before: one short backward
     * walk of the primary key per metric (distinct periods, the latest revision of each, two at most).
     */
    List<Latest> latestOfEveryMetric(String area, int[] metricNums, LocalDate asOf) {
        List<Latest> latest = new ArrayList<>();
        if (metricNums.length == 0) {
            return latest;
        }
        Integer[] nums = new Integer[metricNums.length];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = metricNums[i];
        }
        jdbc.sql(
                        """
                        select m.num, l.period_end, l.value
                        from unnest(cast(:nums as integer[])) as m(num)
                        cross join lateral (
                          select distinct on (period_end) period_end, value from metric_value v
                          where v.area = :area and v.metric_num = m.num and v.published <= :asOf
                          order by period_end desc, published desc limit 2) l
                        order by m.num, l.period_end desc
                        """)
                .param("area", area)
                .param("nums", nums)
                .param("asOf", asOf)
                .query(rs -> {
                    int num = rs.getInt(1);
                    LocalDate end = rs.getObject(2, LocalDate.class);
                    double value = rs.getDouble(3);
                    Latest last = latest.isEmpty() ? null : latest.getLast();
                    if (last != null && last.metricNum() == num) {
                        latest.set(latest.size() - 1, new Latest(num, last.periodEnd(), last.value(), end, value));
                    } else {
                        latest.add(new Latest(num, end, value, null, null));
                    }
                });
        return latest;
    }

    /** A group's statistics for one metric and period, and how many of its values beat a given one. */
    record Summary(int count, double lowerQuartile, double median, double upperQuartile, int better) {}

    /**
     * For each metric and its period, the statistics of the areas' values (as known on the date) and how
     * many are strictly better than {@code own} by the metric's polarity, computed in the database: one
     * range of the metric-leading index per metric (index-only, already in area order, so the latest
     * revision per area needs no sort), aggregated there, one row back per metric. Quartiles by
     * {@code percentile_cont}: linear interpolation between closest ranks, as {@link GroupStatistics}.
     *
     * @param higherIsBetter per metric: true where higher is better or there is no polarity
     */
    Map<Integer, Summary> summaries(
            List<String> areas,
            int[] metricNums,
            LocalDate[] periodEnds,
            double[] own,
            boolean[] higherIsBetter,
            LocalDate asOf) {
        Map<Integer, Summary> summaries = new HashMap<>();
        if (areas.isEmpty() || metricNums.length == 0) {
            return summaries;
        }
        Integer[] nums = new Integer[metricNums.length];
        Double[] values = new Double[metricNums.length];
        Boolean[] higher = new Boolean[metricNums.length];
        for (int i = 0; i < nums.length; i++) {
            nums[i] = metricNums[i];
            values[i] = own[i];
            higher[i] = higherIsBetter[i];
        }
        jdbc.sql(
                        """
                        select t.num, s.n, s.q[1] as q1, s.q[2] as q2, s.q[3] as q3, s.better
                        from unnest(cast(:nums as integer[]), cast(cast(:ends as text[]) as date[]),
                                    cast(:own as float8[]), cast(:higher as boolean[])) as t(num, pend, own, higher)
                        cross join lateral (
                          select count(*) as n,
                                 percentile_cont(array[0.25, 0.5, 0.75]) within group (order by x.value) as q,
                                 count(*) filter (where case when t.higher then x.value > t.own
                                                             else x.value < t.own end) as better
                          from (select distinct on (v.area) v.value from metric_value v
                                where v.metric_num = t.num and v.period_end = t.pend
                                  and v.area = any(cast(:areas as varchar[])) and v.published <= :asOf
                                order by v.area, v.published desc) x) s
                        where s.n > 0
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("nums", nums)
                .param(
                        "ends",
                        java.util.Arrays.stream(periodEnds)
                                .map(LocalDate::toString)
                                .toArray(String[]::new))
                .param("own", values)
                .param("higher", higher)
                .param("asOf", asOf)
                .query(rs -> {
                    summaries.put(
                            rs.getInt("num"),
                            new Summary(
                                    rs.getInt("n"),
                                    rs.getDouble("q1"),
                                    rs.getDouble("q2"),
                                    rs.getDouble("q3"),
                                    rs.getInt("better")));
                });
        return summaries;
    }
}

package org.peerchallengehub.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.councils.CouncilRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The indicators module's public API: the metric catalogue, values and children's services
 * inspections, every question asked "as known on" a date. For each council, metric and period the
 * answer is the value with the latest publication date on or before that date; a value published
 * later is never returned. A null date means today.
 */
@Service
public class Indicators {

    private final JdbcClient jdbc;
    private final MetricCatalogue catalogue;
    private final CouncilRegister register;
    private final Clock clock;

    Indicators(JdbcClient jdbc, MetricCatalogue catalogue, CouncilRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.register = register;
        this.clock = clock;
    }

    /** Every metric, by theme and title. */
    public List<Metric> metrics() {
        return catalogue.entries().stream().map(MetricCatalogue.Entry::metric).toList();
    }

    public Optional<Metric> metric(String id) {
        return catalogue.find(id).map(MetricCatalogue.Entry::metric);
    }

    /** One value: the metric for the council and period as known on the date. */
    public Optional<MetricValue> value(String metricId, String gss, Period period, @Nullable LocalDate asOf) {
        MetricCatalogue.Entry metric = entry(metricId);
        requireType(metric, period);
        return jdbc.sql(
                        """
                        select period_end, published, value from metric_value
                        where area = :area and metric_num = :metric and period_end = :end and published <= :asOf
                        order by published desc limit 1
                        """)
                .param("area", gss)
                .param("metric", metric.num())
                .param("end", period.end())
                .param("asOf", day(asOf))
                .query((rs, n) -> value(metric.metric(), gss, rs))
                .optional();
    }

    /** A council's values of a metric, one per period in period order, as known on the date. */
    public List<MetricValue> series(String metricId, String gss, @Nullable LocalDate asOf) {
        MetricCatalogue.Entry metric = entry(metricId);
        return jdbc.sql(
                        """
                        select distinct on (period_end) period_end, published, value from metric_value
                        where area = :area and metric_num = :metric and published <= :asOf
                        order by period_end, published desc
                        """)
                .param("area", gss)
                .param("metric", metric.num())
                .param("asOf", day(asOf))
                .query((rs, n) -> value(metric.metric(), gss, rs))
                .list();
    }

    /** A metric for one period across councils (those without a value are left out), as known on the date. */
    public List<MetricValue> across(
            String metricId, Period period, Collection<String> areas, @Nullable LocalDate asOf) {
        MetricCatalogue.Entry metric = entry(metricId);
        requireType(metric, period);
        if (areas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select distinct on (area) area, period_end, published, value from metric_value
                        where area = any(:areas) and metric_num = :metric and period_end = :end and published <= :asOf
                        order by area, published desc
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("metric", metric.num())
                .param("end", period.end())
                .param("asOf", day(asOf))
                .query((rs, n) -> value(metric.metric(), rs.getString("area"), rs))
                .list();
    }

    /** A council's latest value of every metric it has, as known on the date (the latest period of each). */
    public List<MetricValue> latest(String gss, @Nullable LocalDate asOf) {
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        return jdbc.sql(
                        """
                        select distinct on (metric_num) metric_num, period_end, published, value from metric_value
                        where area = :area and published <= :asOf
                        order by metric_num, period_end desc, published desc
                        """)
                .param("area", gss)
                .param("asOf", day(asOf))
                .query((rs, n) ->
                        value(metrics.byNum().get(rs.getInt("metric_num")).metric(), gss, rs))
                .list();
    }

    /**
     * The council's latest value of each of the given metrics it has, as known on the date: one short
     * backward walk of the primary key per metric, so the cost does not grow with the catalogue (a council
     * page shows ten key figures whether the store holds 40 metrics or 1,000). Unknown ids are left out.
     */
    public List<MetricValue> latest(String gss, Collection<String> metricIds, @Nullable LocalDate asOf) {
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        Integer[] nums = metricIds.stream()
                .map(metrics::find)
                .flatMap(Optional::stream)
                .map(MetricCatalogue.Entry::num)
                .toArray(Integer[]::new);
        if (nums.length == 0) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select m.num as metric_num, l.period_end, l.published, l.value
                        from unnest(cast(:nums as integer[])) as m(num)
                        cross join lateral (
                          select period_end, published, value from metric_value v
                          where v.area = :area and v.metric_num = m.num and v.published <= :asOf
                          order by period_end desc, published desc limit 1) l
                        order by m.num
                        """)
                .param("area", gss)
                .param("nums", nums)
                .param("asOf", day(asOf))
                .query((rs, n) ->
                        value(metrics.byNum().get(rs.getInt("metric_num")).metric(), gss, rs))
                .list();
    }

    /**
     * A metric's history for a council across reorganisations: the council's own series first, then
     * the series of each council it replaced (and those they replaced), each under its own name and
     * code. Predecessors' values are shown as theirs: never added up, split or carried over.
     */
    public List<CouncilSeries> history(String metricId, String gss, @Nullable LocalDate asOf) {
        Council council = register.get(gss);
        List<CouncilSeries> history = new ArrayList<>();
        history.add(new CouncilSeries(council.ref(), false, series(metricId, council.gss(), asOf)));
        Set<String> visited = new HashSet<>(Set.of(council.gss()));
        Deque<CouncilRef> queue = new ArrayDeque<>(council.predecessors());
        while (!queue.isEmpty()) {
            CouncilRef predecessor = queue.removeFirst();
            if (!visited.add(predecessor.gss())) {
                continue;
            }
            history.add(new CouncilSeries(predecessor, true, series(metricId, predecessor.gss(), asOf)));
            register.find(predecessor.gss()).ifPresent(p -> queue.addAll(p.predecessors()));
        }
        return history;
    }

    /** A council's Ofsted children's services inspections published on or before the date, latest first. */
    public List<ChildrensServicesInspection> inspections(String gss, @Nullable LocalDate asOf) {
        return jdbc.sql(
                        """
                        select area, framework, inspection_start, inspection_end, published, overall, impact_of_leaders,
                               help_and_protection, in_care, care_leavers, report_url
                        from childrens_services_inspection where area = :area and published <= :asOf
                        order by published desc, id desc
                        """)
                .param("area", gss)
                .param("asOf", day(asOf))
                .query((rs, n) -> new ChildrensServicesInspection(
                        rs.getString("area"),
                        rs.getString("framework"),
                        rs.getObject("inspection_start", LocalDate.class),
                        rs.getObject("inspection_end", LocalDate.class),
                        rs.getObject("published", LocalDate.class),
                        judgement(rs.getString("overall")),
                        judgement(rs.getString("impact_of_leaders")),
                        judgement(rs.getString("help_and_protection")),
                        judgement(rs.getString("in_care")),
                        judgement(rs.getString("care_leavers")),
                        rs.getString("report_url")))
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    private MetricCatalogue.Entry entry(String metricId) {
        return catalogue.find(metricId).orElseThrow(() -> MetricNotFound.forId(metricId));
    }

    private static void requireType(MetricCatalogue.Entry metric, Period period) {
        if (period.type() != metric.metric().periodType()) {
            throw new IllegalArgumentException(metric.metric().id() + " is by "
                    + metric.metric().periodType().label() + ", not "
                    + period.type().label());
        }
    }

    private static MetricValue value(Metric metric, String area, ResultSet rs) throws SQLException {
        return new MetricValue(
                metric.id(),
                area,
                Period.ending(metric.periodType(), rs.getObject("period_end", LocalDate.class)),
                rs.getDouble("value"),
                rs.getObject("published", LocalDate.class));
    }

    private static @Nullable Judgement judgement(@Nullable String name) {
        return name == null ? null : Judgement.valueOf(name);
    }
}

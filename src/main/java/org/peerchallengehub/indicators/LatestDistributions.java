package org.peerchallengehub.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Precomputed values of the latest periods of every metric for every area, as known on the day they were
 * built, so a council profile against any group is computed in memory (decision 0015, "Precomputed latest
 * periods"). A snapshot is used only while it is exact: the values table has not been written since (the
 * {@code metric_store_version} counter, bumped by a trigger on every write, is the one it was built at) and
 * the date asked about lies between the build day and the next publication date after it, so that the set
 * of values "as known on" that date is the set the snapshot was built from. Otherwise the caller computes
 * live. Rebuilt in the background after every import and when a request finds it stale.
 */
@Component
public class LatestDistributions {

    /** How many of a metric's latest periods are kept. */
    static final int PERIODS = 4;

    private static final Logger log = LoggerFactory.getLogger(LatestDistributions.class);

    /**
     * A metric's latest periods (latest first), each area's value in them (NaN: none) and, per period, the
     * areas that have a value in ascending order of it — so a group's values come out sorted by walking the
     * order once, without sorting them for every profile.
     */
    record Metric(LocalDate[] ends, double[][] values, int[][] ascending) {

        static Metric of(LocalDate[] ends, double[][] values) {
            int[][] ascending = new int[values.length][];
            for (int k = 0; k < values.length; k++) {
                double[] row = values[k];
                ascending[k] = java.util.stream.IntStream.range(0, row.length)
                        .filter(a -> !Double.isNaN(row[a]))
                        .boxed()
                        .sorted(java.util.Comparator.comparingDouble(a -> row[a]))
                        .mapToInt(Integer::intValue)
                        .toArray();
            }
            return new Metric(ends, values, ascending);
        }
    }

    /**
     * Built from the values published on or before {@code builtOn} at store version {@code version}; valid for
     * dates from {@code builtOn} to the day before {@code nextPublished} (null: no later publication).
     */
    record Snapshot(
            long version,
            LocalDate builtOn,
            @Nullable LocalDate nextPublished,
            Map<String, Integer> areaIndex,
            Map<Integer, Metric> metrics) {

        boolean covers(LocalDate day) {
            return !day.isBefore(builtOn) && (nextPublished == null || day.isBefore(nextPublished));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate readSnapshot;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "latest-distributions");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile @Nullable Snapshot snapshot;

    LatestDistributions(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.readSnapshot = new TransactionTemplate(transactions);
        this.readSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readSnapshot.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * The snapshot when it gives exactly the live answer for the day, else null (and, when it is stale for
     * today, a rebuild is queued).
     */
    @Nullable
    Snapshot usable(LocalDate day) {
        Snapshot s = snapshot;
        long version = currentVersion();
        LocalDate today = LocalDate.now(clock);
        if (s == null || s.version() != version || !s.covers(today)) {
            rebuildLater();
            return null;
        }
        return s.covers(day) ? s : null;
    }

    /** Rebuilds now (the benchmark and tests; the application rebuilds in the background). */
    public void rebuild() {
        snapshot = readSnapshot.execute(tx -> build(LocalDate.now(clock)));
    }

    /** After an import commits: the snapshot is stale, rebuild it in the background. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MetricValuesImported event) {
        rebuildLater();
    }

    void rebuildLater() {
        if (queued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    queued.set(false);
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        log.warn("Latest distributions could not be rebuilt; profiles are computed live", e);
                    }
                });
            } catch (RuntimeException e) {
                queued.set(false);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }

    long currentVersion() {
        return jdbc.sql("select version from metric_store_version")
                .query(Long.class)
                .single();
    }

    private Snapshot build(LocalDate day) {
        long version = currentVersion();
        LocalDate next = jdbc.sql("select min(published) from metric_value where published > :day")
                .param("day", day)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        Map<String, Integer> areaIndex = new HashMap<>();
        jdbc.sql(
                        """
                        with recursive a(area) as (
                          select min(area) from metric_value
                          union all
                          select (select min(area) from metric_value where area > a.area) from a where a.area is not null)
                        select area from a where area is not null
                        """)
                .query(String.class)
                .list()
                .forEach(a -> areaIndex.put(a, areaIndex.size()));
        int areas = areaIndex.size();
        // per metric its latest PERIODS distinct periods (loose index scan of the metric-leading index),
        // then every area's latest revision in them as known on the day
        Map<Integer, List<LocalDate>> ends = new HashMap<>();
        Map<Integer, Metric> metrics = new HashMap<>();
        jdbc.sql(
                        """
                        with recursive p(num, pend, depth) as (
                          select m.num, (select max(period_end) from metric_value v
                                         where v.metric_num = m.num and v.published <= :day), 1
                          from (select num from metric) m
                          union all
                          select p.num, (select max(period_end) from metric_value v
                                         where v.metric_num = p.num and v.period_end < p.pend
                                           and v.published <= :day), p.depth + 1
                          from p where p.pend is not null and p.depth < :periods)
                        select p.num, p.pend, x.area, x.value from p
                        cross join lateral (
                          select distinct on (v.area) v.area, v.value from metric_value v
                          where v.metric_num = p.num and v.period_end = p.pend and v.published <= :day
                          order by v.area, v.published desc) x
                        where p.pend is not null
                        order by p.num, p.pend desc
                        """)
                .param("day", day)
                .param("periods", PERIODS)
                .query(rs -> {
                    int num = rs.getInt(1);
                    LocalDate end = rs.getObject(2, LocalDate.class);
                    List<LocalDate> list = ends.computeIfAbsent(num, n -> new ArrayList<>());
                    Metric metric = metrics.computeIfAbsent(
                            num, n -> new Metric(new LocalDate[PERIODS], empty(areas), new int[0][]));
                    if (list.isEmpty() || !list.getLast().equals(end)) {
                        list.add(end);
                    }
                    int k = list.size() - 1;
                    metric.ends()[k] = end;
                    metric.values()[k][areaIndex.get(rs.getString(3))] = rs.getDouble(4);
                });
        Map<Integer, Metric> trimmed = new HashMap<>();
        metrics.forEach((num, m) -> {
            int k = ends.get(num).size();
            trimmed.put(num, Metric.of(Arrays.copyOf(m.ends(), k), Arrays.copyOf(m.values(), k)));
        });
        return new Snapshot(version, day, next, Map.copyOf(areaIndex), Map.copyOf(trimmed));
    }

    private static double[][] empty(int areas) {
        double[][] values = new double[PERIODS][areas];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        return values;
    }
}

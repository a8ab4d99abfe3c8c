package org.peerchallengehub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.indicators.StartingDataset;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19's speed target: every council assessed as known on any date in under 2 s with 10 million metric
 * values loaded. Generates, on top of the real starting dataset, 25 years of values (2% revised a year
 * later) for 400 areas of the twelve metrics the signals read and of 988 synthetic metrics: 10 million
 * values in all. Then assesses every council that existed on a random date between 2003 and today, 30 times
 * (after 5 warm-up runs), in process. Not part of the test suite: run with {@code scripts/bench-risk.sh}.
 * Writes target/benchmarks/risk.txt.
 */
@Tag("benchmark")
@HubIntegrationTest
class RiskBenchmark {

    static final int SYNTHETIC_METRICS = 988;
    static final int PERIODS = 25;
    static final int AREAS = 400;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    Assessments assessments;

    @Autowired
    Backtests backtests;

    final StringBuilder report = new StringBuilder();

    void append(String line) throws java.io.IOException {
        report.append(line);
        System.out.print("BENCH " + line);
        Path out = Path.of("target", "benchmarks", "risk.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    @Test
    void every_council_as_known_on_any_date_with_ten_million_values() throws Exception {
        startingDataset.load();
        long started = System.nanoTime();
        long rows = generate();
        append(String.format(
                "generated up to %,d values in metric_value in %.1f s%n", rows, (System.nanoTime() - started) / 1e9));
        Random random = new Random(20261202);
        LocalDate first = LocalDate.of(2003, 1, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.now());
        for (int i = 0; i < 5; i++) {
            assessments.all(first.plusDays(random.nextLong(days)));
        }
        double[] ms = new double[30];
        int councils = 0;
        for (int i = 0; i < ms.length; i++) {
            LocalDate day = first.plusDays(random.nextLong(days));
            long t = System.nanoTime();
            councils = assessments.all(day).size();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        assertThat(councils).isGreaterThan(300);
        append(line("Assessments.all, every council (" + councils + " on the last date), random dates 2003-today", ms));
        double[] backtest = new double[5];
        for (int i = 0; i < backtest.length; i++) {
            long t = System.nanoTime();
            backtests.run(LocalDate.of(2018, 1, 1));
            backtest[i] = (System.nanoTime() - t) / 1e6;
        }
        append(line("Backtests.run as of 2018-01-01 (assessments and ranks)", backtest));
    }

    static String line(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(
                "%-80s n=%3d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                what,
                sorted.length,
                sorted[(int) Math.floor((sorted.length - 1) * 0.5)],
                sorted[(int) Math.ceil((sorted.length - 1) * 0.95)],
                sorted[sorted.length - 1]);
    }

    long generate() {
        for (int m = 1; m <= SYNTHETIC_METRICS; m++) {
            jdbc.sql(
                            """
                            insert into metric (id, title, description, unit, polarity, period_type, theme, source, licence)
                            values (:id, :id, 'A generated metric for the risk benchmark', 'COUNT', 'NEITHER',
                                    'FINANCIAL_YEAR', 'CONTEXT', 'Generated', 'None')
                            """)
                    .param("id", String.format("risk-bench-%04d", m))
                    .update();
        }
        List<String> areas = new ArrayList<>(jdbc.sql("select gss_code from council order by gss_code")
                .query(String.class)
                .list());
        for (int i = 1; areas.size() < AREAS; i++) {
            areas.add(String.format("E99%06d", i));
        }
        // The signals' own metrics over 25 years (beside the real values: a period and publication date
        // the starting dataset has is left as it is), then the synthetic ones: about 10 million rows.
        jdbc.sql(
                        """
                        insert into metric_value (area, metric_num, period_end, published, value)
                        select a.area, m.num, make_date(2001 + y, 3, 31), make_date(2001 + y, 11, 30) + 1,
                               round((50 + 40 * sin(m.num * 7 + a.i + y) + random() * 10)::numeric, 2)
                        from unnest(cast(:areas as varchar[])) with ordinality as a(area, i)
                        cross join (select num from metric where id like 'risk-bench-%' or id = any(:risk)) m
                        cross join generate_series(0, :periods - 1) as y
                        order by 1, 2, 3, 4
                        on conflict do nothing
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("risk", Assessments.STORE_METRICS.toArray(String[]::new))
                .param("periods", PERIODS)
                .update();
        jdbc.sql(
                        """
                        insert into metric_value (area, metric_num, period_end, published, value)
                        select area, metric_num, period_end, published + 365, value * 1.01 from metric_value
                        where hashtext(area || metric_num || period_end) % 50 = 0
                        order by 1, 2, 3
                        on conflict do nothing
                        """)
                .update();
        jdbc.sql("vacuum analyze metric_value").update();
        return jdbc.sql("select count(*) from metric_value").query(Long.class).single();
    }
}

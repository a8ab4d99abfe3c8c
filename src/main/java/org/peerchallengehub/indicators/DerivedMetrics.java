package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The code of the derived metrics whose formulas the catalogue states (metric.formula). A derived
 * value exists for a council and period when all its inputs do, and is versioned like them: at every
 * date one of its inputs was published or revised, the value is computed again from the inputs as
 * known on that date, and kept (with that date as its publication date, the latest of its inputs')
 * when it changed. So "as known on date D" holds for derived metrics too. Recomputed for the councils
 * an import touched, in the import's transaction.
 */
@Component
class DerivedMetrics {

    /** How a derived value is computed from its inputs' values, in the order of its inputs. */
    @FunctionalInterface
    interface Formula {
        /** The value, or null where the formula is undefined (e.g. a divisor of 0 or less). */
        @Nullable
        Double apply(double[] inputs);
    }

    /** An input: a metric, read at the period {@code at} maps the derived value's period to. */
    record Input(String metricId, UnaryOperator<Period> at) {}

    /**
     * A derived metric. Its first input drives it: there is a derived value for each period of the
     * first input (same period type as the derived metric) for which the other inputs exist too.
     */
    record Derivation(String metricId, PeriodType periodType, List<Input> inputs, Formula formula) {}

    /** A value as the store keeps it: the period by its last day. */
    record Version(LocalDate published, double value) {}

    /** A computed derived value. */
    record Computed(String metricId, LocalDate periodEnd, LocalDate published, double value) {}

    static final String NRE = "net-revenue-expenditure";

    static final List<Derivation> ALL = List.of(
            new Derivation(
                    "usable-reserves",
                    PeriodType.DATE,
                    List.of(same("other-earmarked-reserves"), same("unallocated-reserves")),
                    in -> in[0] + in[1]),
            new Derivation(
                    "usable-reserves-to-nre",
                    PeriodType.FINANCIAL_YEAR,
                    List.of(same(NRE), atYearEnd("usable-reserves")),
                    in -> in[0] > 0 ? in[1] / in[0] * 100 : null),
            new Derivation(
                    "usable-reserves-change-3y",
                    PeriodType.DATE,
                    List.of(same("usable-reserves"), yearsBefore("usable-reserves", 3)),
                    in -> in[1] > 0 ? (in[0] - in[1]) / in[1] * 100 : null),
            new Derivation(
                    "borrowing-to-nre",
                    PeriodType.FINANCIAL_YEAR,
                    List.of(same(NRE), atYearEnd("borrowing-total")),
                    in -> in[0] > 0 ? in[1] / in[0] : null),
            new Derivation(
                    "borrowing-growth-5y",
                    PeriodType.DATE,
                    List.of(same("borrowing-total"), yearsBefore("borrowing-total", 5)),
                    in -> in[1] > 0 ? (in[0] - in[1]) / in[1] * 100 : null),
            new Derivation(
                    "external-interest-to-nre",
                    PeriodType.FINANCIAL_YEAR,
                    List.of(same(NRE), same("external-interest-payments")),
                    in -> in[0] > 0 ? in[1] / in[0] * 100 : null),
            new Derivation(
                    "social-care-spend-to-nre",
                    PeriodType.FINANCIAL_YEAR,
                    List.of(same(NRE), same("adult-social-care-spend"), same("childrens-social-care-spend")),
                    in -> in[0] > 0 ? (in[1] + in[2]) / in[0] * 100 : null),
            new Derivation(
                    "council-tax-requirement-to-nre",
                    PeriodType.FINANCIAL_YEAR,
                    List.of(same(NRE), same("council-tax-requirement")),
                    in -> in[0] > 0 ? in[1] / in[0] * 100 : null));

    static Input same(String metricId) {
        return new Input(metricId, p -> p);
    }

    /** A level on the 31 March that closes the financial year. */
    static Input atYearEnd(String metricId) {
        return new Input(metricId, p -> new Period.Day(p.end()));
    }

    /** The same kind of period, {@code years} earlier (for a date: the same day of the year). */
    static Input yearsBefore(String metricId, int years) {
        return new Input(metricId, p -> switch (p) {
            case Period.Day d -> new Period.Day(d.date().minusYears(years));
            case Period.FinancialYear y -> y.minusYears(years);
            case Period.Quarter q -> new Period.Quarter(q.startYear() - years, q.quarter());
            case Period.Year y -> new Period.Year(y.year() - years);
        });
    }

    /** The metrics (stored, not derived) that some derived metric reads. */
    static Set<String> baseInputs() {
        Set<String> derived = ALL.stream().map(Derivation::metricId).collect(Collectors.toSet());
        return ALL.stream()
                .flatMap(d -> d.inputs().stream())
                .map(Input::metricId)
                .filter(id -> !derived.contains(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Computes every derivation, in order (later ones may read earlier ones), for one council whose
     * stored values are {@code values}: metric → period end → versions in publication order. The
     * computed values are added to {@code values} as they are made.
     */
    static List<Computed> compute(Map<String, NavigableMap<LocalDate, List<Version>>> values) {
        List<Computed> out = new ArrayList<>();
        for (Derivation derivation : ALL) {
            NavigableMap<LocalDate, List<Version>> made = new TreeMap<>();
            NavigableMap<LocalDate, List<Version>> driver =
                    values.getOrDefault(derivation.inputs().getFirst().metricId(), new TreeMap<>());
            for (LocalDate end : driver.keySet()) {
                Period target = Period.ending(derivation.periodType(), end);
                List<List<Version>> inputs = new ArrayList<>();
                for (Input input : derivation.inputs()) {
                    List<Version> versions = values.getOrDefault(input.metricId(), new TreeMap<>())
                            .get(input.at().apply(target).end());
                    if (versions == null) {
                        break;
                    }
                    inputs.add(versions);
                }
                if (inputs.size() < derivation.inputs().size()) {
                    continue;
                }
                TreeSet<LocalDate> dates = new TreeSet<>();
                inputs.forEach(vs -> vs.forEach(v -> dates.add(v.published())));
                Double last = null;
                for (LocalDate date : dates) {
                    double[] known = new double[inputs.size()];
                    boolean all = true;
                    for (int i = 0; i < inputs.size() && all; i++) {
                        Version v = asOf(inputs.get(i), date);
                        if (v == null) {
                            all = false;
                        } else {
                            known[i] = v.value();
                        }
                    }
                    if (!all) {
                        continue;
                    }
                    Double result = derivation.formula().apply(known);
                    if (result == null || !Double.isFinite(result) || result.equals(last)) {
                        continue;
                    }
                    last = result;
                    out.add(new Computed(derivation.metricId(), target.end(), date, result));
                    made.computeIfAbsent(target.end(), k -> new ArrayList<>()).add(new Version(date, result));
                }
            }
            values.put(derivation.metricId(), made);
        }
        return out;
    }

    private static @Nullable Version asOf(List<Version> versions, LocalDate date) {
        Version found = null;
        for (Version v : versions) {
            if (!v.published().isAfter(date)) {
                found = v;
            }
        }
        return found;
    }

    // --- in the store -----------------------------------------------------------------------------

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final MetricCatalogue catalogue;

    DerivedMetrics(JdbcClient jdbc, DataSource dataSource, MetricCatalogue catalogue) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /**
     * Recomputes every derived metric for these councils, replacing what was stored, on the caller's
     * transaction. Returns the number of derived values now stored for them.
     */
    long recompute(Collection<String> areas) {
        if (areas.isEmpty()) {
            return 0;
        }
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        Map<Integer, String> inputIds = new HashMap<>();
        for (String id : baseInputs()) {
            inputIds.put(metrics.get(id).num(), id);
        }
        List<Integer> derivedNums =
                ALL.stream().map(d -> metrics.get(d.metricId()).num()).toList();
        String[] areaArray = areas.toArray(String[]::new);
        Map<String, Map<String, NavigableMap<LocalDate, List<Version>>>> byArea = new HashMap<>();
        jdbc.sql(
                        """
                        select area, metric_num, period_end, published, value from metric_value
                        where area = any(:areas) and metric_num = any(:metrics)
                        order by area, metric_num, period_end, published
                        """)
                .param("areas", areaArray)
                .param("metrics", inputIds.keySet().toArray(Integer[]::new))
                .query(rs -> {
                    byArea.computeIfAbsent(rs.getString(1), a -> new HashMap<>())
                            .computeIfAbsent(inputIds.get(rs.getInt(2)), m -> new TreeMap<>())
                            .computeIfAbsent(rs.getObject(3, LocalDate.class), d -> new ArrayList<>())
                            .add(new Version(rs.getObject(4, LocalDate.class), rs.getDouble(5)));
                });
        jdbc.sql("delete from metric_value where area = any(:areas) and metric_num = any(:metrics)")
                .param("areas", areaArray)
                .param("metrics", derivedNums.toArray(Integer[]::new))
                .update();
        StagingCopy copy = StagingCopy.into(DataSourceUtils.getConnection(dataSource), "metric_value");
        for (Map.Entry<String, Map<String, NavigableMap<LocalDate, List<Version>>>> area : byArea.entrySet()) {
            for (Computed c : compute(area.getValue())) {
                copy.add(area.getKey(), metrics.get(c.metricId()).num(), c.periodEnd(), c.published(), c.value());
            }
        }
        return copy.finish();
    }
}

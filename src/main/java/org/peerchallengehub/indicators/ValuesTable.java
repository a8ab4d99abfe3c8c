package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Answers a values API request: metrics × areas × periods, as known on a date, one cell per
 * combination (empty where the Hub knows no value). The areas are those asked for, followed by the
 * members of each comparison group of the first area. A request is refused, before any value is
 * read, when it would give more than {@link #MAX_CELLS} cells.
 */
@Component
class ValuesTable {

    static final int MAX_CELLS = 25_000;

    /** An area in the answer and why it is there: "requested", or the comparison's slug. */
    record Area(Council council, List<String> via) {}

    /** A comparison group added to the request; a member's distance is given for nearest neighbours. */
    record Comparison(String slug, String label, String council, List<ComparatorGroup.Member> members) {}

    /** One metric, area and period; {@code value} is null where the Hub knows none as of the date. */
    record Cell(Metric metric, Area area, Period period, @Nullable MetricValue value) {}

    record Result(
            LocalDate asOf, List<Metric> metrics, List<Area> areas, List<Comparison> comparisons, List<Cell> cells) {}

    private final Indicators indicators;
    private final CouncilRegister register;
    private final ValueGrid grid;
    private final ComparisonAreas comparisonAreas;

    ValuesTable(Indicators indicators, CouncilRegister register, ValueGrid grid, ComparisonAreas comparisonAreas) {
        this.indicators = indicators;
        this.register = register;
        this.grid = grid;
        this.comparisonAreas = comparisonAreas;
    }

    Result answer(ValuesRequest request, @Nullable CurrentUser user) {
        LocalDate asOf = request.asOf() == null ? indicators.today() : request.asOf();
        List<Metric> metrics = metrics(request.metricIds());
        Map<String, Area> areas = areas(request.areaCodes());
        List<Comparison> comparisons = new ArrayList<>();
        String first = areas.keySet().iterator().next();
        for (String slug : request.comparisons()) {
            Comparison comparison = comparisonAreas.comparison(first, slug, user, asOf);
            comparisons.add(comparison);
            for (ComparatorGroup.Member m : comparison.members()) {
                String member = m.council().gss();
                Area known = areas.get(member);
                if (known != null) {
                    known.via().add(slug);
                } else {
                    Council council = register.find(member)
                            .orElseThrow(() -> new IllegalStateException(
                                    "A comparator group has " + member + ", which the register does not know"));
                    List<String> via = new ArrayList<>(List.of(slug));
                    areas.put(council.gss(), new Area(council, via));
                }
            }
        }
        if (areas.size() > ValuesRequest.MAX_AREAS) {
            throw new BadRequestException("At most " + ValuesRequest.MAX_AREAS + " areas at once; with its comparisons "
                    + "this request has " + areas.size() + ": ask for a smaller comparison group");
        }
        List<String> codes = List.copyOf(areas.keySet());
        Map<Metric, List<Period>> periods = new LinkedHashMap<>();
        switch (request.periods()) {
            case ValuesRequest.Latest latest -> {
                checkCells((long) metrics.size() * codes.size() * latest.count());
                for (Metric metric : metrics) {
                    List<Period> recent = new ArrayList<>(grid.latestPeriods(metric, codes, latest.count(), asOf));
                    Collections.reverse(recent);
                    periods.put(metric, recent);
                }
            }
            case ValuesRequest.Listed listed -> periods.putAll(listed(metrics, listed.labels()));
        }
        checkCells(periods.values().stream()
                .mapToLong(p -> (long) p.size() * codes.size())
                .sum());
        List<Cell> cells = new ArrayList<>();
        for (Metric metric : metrics) {
            List<Period> ps = periods.get(metric);
            Map<String, Map<LocalDate, MetricValue>> values = grid.values(metric, codes, ps, asOf);
            for (Area area : areas.values()) {
                Map<LocalDate, MetricValue> byEnd =
                        values.getOrDefault(area.council().gss(), Map.of());
                for (Period period : ps) {
                    cells.add(new Cell(metric, area, period, byEnd.get(period.end())));
                }
            }
        }
        List<Area> areaList = areas.values().stream()
                .map(a -> new Area(a.council(), List.copyOf(a.via())))
                .toList();
        return new Result(asOf, metrics, areaList, comparisons, cells);
    }

    private List<Metric> metrics(List<String> ids) {
        List<Metric> metrics = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Optional<Metric> metric = indicators.metric(id);
            metric.ifPresentOrElse(metrics::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException((unknown.size() == 1 ? "There is no metric " : "There are no metrics ")
                    + ValuesRequest.quoted(unknown) + "; /api/v1/metrics lists the metric ids");
        }
        return metrics;
    }

    private Map<String, Area> areas(List<String> codes) {
        Map<String, Area> areas = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            Optional<Council> council = register.find(code);
            if (council.isEmpty()) {
                unknown.add(code);
            } else if (!areas.containsKey(council.get().gss())) {
                areas.put(council.get().gss(), new Area(council.get(), new ArrayList<>(List.of("requested"))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException("No English council has the GSS code " + ValuesRequest.quoted(unknown)
                    + "; /api/v1/councils?status=all lists them");
        }
        return areas;
    }

    /** Each written period applies to the metrics of its type; one that fits none, or a metric with none, is refused. */
    private static Map<Metric, List<Period>> listed(List<Metric> metrics, List<String> labels) {
        Map<Metric, List<Period>> periods = new LinkedHashMap<>();
        metrics.forEach(m -> periods.put(m, new ArrayList<>()));
        for (String label : labels) {
            boolean fits = false;
            for (Metric metric : metrics) {
                try {
                    Period period = metric.periodType().parse(label);
                    if (!periods.get(metric).contains(period)) {
                        periods.get(metric).add(period);
                    }
                    fits = true;
                } catch (IllegalArgumentException e) {
                    // not a period of this metric's type
                }
            }
            if (!fits) {
                String types = metrics.stream()
                        .map(Metric::periodType)
                        .distinct()
                        .map(t -> "a " + t.label() + " like " + t.example())
                        .reduce((a, b) -> a + " or " + b)
                        .orElseThrow();
                throw new BadRequestException("‘" + ValuesRequest.abbreviate(label)
                        + "’ is not a period of the metrics asked for: write " + types + ", or latest or latest:N");
            }
        }
        for (Map.Entry<Metric, List<Period>> e : periods.entrySet()) {
            if (e.getValue().isEmpty()) {
                Metric m = e.getKey();
                throw new BadRequestException(
                        "None of the periods is a " + m.periodType().label() + ", the periods of " + m.id()
                                + ": write one like " + m.periodType().example() + ", or use latest");
            }
            e.getValue().sort(null);
        }
        return periods;
    }

    private static void checkCells(long cells) {
        if (cells > MAX_CELLS) {
            throw new BadRequestException("This request asks for " + cells + " values; at most " + MAX_CELLS
                    + " at once: ask for fewer metrics, areas or periods");
        }
    }
}

package org.peerchallengehub.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

/**
 * Nearest neighbours (decision 0015): for every current council, the 15 councils of the same tier closest
 * to it by standardised Euclidean distance over a few contextual measures, as CIPFA's nearest-neighbour
 * model does. Computed from the figures as known on the day, stored, and recomputed after every import
 * that changes one of the measures' metrics, and on demand.
 */
@Service
class NearestNeighbours {

    private static final Logger log = LoggerFactory.getLogger(NearestNeighbours.class);

    static final int NEIGHBOURS = 15;
    static final int MINIMUM_MEASURES = 3;
    /** A measure is used for a tier only when at least this many of its councils have it. */
    static final int MINIMUM_COUNCILS = 5;

    static final String METHOD = "Each measure is standardised within the tier (z-score: minus the tier's mean, divided"
            + " by its standard deviation); the distance between two councils is the Euclidean distance between their"
            + " standardised measures, every measure weighted equally. The 15 councils of the same tier with the"
            + " smallest distance are the neighbours; equal distances are ordered by GSS code.";
    static final String MISSING_DATA_RULE = "A measure a council lacks is left out of its distances, and the sum of"
            + " squares over the measures two councils share is scaled up by (measures used ÷ measures shared), so"
            + " that distances stay comparable. Two councils must share at least 3 measures to be compared; a"
            + " council with fewer than 3 measures gets no neighbours (and is nobody's neighbour). A measure is left"
            + " out for a whole tier when fewer than 5 of its councils have it or all have the same value."
            + " Abolished councils have no neighbours.";

    /** The measures: id, title, source and why. */
    static final List<NearestNeighbourModel.Measure> MEASURES = List.of(
            new NearestNeighbourModel.Measure(
                    "population",
                    "Population (logarithm)",
                    "Council register: ONS mid-2020 estimate",
                    "Size drives the scale of every service; on a logarithmic scale, so that a difference of 10% weighs"
                            + " the same for a small district and a large county."),
            new NearestNeighbourModel.Measure(
                    "nre-per-head",
                    "Net revenue expenditure per head (£)",
                    "net-revenue-expenditure ÷ population, latest year known",
                    "Spending per resident reflects both need (deprivation, age) and what the council provides."),
            new NearestNeighbourModel.Measure(
                    "council-tax-requirement-to-nre",
                    "Council tax requirement as % of net revenue expenditure",
                    "council-tax-requirement-to-nre, latest year known",
                    "Stands in for deprivation and tax base: needs-based grants pay a larger share of spending in"
                            + " deprived places, council tax a larger share in prosperous ones."),
            new NearestNeighbourModel.Measure(
                    "social-care-spend-to-nre",
                    "Social care spend as % of net revenue expenditure",
                    "social-care-spend-to-nre, latest year known",
                    "The weight of adult and children's social care in the budget: an ageing or deprived population"
                            + " (upper tier and single tier only; districts have none)."),
            new NearestNeighbourModel.Measure(
                    "council-tax-receipts-per-head",
                    "Council tax receipts per head (£)",
                    "council-tax-receipts ÷ population, latest year known",
                    "The tax base: the value of homes (council tax bands) per resident, a proxy for affluence."));

    /** A council as the computation sees it: its tier and the measures it has. */
    record Candidate(String gss, Tier tier, Map<String, Double> measures) {}

    record Neighbour(String gss, double distance) {}

    /** The outcome of one computation. */
    record Outcome(
            Map<String, List<Neighbour>> neighbours,
            Map<String, String> notes,
            Map<Tier, Map<String, double[]>> scales) {}

    private final JdbcClient jdbc;
    private final MetricCatalogue catalogue;
    private final CouncilRegister register;
    private final ObjectMapper json;
    private final Clock clock;

    NearestNeighbours(
            JdbcClient jdbc, MetricCatalogue catalogue, CouncilRegister register, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.register = register;
        this.json = json;
        this.clock = clock;
    }

    /** Recomputes after an import that touched one of the measures' metrics. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(MetricValuesImported event) {
        if (event.metricIds().stream().noneMatch(INPUT_METRICS::contains)) {
            return;
        }
        try {
            recompute();
        } catch (RuntimeException e) {
            log.error("Nearest neighbours could not be recomputed after import {}", event.importId(), e);
        }
    }

    static final List<String> INPUT_METRICS = List.of(
            "net-revenue-expenditure",
            "council-tax-requirement-to-nre",
            "social-care-spend-to-nre",
            "council-tax-receipts");

    /** Computes every current council's neighbours from the figures known today and stores them. */
    @Transactional
    public NearestNeighbourModel recompute() {
        long started = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.nearest-neighbours'))")
                .query()
                .singleValue();
        List<Candidate> candidates = candidates();
        Outcome outcome = compute(candidates);
        store(candidates, outcome, started);
        return model();
    }

    /** The stored neighbours of a council, closest first (empty when it has none). */
    List<Neighbour> neighbours(String gss) {
        return jdbc.sql("select neighbour, distance from nearest_neighbour where area = :area order by rank")
                .param("area", gss)
                .query((rs, n) -> new Neighbour(rs.getString("neighbour"), rs.getDouble("distance")))
                .list();
    }

    /** Why a council has fewer than 15 neighbours, if it does; and the measures it had. */
    record CouncilInputs(Tier tier, Map<String, Object> measures, @Nullable String note) {}

    Optional<CouncilInputs> inputs(String gss) {
        return jdbc.sql("select tier, measures::text as measures, note from nearest_neighbour_council where area = :a")
                .param("a", gss)
                .query((rs, n) -> new CouncilInputs(
                        Tier.valueOf(rs.getString("tier")), readMap(rs.getString("measures")), rs.getString("note")))
                .optional();
    }

    NearestNeighbourModel model() {
        return jdbc.sql("select computed_at, councils, duration_ms from nearest_neighbour_run order by id desc limit 1")
                .query((rs, n) -> model(rs))
                .optional()
                .orElseGet(() -> new NearestNeighbourModel(
                        MEASURES, NEIGHBOURS, MINIMUM_MEASURES, METHOD, MISSING_DATA_RULE, null, 0, 0));
    }

    private NearestNeighbourModel model(ResultSet rs) throws SQLException {
        return new NearestNeighbourModel(
                MEASURES,
                NEIGHBOURS,
                MINIMUM_MEASURES,
                METHOD,
                MISSING_DATA_RULE,
                rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
                rs.getInt("councils"),
                rs.getLong("duration_ms"));
    }

    /** Current councils with the measures known today. */
    List<Candidate> candidates() {
        LocalDate today = LocalDate.now(clock);
        List<CouncilSummary> councils = register.search(CouncilQuery.current()).stream()
                .filter(c -> !c.abolishedOn(today))
                .toList();
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        Map<Integer, String> ids = new HashMap<>();
        for (String id : INPUT_METRICS) {
            metrics.find(id).ifPresent(e -> ids.put(e.num(), id));
        }
        Map<String, Map<String, Double>> latest = new HashMap<>();
        if (!ids.isEmpty() && !councils.isEmpty()) {
            jdbc.sql(
                            """
                            select distinct on (area, metric_num) area, metric_num, value from metric_value
                            where area = any(:areas) and metric_num = any(:metrics) and published <= :today
                            order by area, metric_num, period_end desc, published desc
                            """)
                    .param("areas", councils.stream().map(CouncilSummary::gss).toArray(String[]::new))
                    .param("metrics", ids.keySet().toArray(Integer[]::new))
                    .param("today", today)
                    .query(rs -> {
                        latest.computeIfAbsent(rs.getString("area"), a -> new HashMap<>())
                                .put(ids.get(rs.getInt("metric_num")), rs.getDouble("value"));
                    });
        }
        List<Candidate> candidates = new ArrayList<>();
        for (CouncilSummary council : councils) {
            Map<String, Double> known = latest.getOrDefault(council.gss(), Map.of());
            Map<String, Double> measures = new LinkedHashMap<>();
            Integer population = council.population();
            if (population != null && population > 0) {
                measures.put("population", Math.log10(population));
                Double nre = known.get("net-revenue-expenditure");
                if (nre != null) {
                    measures.put("nre-per-head", nre * 1000 / population);
                }
                Double receipts = known.get("council-tax-receipts");
                if (receipts != null) {
                    measures.put("council-tax-receipts-per-head", receipts * 1000 / population);
                }
            }
            for (String ratio : List.of("council-tax-requirement-to-nre", "social-care-spend-to-nre")) {
                Double value = known.get(ratio);
                if (value != null && Double.isFinite(value)) {
                    measures.put(ratio, value);
                }
            }
            candidates.add(new Candidate(council.gss(), Tier.of(council.type()), measures));
        }
        return candidates;
    }

    /** The computation itself: pure, deterministic, independent of the order of the candidates. */
    static Outcome compute(List<Candidate> candidates) {
        Map<String, List<Neighbour>> result = new TreeMap<>();
        Map<String, String> notes = new TreeMap<>();
        Map<Tier, Map<String, double[]>> scales = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            List<Candidate> inTier = candidates.stream()
                    .filter(c -> c.tier() == tier)
                    .sorted(Comparator.comparing(Candidate::gss))
                    .toList();
            if (inTier.isEmpty()) {
                continue;
            }
            // mean and standard deviation of each measure within the tier
            Map<String, double[]> scale = new LinkedHashMap<>();
            for (NearestNeighbourModel.Measure measure : MEASURES) {
                double[] values = inTier.stream()
                        .map(c -> c.measures().get(measure.id()))
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .toArray();
                if (values.length < MINIMUM_COUNCILS) {
                    continue;
                }
                double mean = java.util.Arrays.stream(values).average().orElse(0);
                double variance = java.util.Arrays.stream(values)
                                .map(v -> (v - mean) * (v - mean))
                                .sum()
                        / values.length;
                double sd = Math.sqrt(variance);
                if (sd > 1e-12) {
                    scale.put(measure.id(), new double[] {mean, sd});
                }
            }
            scales.put(tier, scale);
            List<String> used = List.copyOf(scale.keySet());
            int m = used.size();
            double[][] z = new double[inTier.size()][m];
            List<Integer> eligible = new ArrayList<>();
            for (int i = 0; i < inTier.size(); i++) {
                int known = 0;
                for (int k = 0; k < m; k++) {
                    Double v = inTier.get(i).measures().get(used.get(k));
                    double[] s = scale.get(used.get(k));
                    z[i][k] = v == null ? Double.NaN : (v - s[0]) / s[1];
                    if (v != null) known++;
                }
                if (known >= MINIMUM_MEASURES) {
                    eligible.add(i);
                } else {
                    notes.put(
                            inTier.get(i).gss(),
                            "Too few measures known (" + known + " of the " + m
                                    + " used for " + tier.plural() + "; at least " + MINIMUM_MEASURES
                                    + " are needed), so no neighbours are computed.");
                }
            }
            for (int i : eligible) {
                List<Neighbour> distances = new ArrayList<>();
                for (int j : eligible) {
                    if (i == j) {
                        continue;
                    }
                    double d = distance(z[i], z[j]);
                    if (!Double.isNaN(d)) {
                        distances.add(new Neighbour(inTier.get(j).gss(), d));
                    }
                }
                distances.sort(Comparator.comparingDouble(Neighbour::distance).thenComparing(Neighbour::gss));
                List<Neighbour> closest = List.copyOf(distances.subList(0, Math.min(NEIGHBOURS, distances.size())));
                result.put(inTier.get(i).gss(), closest);
                if (closest.size() < NEIGHBOURS) {
                    notes.put(
                            inTier.get(i).gss(),
                            "Only " + closest.size() + " other " + tier.plural()
                                    + " have enough measures in common to be compared.");
                }
            }
        }
        return new Outcome(result, notes, scales);
    }

    /**
     * The standardised Euclidean distance over the measures both have, scaled by (measures used ÷ measures
     * shared); NaN when they share fewer than the minimum.
     */
    static double distance(double[] a, double[] b) {
        double sum = 0;
        int shared = 0;
        for (int k = 0; k < a.length; k++) {
            if (!Double.isNaN(a[k]) && !Double.isNaN(b[k])) {
                double d = a[k] - b[k];
                sum += d * d;
                shared++;
            }
        }
        if (shared < MINIMUM_MEASURES) {
            return Double.NaN;
        }
        return Math.sqrt(sum * a.length / shared);
    }

    private void store(List<Candidate> candidates, Outcome outcome, long started) {
        jdbc.sql("delete from nearest_neighbour").update();
        jdbc.sql("delete from nearest_neighbour_council").update();
        List<String> areas = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<String> neighbours = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        outcome.neighbours().forEach((area, list) -> {
            for (int r = 0; r < list.size(); r++) {
                areas.add(area);
                ranks.add(r + 1);
                neighbours.add(list.get(r).gss());
                distances.add(list.get(r).distance());
            }
        });
        jdbc.sql(
                        """
                        insert into nearest_neighbour (area, rank, neighbour, distance)
                        select * from unnest(cast(:areas as varchar[]), cast(:ranks as smallint[]),
                                             cast(:neighbours as varchar[]), cast(:distances as float8[]))
                        """)
                .param("areas", areas.toArray(String[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("neighbours", neighbours.toArray(String[]::new))
                .param("distances", distances.toArray(Double[]::new))
                .update();
        List<String> councilAreas = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Candidate candidate : candidates) {
            councilAreas.add(candidate.gss());
            tiers.add(candidate.tier().name());
            Map<String, Object> shown = new LinkedHashMap<>();
            Map<String, double[]> scale = outcome.scales().getOrDefault(candidate.tier(), Map.of());
            candidate.measures().forEach((id, value) -> {
                if (scale.containsKey(id)) {
                    double[] s = scale.get(id);
                    shown.put(id, Map.of("value", value, "z", (value - s[0]) / s[1]));
                }
            });
            measures.add(json.writeValueAsString(shown));
            notes.add(outcome.notes().get(candidate.gss()));
        }
        jdbc.sql(
                        """
                        insert into nearest_neighbour_council (area, tier, measures, note)
                        select a, t, cast(m as jsonb), n from unnest(cast(:areas as varchar[]), cast(:tiers as text[]),
                                                                    cast(:measures as text[]), cast(:notes as text[]))
                                                        as u(a, t, m, n)
                        """)
                .param("areas", councilAreas.toArray(String[]::new))
                .param("tiers", tiers.toArray(String[]::new))
                .param("measures", measures.toArray(String[]::new))
                .param("notes", notes.toArray(String[]::new))
                .update();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "measures",
                MEASURES.stream().map(NearestNeighbourModel.Measure::id).toList());
        Map<String, Object> scales = new LinkedHashMap<>();
        outcome.scales().forEach((tier, scale) -> {
            Map<String, Object> byMeasure = new LinkedHashMap<>();
            scale.forEach((id, s) -> byMeasure.put(id, Map.of("mean", s[0], "sd", s[1])));
            scales.put(tier.name(), byMeasure);
        });
        model.put("scales", scales);
        long millis = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("insert into nearest_neighbour_run (duration_ms, councils, model) values (:ms, :n, cast(:m as jsonb))")
                .param("ms", (int) millis)
                .param("n", outcome.neighbours().size())
                .param("m", json.writeValueAsString(model))
                .update();
        log.info(
                "Nearest neighbours computed for {} councils in {} ms",
                outcome.neighbours().size(),
                millis);
    }

    /** The tier statistics the last run standardised with (tier → measure → mean and sd). */
    @SuppressWarnings("unchecked")
    Map<String, Object> scales() {
        return jdbc.sql("select model::text from nearest_neighbour_run order by id desc limit 1")
                .query(String.class)
                .optional()
                .map(this::readMap)
                .map(m -> m.get("scales"))
                .filter(Map.class::isInstance)
                .map(m -> (Map<String, Object>) m)
                .orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readMap(String text) {
        return json.readValue(text, Map.class);
    }
}

package org.peerchallengehub.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.Challenges;
import org.peerchallengehub.councils.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses councils as known on a date (decision 0080): reads, in a handful of queries, everything the
 * signals need as it was known then — the figures published by that date, the events known by it, the
 * inspections published by it, the corporate peer challenges that had taken place — and runs every
 * signal over each council. Nothing published after the date is read.
 */
@Service
class Assessments {

    /** The metrics of the store the signals and their derived series read. */
    static final List<String> STORE_METRICS = List.of(
            "usable-reserves-to-nre",
            "usable-reserves-change-3y",
            "usable-reserves",
            "net-revenue-expenditure",
            "borrowing-to-nre",
            "borrowing-growth-5y",
            "borrowing-total",
            "borrowing-short-term",
            "borrowing-from-local-authorities",
            "external-interest-to-nre",
            "social-care-spend-to-nre",
            "council-tax-requirement-to-nre");

    /** How far back figures are read: the oldest figure any signal may use (age limit plus trend). */
    static final int YEARS_BACK = 6;

    private final RiskRepository repository;
    private final Challenges challenges;
    private final Combination combination;
    private final Clock clock;

    Assessments(RiskRepository repository, Challenges challenges, Clock clock) {
        this.repository = repository;
        this.challenges = challenges;
        this.combination = new Combination(Thresholds.shipped());
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Combination combination() {
        return combination;
    }

    /** Every council that existed on the date, assessed as known on it, in the register's order. */
    @Transactional(readOnly = true)
    public List<Assessment> all(LocalDate asOf) {
        return assess(asOf, null);
    }

    /** One council as known on the date; empty when it did not exist then. */
    @Transactional(readOnly = true)
    public Optional<Assessment> one(String gss, LocalDate asOf) {
        return assess(asOf, gss).stream().findFirst();
    }

    /** The facts of one council as known on the date, for the assessment page's tables and the tests. */
    @Transactional(readOnly = true)
    Optional<CouncilFacts> facts(String gss, LocalDate asOf) {
        Snapshot snapshot = snapshot(asOf, gss);
        return snapshot.councils.stream().findFirst().map(c -> snapshot.facts(c, asOf));
    }

    /** An assessment with the facts it was made from (the backtest's baselines read the same figures). */
    record Assessed(Assessment assessment, CouncilFacts facts) {}

    /** Every council that existed on the date, with its facts. */
    @Transactional(readOnly = true)
    public List<Assessed> allWithFacts(LocalDate asOf) {
        Snapshot snapshot = snapshot(asOf, null);
        List<Assessed> assessed = new ArrayList<>(snapshot.councils.size());
        for (RiskRepository.CouncilRow council : snapshot.councils) {
            CouncilFacts facts = snapshot.facts(council, asOf);
            assessed.add(new Assessed(
                    combination.assess(facts, Region.valueOf(council.region()).label()), facts));
        }
        return assessed;
    }

    private List<Assessment> assess(LocalDate asOf, @Nullable String only) {
        Snapshot snapshot = snapshot(asOf, only);
        List<Assessment> assessments = new ArrayList<>(snapshot.councils.size());
        for (RiskRepository.CouncilRow council : snapshot.councils) {
            assessments.add(combination.assess(
                    snapshot.facts(council, asOf),
                    Region.valueOf(council.region()).label()));
        }
        return assessments;
    }

    private Snapshot snapshot(LocalDate asOf, @Nullable String only) {
        List<RiskRepository.CouncilRow> existing = repository.councilsOn(asOf);
        Map<String, List<String>> neighbours = repository.nearestNeighbours();
        List<RiskRepository.CouncilRow> assessed = only == null
                ? existing
                : existing.stream().filter(c -> c.gss().equals(only)).toList();
        Set<String> areas = new LinkedHashSet<>();
        Map<String, RiskRepository.CouncilRow> byGss = new HashMap<>();
        existing.forEach(c -> byGss.put(c.gss(), c));
        Map<String, List<String>> comparators = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (RiskRepository.CouncilRow council : assessed) {
            areas.add(council.gss());
            List<String> nearest = neighbours.getOrDefault(council.gss(), List.of()).stream()
                    .filter(byGss::containsKey)
                    .toList();
            if (!nearest.isEmpty()) {
                comparators.put(council.gss(), nearest);
                labels.put(council.gss(), "its " + nearest.size() + " nearest neighbours");
            } else {
                String tier = tier(council.type());
                List<String> sameTier = existing.stream()
                        .filter(c ->
                                !c.gss().equals(council.gss()) && tier(c.type()).equals(tier))
                        .map(RiskRepository.CouncilRow::gss)
                        .toList();
                comparators.put(council.gss(), sameTier);
                labels.put(council.gss(), "the " + sameTier.size() + " other " + tier + " of the time");
            }
            areas.addAll(comparators.get(council.gss()));
        }
        Map<String, Map<String, NavigableMap<LocalDate, Double>>> figures = new HashMap<>();
        if (!areas.isEmpty()) {
            for (RiskRepository.ValueRow row :
                    repository.values(List.copyOf(areas), STORE_METRICS, asOf, asOf.minusYears(YEARS_BACK))) {
                figures.computeIfAbsent(row.area(), a -> new HashMap<>())
                        .computeIfAbsent(row.metric(), m -> new TreeMap<>())
                        .put(row.periodEnd(), row.value());
            }
        }
        figures.values().forEach(DerivedSeries::add);
        Map<String, LocalDate> lastChallenges = challenges.lastCorporatePeerChallenges(asOf);
        return new Snapshot(
                assessed,
                comparators,
                labels,
                figures,
                repository.eventsKnownOn(asOf),
                repository.inspections(asOf),
                lastChallenges,
                !lastChallenges.isEmpty());
    }

    /** Counties, districts, or single-tier councils (unitary, metropolitan, London, City): who does the same job. */
    static String tier(String councilType) {
        return switch (councilType) {
            case "COUNTY" -> "county councils";
            case "DISTRICT" -> "district councils";
            default -> "single-tier councils";
        };
    }

    private record Snapshot(
            List<RiskRepository.CouncilRow> councils,
            Map<String, List<String>> comparators,
            Map<String, String> labels,
            Map<String, Map<String, NavigableMap<LocalDate, Double>>> figures,
            Map<String, List<RiskEvent>> events,
            Map<String, List<CouncilFacts.Inspection>> inspections,
            Map<String, LocalDate> lastChallenges,
            boolean challengeRecordsKept) {

        CouncilFacts facts(RiskRepository.CouncilRow council, LocalDate asOf) {
            Map<String, NavigableMap<LocalDate, Double>> own = figures.getOrDefault(council.gss(), Map.of());
            Map<String, Map<LocalDate, double[]>> compared = new HashMap<>();
            List<String> group = comparators.getOrDefault(council.gss(), List.of());
            Set<String> metrics = new HashSet<>(own.keySet());
            for (String metric : metrics) {
                Map<LocalDate, double[]> byPeriod = new HashMap<>();
                for (LocalDate end : own.get(metric).keySet()) {
                    double[] values = group.stream()
                            .map(g -> figures.getOrDefault(g, Map.of()).get(metric))
                            .filter(s -> s != null && s.containsKey(end))
                            .mapToDouble(s -> s.get(end))
                            .toArray();
                    byPeriod.put(end, values);
                }
                compared.put(metric, byPeriod);
            }
            return new CouncilFacts(
                    council.gss(),
                    council.name(),
                    asOf,
                    own,
                    compared,
                    labels.getOrDefault(council.gss(), "no comparators"),
                    events.getOrDefault(council.gss(), List.of()),
                    inspections.getOrDefault(council.gss(), List.of()),
                    new CouncilFacts.PeerChallenges(challengeRecordsKept, lastChallenges.get(council.gss())));
        }
    }
}

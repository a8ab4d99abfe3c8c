package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The method against history (decision 0080): every council that existed on the date, ranked by its
 * score as known on that date, and where the councils that failed afterwards (from the outcomes, never
 * an input) landed; compared in the same run with two single-indicator rankings over the same councils.
 * Ranks are competition ranks (ties share the best rank; how many share it is reported, so a tie is
 * never read as a win).
 */
final class Backtest {

    /** One ranking's result for one council that failed later. */
    record Placed(@Nullable Double value, int rank, int tied) {

        /** In the top share whatever the order among ties: the last place of its tie is within the cut-off. */
        boolean within(int cutOff) {
            return value != null && rank + tied - 1 <= cutOff;
        }

        public String words() {
            if (value == null) {
                return "no figure";
            }
            return tied > 1 ? rank + " (tied with " + (tied - 1) + " others)" : Integer.toString(rank);
        }
    }

    /** A council that failed after the date: when, how, and where each ranking put it. */
    record Failure(
            String gss,
            String name,
            LocalDate failedOn,
            String how,
            Placed method,
            Placed reserves,
            Placed borrowingGrowth) {}

    /** The share of failures found in the top tenth, and the lift over chance (0.1). */
    record Share(int found, int failures, int cutOff) {

        double share() {
            return failures == 0 ? 0 : (double) found / failures;
        }

        public String words() {
            return failures == 0
                    ? "no failure to find"
                    : found + " of " + failures
                            + String.format(java.util.Locale.UK, " (%.0f %%), lift %.1f", share() * 100, share() / 0.1);
        }
    }

    record Result(
            LocalDate asOf,
            int councils,
            int cutOff,
            List<Assessment> ranked,
            List<Failure> failures,
            Share method,
            Share reserves,
            Share borrowingGrowth) {}

    /** A failure that followed: the first event of a failure kind after the date. */
    record Outcome(String gss, LocalDate on, EventKind kind) {}

    private Backtest() {}

    static Result run(LocalDate asOf, List<Assessments.Assessed> assessed, List<Outcome> outcomes) {
        List<Assessment> ranked = assessed.stream()
                .map(Assessments.Assessed::assessment)
                .sorted(Comparator.comparingInt(Assessment::score).reversed().thenComparing(Assessment::name))
                .toList();
        int n = ranked.size();
        int cutOff = (int) Math.ceil(n * 0.1);
        Function<Assessments.Assessed, @Nullable Double> score =
                a -> (double) a.assessment().score();
        Function<Assessments.Assessed, @Nullable Double> reserves =
                a -> latest(a.facts(), "usable-reserves-to-nre").map(v -> -v).orElse(null);
        Function<Assessments.Assessed, @Nullable Double> growth =
                a -> latest(a.facts(), "borrowing-growth-5y").orElse(null);
        List<Failure> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (!outcome.on().isAfter(asOf)) {
                continue;
            }
            Optional<Assessments.Assessed> council = assessed.stream()
                    .filter(a -> a.assessment().gss().equals(outcome.gss()))
                    .findFirst();
            if (council.isEmpty() || failures.stream().anyMatch(f -> f.gss().equals(outcome.gss()))) {
                continue;
            }
            failures.add(new Failure(
                    outcome.gss(),
                    council.get().assessment().name(),
                    outcome.on(),
                    outcome.kind().label(),
                    place(council.get(), assessed, score),
                    place(council.get(), assessed, reserves),
                    place(council.get(), assessed, growth)));
        }
        return new Result(
                asOf,
                n,
                cutOff,
                ranked,
                failures,
                share(failures, cutOff, Failure::method),
                share(failures, cutOff, Failure::reserves),
                share(failures, cutOff, Failure::borrowingGrowth));
    }

    /** The council's latest figure known on the date that the signals would use (within two years). */
    static Optional<Double> latest(CouncilFacts facts, String metric) {
        Entry<LocalDate, Double> last = facts.series(metric).lastEntry();
        if (last == null || last.getKey().isBefore(facts.asOf().minusYears(2))) {
            return Optional.empty();
        }
        return Optional.of(last.getValue());
    }

    /** Higher value = more concern; councils without a value are not ranked above anyone. */
    static Placed place(
            Assessments.Assessed council,
            List<Assessments.Assessed> all,
            Function<Assessments.Assessed, @Nullable Double> value) {
        Double mine = value.apply(council);
        if (mine == null) {
            long withValues = all.stream().filter(a -> value.apply(a) != null).count();
            return new Placed(null, (int) withValues + 1, all.size() - (int) withValues);
        }
        int higher = 0;
        int same = 0;
        for (Assessments.Assessed other : all) {
            Double v = value.apply(other);
            if (v == null) {
                continue;
            }
            if (v > mine) {
                higher++;
            } else if (v.equals(mine)) {
                same++;
            }
        }
        return new Placed(mine, higher + 1, same);
    }

    private static Share share(List<Failure> failures, int cutOff, Function<Failure, Placed> placed) {
        int found = (int)
                failures.stream().filter(f -> placed.apply(f).within(cutOff)).count();
        return new Share(found, failures.size(), cutOff);
    }

    static Map<EventKind, Boolean> failureKinds() {
        return Map.of(
                EventKind.SECTION_114_NOTICE, true,
                EventKind.GOVERNMENT_INTERVENTION, true,
                EventKind.BEST_VALUE_NOTICE, true,
                EventKind.BEST_VALUE_INSPECTION, true);
    }
}

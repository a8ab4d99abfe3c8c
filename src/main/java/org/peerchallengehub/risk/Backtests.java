package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peerchallengehub.shared.csv.CsvWriter;
import org.springframework.stereotype.Service;

/** Runs the backtest as of a date and writes it: the CSV of every council, and the evaluation in words. */
@Service
class Backtests {

    static final List<String> HEADER = List.of("gss_code", "council", "score", "level", "top_signals");

    private final Assessments assessments;
    private final RiskRepository repository;

    Backtests(Assessments assessments, RiskRepository repository) {
        this.assessments = assessments;
        this.repository = repository;
    }

    Backtest.Result run(LocalDate asOf) {
        List<Assessments.Assessed> assessed = assessments.allWithFacts(asOf);
        List<Backtest.Outcome> outcomes = repository.outcomesAfter(
                asOf,
                StartingEvents.DATASET,
                List.copyOf(Backtest.failureKinds().keySet()));
        return Backtest.run(asOf, assessed, outcomes);
    }

    /** The CSV: one row per council that existed on the date, highest score first. */
    static String csv(Backtest.Result result) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (Assessment a : result.ranked()) {
            csv.row(a.gss(), a.name(), a.score(), a.level().slug(), String.join(";", a.topSignals()));
        }
        return csv.toString();
    }

    /** The evaluation as plain text, for the command line's {@code --evaluate} and docs/benchmarks.md. */
    static String evaluation(Backtest.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.UK, "As of %s: %d councils, top 10 %% = the first %d.%n", r.asOf(), r.councils(), r.cutOff()));
        long byLevel = r.ranked().stream().filter(a -> a.level().atLeastWatch()).count();
        long noData = r.ranked().stream()
                .filter(a -> a.level() == ConcernLevel.NOT_ENOUGH_DATA)
                .count();
        out.append(String.format(Locale.UK, "At watch or above: %d; not enough data: %d.%n", byLevel, noData));
        if (r.failures().isEmpty()) {
            out.append("No council in the outcomes failed after this date.\n");
        }
        for (Backtest.Failure f : r.failures()) {
            out.append(String.format(
                    Locale.UK,
                    "%s (%s) failed on %s (%s): rank by the method %s; by reserves against spending alone %s; by borrowing growth alone %s.%n",
                    f.name(),
                    f.gss(),
                    f.failedOn(),
                    f.how().toLowerCase(Locale.UK),
                    f.method().words(),
                    f.reserves().words(),
                    f.borrowingGrowth().words()));
        }
        out.append("Found in the top 10 %: the method " + r.method().words() + "; reserves alone "
                + r.reserves().words() + "; borrowing growth alone "
                + r.borrowingGrowth().words() + ".\n");
        return out.toString();
    }
}

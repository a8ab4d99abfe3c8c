package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rule every finance signal follows (decision 0080): the council's latest figure known on the date,
 * against its comparators for the same period, and against its own figure some years earlier.
 *
 * <ul>
 *   <li>No points unless the figure is in the worst quartile of its comparators (at least
 *       {@code min_comparators} of them with a figure): a council is judged against councils like it.
 *   <li>{@code points_trend} more when it has also worsened by more than {@code trend_min_change} over
 *       {@code trend_years} (0: the metric is a trend already);
 *   <li>{@code points_absolute} more when it is also beyond {@code absolute}, a line set from the
 *       distribution of figures known before April 2020.
 *   <li>A figure for a period that ended more than {@code max_age_years} before the date is too old to
 *       judge: no data, never a clear.
 * </ul>
 */
final class MetricRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MetricRule() {}

    static SignalResult assess(Signal signal, CouncilFacts facts, Thresholds.SignalParameters p) {
        String title = p.title();
        String metric = p.text("metric");
        boolean worseWhenLower =
                switch (p.text("worse")) {
                    case "lower" -> true;
                    case "higher" -> false;
                    default -> throw new IllegalStateException(signal.id() + ": worse is lower or higher");
                };
        Map.Entry<LocalDate, Double> latest = facts.series(metric).lastEntry();
        if (latest == null) {
            return SignalResult.noData(
                    signal, title, "No figures for " + p.text("what") + " known on " + DAY.format(facts.asOf()) + ".");
        }
        LocalDate end = latest.getKey();
        double value = latest.getValue();
        String period = period(p, end);
        if (end.isBefore(facts.asOf().minusYears(p.whole("max_age_years")))) {
            return SignalResult.noData(
                    signal,
                    title,
                    "The latest figures known for " + p.text("what") + " are for " + period + ", more than "
                            + p.whole("max_age_years") + " years old: too old to judge.");
        }
        double[] comparators = facts.comparatorValues(metric, end).clone();
        Arrays.sort(comparators);
        if (comparators.length < p.whole("min_comparators")) {
            return SignalResult.noData(
                    signal,
                    title,
                    capital(p.text("what")) + " " + format(p, value) + " in " + period
                            + ", but only " + comparators.length + " of " + facts.comparatorGroup()
                            + " have figures for that period: too few to compare.");
        }
        double quartile = quantile(comparators, worseWhenLower ? 0.25 : 0.75);
        double median = quantile(comparators, 0.5);
        boolean worstQuartile = worseWhenLower ? value <= quartile : value >= quartile;
        StringBuilder words = new StringBuilder()
                .append(capital(p.text("what")))
                .append(' ')
                .append(format(p, value))
                .append(" in ")
                .append(period)
                .append(", ")
                .append(
                        worstQuartile
                                ? (worseWhenLower ? "lowest quartile" : "highest quartile")
                                : "not in the worst quartile")
                .append(" of ")
                .append(facts.comparatorGroup())
                .append(" (median ")
                .append(format(p, median))
                .append(")");
        int points = 0;
        int trendYears = p.whole("trend_years");
        if (trendYears > 0) {
            @Nullable Double earlier = facts.series(metric).get(end.minusYears(trendYears));
            if (earlier != null) {
                double change = value - earlier;
                boolean worsened =
                        worseWhenLower ? change < -p.number("trend_min_change") : change > p.number("trend_min_change");
                words.append(", ")
                        .append(change < 0 ? "down" : change > 0 ? "up" : "unchanged")
                        .append(" from ")
                        .append(format(p, earlier))
                        .append(' ')
                        .append(trendYears)
                        .append(trendYears == 1 ? " year earlier" : " years earlier");
                if (worstQuartile && worsened) {
                    points += p.whole("points_trend");
                }
            } else {
                words.append(", no figure ").append(trendYears).append(" years earlier to compare with");
            }
        }
        double absolute = p.number("absolute");
        boolean beyond = worseWhenLower ? value < absolute : value > absolute;
        if (beyond) {
            words.append("; ")
                    .append(worseWhenLower ? "below " : "above ")
                    .append(format(p, absolute))
                    .append(", the line set from figures before April 2020");
        }
        if (worstQuartile && beyond) {
            points += p.whole("points_absolute");
        }
        words.append('.');
        return points > 0
                ? SignalResult.flagged(signal, title, points, words.toString())
                : SignalResult.clear(signal, title, words.toString());
    }

    /** Linear interpolation between order statistics (type 7, as benchmarking's statistics). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    static String format(Thresholds.SignalParameters p, double value) {
        return switch (p.text("unit")) {
            case "percent" -> String.format(Locale.UK, "%.1f %%", value);
            case "times" -> String.format(Locale.UK, "%.1f times net revenue expenditure", value);
            default -> String.format(Locale.UK, "%.1f", value);
        };
    }

    static String period(Thresholds.SignalParameters p, LocalDate end) {
        return switch (p.text("period")) {
            case "year" -> (end.getYear() - 1) + "-" + String.format("%02d", end.getYear() % 100);
            default -> DAY.format(end);
        };
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

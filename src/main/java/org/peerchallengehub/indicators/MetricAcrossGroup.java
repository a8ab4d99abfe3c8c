package org.peerchallengehub.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRef;

/**
 * A metric for one period across a comparator group, as known on a date.
 *
 * @param bars the council and the members that have a value, best first by polarity (highest first
 *     where the metric has none); ties share a rank
 * @param median the median of the bars' values (the council included); quartiles likewise, by linear
 *     interpolation between closest ranks (decision 0015)
 * @param rank the council's rank among the bars, null when it has no value for the period
 * @param ranked how many bars there are
 * @param previousValue the council's value for the previous period it has a value for
 * @param previousPeriod that period
 * @param quartile the council's quartile within the bars, 1 the best (the highest where no polarity)
 * @param asOf the date the figures are as known on
 */
public record MetricAcrossGroup(
        Metric metric,
        Period period,
        ComparatorGroup group,
        List<Bar> bars,
        @Nullable Double median,
        @Nullable Double lowerQuartile,
        @Nullable Double upperQuartile,
        @Nullable Integer rank,
        int ranked,
        @Nullable Double previousValue,
        Direction direction,
        @Nullable Period previousPeriod,
        @Nullable Integer quartile,
        java.time.LocalDate asOf) {

    public MetricAcrossGroup {
        bars = List.copyOf(bars);
    }

    /** One council's value; {@code highlighted} for the council the view is about. */
    public record Bar(CouncilRef council, double value, boolean highlighted, int rank) {}

    /** The members without a value for the period. */
    public List<CouncilRef> missing() {
        java.util.Set<String> present = new java.util.HashSet<>();
        bars.forEach(b -> present.add(b.council().gss()));
        return group.members().stream()
                .map(ComparatorGroup.Member::council)
                .filter(c -> !present.contains(c.gss()))
                .toList();
    }
}

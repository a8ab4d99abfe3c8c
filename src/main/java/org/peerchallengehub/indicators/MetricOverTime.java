package org.peerchallengehub.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A council's values of a metric over time against its comparator group's median and interquartile
 * range in each period, as known on a date.
 */
public record MetricOverTime(Metric metric, ComparatorGroup group, List<Point> points, java.time.LocalDate asOf) {

    public MetricOverTime {
        points = List.copyOf(points);
    }

    /**
     * One period: the council's value (null when it has none) and the group's statistics over the
     * values the group (council included) has for it.
     *
     * @param groupValues how many councils of the group have a value for the period
     */
    public record Point(
            Period period,
            @Nullable Double value,
            @Nullable Double median,
            @Nullable Double lowerQuartile,
            @Nullable Double upperQuartile,
            int groupValues) {}
}

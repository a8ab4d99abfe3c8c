package org.peerchallengehub.indicators;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How nearest neighbours are computed (decision 0015): the contextual measures, the number of
 * neighbours, the missing-data rule, and when they were last computed.
 *
 * @param computedAt when the stored neighbours were last computed, null when never
 * @param councils how many councils were given neighbours then
 */
public record NearestNeighbourModel(
        List<Measure> measures,
        int neighbours,
        int minimumMeasures,
        String method,
        String missingDataRule,
        @Nullable Instant computedAt,
        int councils,
        long durationMillis) {

    public NearestNeighbourModel {
        measures = List.copyOf(measures);
    }

    /**
     * A contextual measure: an id, what it is, from which metric(s) of the store or the register, and why
     * it says something about how alike two councils are.
     */
    public record Measure(String id, String title, String source, String why) {}
}

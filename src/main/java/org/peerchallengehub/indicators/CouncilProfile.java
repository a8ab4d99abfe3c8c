package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRef;

/**
 * Every metric a council has a value for: its latest value, its quartile and rank within the comparator
 * group for that period, and its direction of travel, grouped by theme.
 *
 * @param asOf the date asked for, null for today
 */
public record CouncilProfile(
        CouncilRef council, ComparatorGroup group, @Nullable LocalDate asOf, List<ThemeSection> themes) {

    public CouncilProfile {
        themes = List.copyOf(themes);
    }

    public record ThemeSection(Theme theme, List<Row> rows) {
        public ThemeSection {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param quartile 1 is the best quarter of the group (the highest where the metric has no polarity)
     * @param rank among {@code ranked} councils of the group with a value for the period
     */
    public record Row(
            Metric metric,
            Period period,
            double value,
            @Nullable Integer quartile,
            @Nullable Integer rank,
            int ranked,
            @Nullable Double median,
            Direction direction) {}

    /** How many rows, over all themes. */
    public int size() {
        return themes.stream().mapToInt(t -> t.rows().size()).sum();
    }
}

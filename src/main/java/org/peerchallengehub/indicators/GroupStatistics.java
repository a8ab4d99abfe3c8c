package org.peerchallengehub.indicators;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Median, quartiles, rank and quartile position over a comparator group's values (decision 0015).
 *
 * <p>Quantiles by linear interpolation between closest ranks (Hyndman and Fan type 7, as spreadsheet
 * {@code QUARTILE.INC} and R's default): the q-quantile of n sorted values is at position
 * {@code (n - 1) q}, interpolated between its neighbours. Ranks are "competition" ranks: tied values share
 * the best rank and the next is skipped (1, 2, 2, 4). Best is the highest value where higher is better, the
 * lowest where lower is better, and the highest where the metric has no polarity.
 */
record GroupStatistics(double lowerQuartile, double median, double upperQuartile, int count) {

    /** The statistics of the values, or null when there are none. */
    static @Nullable GroupStatistics of(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new GroupStatistics(
                quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75), sorted.length);
    }

    /** The same for the first {@code count} values of an array already sorted ascending; null when none. */
    static @Nullable GroupStatistics ofSorted(double[] sorted, int count) {
        if (count == 0) {
            return null;
        }
        return new GroupStatistics(
                quantile(sorted, count, 0.25), quantile(sorted, count, 0.5), quantile(sorted, count, 0.75), count);
    }

    /** How many of the first {@code count} values of an ascending array are strictly better than the value. */
    static int better(double value, double[] sorted, int count, Polarity polarity) {
        if (polarity == Polarity.LOWER_IS_BETTER) {
            int low = 0;
            int high = count; // first index with sorted[i] >= value
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] < value) low = mid + 1;
                else high = mid;
            }
            return low;
        }
        int low = 0;
        int high = count; // first index with sorted[i] > value
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) low = mid + 1;
            else high = mid;
        }
        return count - low;
    }

    /** The q-quantile (0 ≤ q ≤ 1) of values sorted ascending, type 7. */
    static double quantile(double[] sorted, double q) {
        return quantile(sorted, sorted.length, q);
    }

    private static double quantile(double[] sorted, int count, double q) {
        if (count == 0) {
            throw new IllegalArgumentException("no values");
        }
        double position = (count - 1) * q;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    /** The competition rank (1 = best) of {@code value} among {@code values} (which contain it). */
    static int rank(double value, double[] values, Polarity polarity) {
        int better = 0;
        for (double other : values) {
            if (better(other, value, polarity)) {
                better++;
            }
        }
        return better + 1;
    }

    /** True when {@code a} is strictly better than {@code b}. */
    static boolean better(double a, double b, Polarity polarity) {
        return polarity == Polarity.LOWER_IS_BETTER ? a < b : a > b;
    }

    /**
     * The quarter of the group the value falls in, 1 the best: at or beyond the upper quartile (lower
     * quartile where lower is better) is 1, between it and the median 2, between the median and the other
     * quartile 3, beyond that 4. A value on a boundary goes to the better quarter.
     */
    int quartileOf(double value, Polarity polarity) {
        if (polarity == Polarity.LOWER_IS_BETTER) {
            if (value <= lowerQuartile) return 1;
            if (value <= median) return 2;
            if (value <= upperQuartile) return 3;
            return 4;
        }
        if (value >= upperQuartile) return 1;
        if (value >= median) return 2;
        if (value >= lowerQuartile) return 3;
        return 4;
    }
}

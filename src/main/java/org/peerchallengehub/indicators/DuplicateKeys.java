package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds rows of one file that give a value for the same metric, council, period and publication date,
 * without boxing a million keys: each key is packed into a long (16 bits of metric, 14 of council, 17
 * of period end, 17 of publication date, as days since 1900) in an open-addressing table that also
 * remembers the line and value first seen.
 */
final class DuplicateKeys {

    private static final LocalDate DAY_ZERO = LocalDate.of(Periods.FIRST_YEAR, 1, 1);
    static final int MAX_METRIC_NUM = (1 << 16) - 1;
    static final int MAX_AREA_INDEX = (1 << 14) - 1;

    /** The line and value an earlier row gave for the same key. */
    record Earlier(long line, double value) {}

    private long[] keys;
    private long[] lines;
    private double[] values;
    private boolean[] used;
    private int size;

    DuplicateKeys() {
        allocate(1 << 12);
    }

    static long key(int metricNum, int areaIndex, LocalDate periodEnd, LocalDate published) {
        if (metricNum > MAX_METRIC_NUM || areaIndex > MAX_AREA_INDEX) {
            throw new IllegalStateException("metric " + metricNum + " or area " + areaIndex + " beyond the packed key");
        }
        long period = ChronoUnit.DAYS.between(DAY_ZERO, periodEnd);
        long known = ChronoUnit.DAYS.between(DAY_ZERO, published);
        return ((long) metricNum << 48) | ((long) areaIndex << 34) | (period << 17) | known;
    }

    /** Remembers the key, or returns what an earlier row gave for it. */
    @Nullable
    Earlier putIfAbsent(long key, long line, double value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return new Earlier(lines[slot], values[slot]);
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        lines[slot] = line;
        values[slot] = value;
        size++;
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        double[] oldValues = values;
        boolean[] oldUsed = used;
        allocate(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        lines = new long[capacity];
        values = new double[capacity];
        used = new boolean[capacity];
        Arrays.fill(used, false);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}

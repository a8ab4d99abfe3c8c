package org.peerchallengehub.shared.web.charts;

/** A linear axis from {@code min} to {@code max} (zero always included) mapped onto a pixel range. */
record Scale(double min, double max, double from, double to) {

    static Scale including(double lowest, double highest, double from, double to) {
        double min = Math.min(0, lowest);
        double max = Math.max(0, highest);
        double niceMax = max > 0 ? Svg.niceCeiling(max) : 0;
        double niceMin = min < 0 ? -Svg.niceCeiling(-min) : 0;
        if (niceMax == niceMin) {
            niceMax = 1;
        }
        return new Scale(niceMin, niceMax, from, to);
    }

    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** Five evenly spaced ticks from min to max. */
    double[] ticks() {
        double[] ticks = new double[5];
        for (int i = 0; i < 5; i++) {
            ticks[i] = min + (max - min) * i / 4;
        }
        return ticks;
    }
}

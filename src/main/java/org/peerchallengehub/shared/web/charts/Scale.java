package org.peerchallengehub.shared.web.charts;

/**
 * A linear axis from {@code min} to {@code max} (zero always included) mapped onto a pixel range, with ticks
 * every {@code step} from {@code min}.
 */
record Scale(double min, double max, double from, double to, double step) {

    static Scale including(double lowest, double highest, double from, double to) {
        return including(lowest, highest, from, to, false);
    }

    /**
     * @param whole the values are whole numbers (counts): every tick is a whole number too (1, 2, 5, 10, 20, 50
     *     … apart), never 0.5 or 12.5, which would be written rounded and so repeated or wrong
     */
    static Scale including(double lowest, double highest, double from, double to, boolean whole) {
        double min = Math.min(0, lowest);
        double max = Math.max(0, highest);
        if (whole) {
            for (double magnitude = 1; ; magnitude *= 10) {
                for (double factor : new double[] {1, 2, 5}) {
                    double step = factor * magnitude;
                    double wholeMin = Math.floor(min / step) * step;
                    double wholeMax = Math.ceil(max / step) * step;
                    if (wholeMax == wholeMin) {
                        wholeMax = step;
                    }
                    if ((wholeMax - wholeMin) / step <= 5) {
                        return new Scale(wholeMin, wholeMax, from, to, step);
                    }
                }
            }
        }
        double niceMax = max > 0 ? Svg.niceCeiling(max) : 0;
        double niceMin = min < 0 ? -Svg.niceCeiling(-min) : 0;
        if (niceMax == niceMin) {
            niceMax = 1;
        }
        return new Scale(niceMin, niceMax, from, to, (niceMax - niceMin) / 4);
    }

    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** Evenly spaced ticks from min to max, {@code step} apart (five unless the axis is of whole numbers). */
    double[] ticks() {
        int count = (int) Math.round((max - min) / step);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            ticks[i] = min + step * i;
        }
        return ticks;
    }
}

package org.peerchallengehub.shared.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A line chart of one council's figure over time against its group: the council's values (solid line with
 * points), the group's median (dashed line) and interquartile range (a shaded band from the lower to the
 * upper quartile). Gaps where a value is missing. Accessible SVG: role="img", a title and a description;
 * the page must show the same numbers in a table next to it.
 */
public final class BandLineChart {

    /** One period: its label and the values (any may be missing). */
    public record Point(
            String label,
            @Nullable Double value,
            @Nullable Double median,
            @Nullable Double lowerQuartile,
            @Nullable Double upperQuartile) {}

    private static final int WIDTH = 760;
    private static final int HEIGHT = 320;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private BandLineChart() {}

    /**
     * @param seriesLabel the legend's name for the council's line
     * @param format how the axis and tooltips write a value
     */
    public static String svg(
            String id,
            String title,
            String description,
            String seriesLabel,
            List<Point> points,
            DoubleFunction<String> format) {
        return svg(id, title, description, seriesLabel, points, format, false);
    }

    /** As {@link #svg(String, String, String, String, List, DoubleFunction)}; {@code whole}: whole-number ticks. */
    public static String svg(
            String id,
            String title,
            String description,
            String seriesLabel,
            List<Point> points,
            DoubleFunction<String> format,
            boolean whole) {
        double lowest = 0;
        double highest = 0;
        for (Point p : points) {
            for (Double v : new Double[] {p.value(), p.median(), p.lowerQuartile(), p.upperQuartile()}) {
                if (v != null) {
                    lowest = Math.min(lowest, v);
                    highest = Math.max(highest, v);
                }
            }
        }
        Scale y = Scale.including(lowest, highest, HEIGHT - BOTTOM, TOP, whole);
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, description);
        int n = points.size();
        double step = n <= 1 ? 0 : (double) (WIDTH - LEFT - RIGHT - 20) / (n - 1);
        DoubleIndex xAt = i -> LEFT + 10 + (n <= 1 ? (WIDTH - LEFT - RIGHT) / 2.0 : i * step);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), Svg.GRID, 1, false);
            svg.text(LEFT - 6, y.at(tick) + 4, format.apply(tick), "end", 11, false);
        }
        // interquartile band: one polygon per run of periods with both quartiles
        for (List<Integer> run : runs(points, p -> p.lowerQuartile() != null && p.upperQuartile() != null)) {
            StringBuilder band = new StringBuilder();
            for (int i : run) {
                band.append(Svg.point(xAt.x(i), y.at(points.get(i).upperQuartile())));
            }
            for (int k = run.size() - 1; k >= 0; k--) {
                int i = run.get(k);
                band.append(Svg.point(xAt.x(i), y.at(points.get(i).lowerQuartile())));
            }
            if (run.size() == 1) {
                int i = run.getFirst();
                svg.rect(
                        xAt.x(i) - 4,
                        y.at(points.get(i).upperQuartile()),
                        8,
                        y.at(points.get(i).lowerQuartile()) - y.at(points.get(i).upperQuartile()),
                        Svg.LIGHT_BLUE,
                        "");
            } else {
                svg.polygon(band.toString().strip(), Svg.LIGHT_BLUE);
            }
        }
        for (List<Integer> run : runs(points, p -> p.median() != null)) {
            StringBuilder line = new StringBuilder();
            run.forEach(i -> line.append(Svg.point(xAt.x(i), y.at(points.get(i).median()))));
            svg.polyline(line.toString().strip(), Svg.DARK, 2, true);
        }
        for (List<Integer> run : runs(points, p -> p.value() != null)) {
            StringBuilder line = new StringBuilder();
            run.forEach(i -> line.append(Svg.point(xAt.x(i), y.at(points.get(i).value()))));
            svg.polyline(line.toString().strip(), Svg.HIGHLIGHT, 3, false);
        }
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                svg.circle(xAt.x(i), y.at(p.value()), 4, Svg.HIGHLIGHT, p.label() + ": " + format.apply(p.value()));
            }
            int every = Math.max(1, (int) Math.ceil(n / 12.0));
            if (i % every == 0 || i == n - 1) {
                svg.text(xAt.x(i), HEIGHT - BOTTOM + 18, p.label(), "middle", 11, false);
            }
        }
        svg.line(LEFT, y.at(0), WIDTH - RIGHT, y.at(0), Svg.DARK, 1, false);
        // legend
        svg.line(LEFT, 14, LEFT + 24, 14, Svg.HIGHLIGHT, 3, false);
        svg.text(LEFT + 30, 18, Svg.shorten(seriesLabel, 40), "start", 11, false);
        svg.line(LEFT + 300, 14, LEFT + 324, 14, Svg.DARK, 2, true);
        svg.text(LEFT + 330, 18, "Group median", "start", 11, false);
        svg.rect(LEFT + 440, 8, 24, 12, Svg.LIGHT_BLUE, "");
        svg.text(LEFT + 470, 18, "Interquartile range", "start", 11, false);
        return svg.end();
    }

    private interface DoubleIndex {
        double x(int index);
    }

    private static List<List<Integer>> runs(List<Point> points, java.util.function.Predicate<Point> present) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (present.test(points.get(i))) {
                current.add(i);
            } else if (!current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }
}

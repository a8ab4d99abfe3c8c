package org.peerchallengehub.shared.web.charts;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart of one figure across a group of councils, one bar per council, best first as
 * given, the council of interest highlighted (another colour, its label in bold and marked "▶"), with
 * reference lines such as the group's median (solid) and quartiles (dashed). Accessible SVG: role="img",
 * a title and a description; the page must show the same numbers in a table next to it.
 */
public final class GroupBarChart {

    /** One bar. */
    public record Bar(String label, double value, boolean highlighted) {}

    /** A vertical reference line at a value, e.g. the median; {@code dashed} for quartiles. */
    public record Marker(String label, double value, boolean dashed) {}

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int ROW = 18;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;

    private GroupBarChart() {}

    /**
     * @param id unique on the page (used for the title and description ids)
     * @param format how the axis and tooltips write a value (e.g. the metric's unit)
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<Bar> bars,
            List<Marker> markers,
            DoubleFunction<String> format) {
        return svg(id, title, description, bars, markers, format, false);
    }

    /** As {@link #svg(String, String, String, List, List, DoubleFunction)}; {@code whole}: whole-number ticks. */
    public static String svg(
            String id,
            String title,
            String description,
            List<Bar> bars,
            List<Marker> markers,
            DoubleFunction<String> format,
            boolean whole) {
        int height = TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
        double lowest = bars.stream().mapToDouble(Bar::value).min().orElse(0);
        double highest = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        for (Marker m : markers) {
            lowest = Math.min(lowest, m.value());
            highest = Math.max(highest, m.value());
        }
        Scale x = Scale.including(lowest, highest, LABEL_WIDTH + 10, WIDTH - 20, whole);
        Svg svg = new Svg(id, WIDTH, height, title, description);
        double plotBottom = TOP + bars.size() * ROW;
        for (double tick : x.ticks()) {
            svg.line(x.at(tick), TOP - 4, x.at(tick), plotBottom, Svg.GRID, 1, false);
            svg.text(x.at(tick), plotBottom + 16, format.apply(tick), "middle", 11, false);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double start = x.at(Math.min(0, bar.value()));
            double end = x.at(Math.max(0, bar.value()));
            svg.rect(
                    start,
                    y + 3,
                    end - start,
                    ROW - 6,
                    bar.highlighted() ? Svg.HIGHLIGHT : Svg.BLUE,
                    bar.label() + ": " + format.apply(bar.value()));
            svg.text(
                    LABEL_WIDTH,
                    y + ROW - 5,
                    (bar.highlighted() ? "▶ " : "") + Svg.shorten(bar.label(), 36),
                    "end",
                    12,
                    bar.highlighted());
        }
        svg.line(x.at(0), TOP - 4, x.at(0), plotBottom, Svg.DARK, 1, false);
        int legend = 0;
        for (Marker marker : markers) {
            double mx = x.at(marker.value());
            svg.line(mx, TOP - 6, mx, plotBottom, Svg.DARK, 2, marker.dashed());
            // legend along the top: a short line and the label
            double lx = LABEL_WIDTH + 10 + legend * 170;
            svg.line(lx, 12, lx + 24, 12, Svg.DARK, 2, marker.dashed());
            svg.text(lx + 30, 16, marker.label() + ": " + format.apply(marker.value()), "start", 11, false);
            legend++;
        }
        return svg.end();
    }
}

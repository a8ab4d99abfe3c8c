package org.peerchallengehub.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small server-side SVG bar chart: accessible (role="img" with a title and a description; the
 * numbers are always also in a table next to it), no script, no inline styles, so it passes the
 * Content-Security-Policy and works without JavaScript. Colours come from the GOV.UK palette.
 */
public final class BarChart {

    /** One bar. {@code highlight} draws it in the highlight colour. */
    public record Bar(String label, double value, boolean highlight) {}

    private BarChart() {}

    /** A vertical bar chart; {@code id} must be unique on the page. */
    public static String svg(String id, String title, String description, List<Bar> bars) {
        int width = 640;
        int height = 240;
        int left = 40;
        int bottom = 40;
        int top = 10;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double scaleMax = max <= 0 ? 1 : niceCeiling(max);
        int plotHeight = height - bottom - top;
        double slot = bars.isEmpty() ? 0 : (double) (width - left - 10) / bars.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-chart\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        for (int i = 0; i <= 4; i++) {
            double v = scaleMax * i / 4;
            double y = top + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
                    left,
                    width - 10,
                    y,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>",
                    left - 4,
                    y + 4,
                    format(v)));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = plotHeight * Math.max(0, bar.value()) / scaleMax;
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.7;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
                    x,
                    top + plotHeight - h,
                    w,
                    h,
                    bar.highlight() ? "#d53880" : "#1d70b8",
                    escape(bar.label()),
                    format(bar.value())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
                    x + w / 2,
                    height - bottom + 16,
                    escape(bar.label())));
        }
        return svg.append("</svg>").toString();
    }

    private static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}

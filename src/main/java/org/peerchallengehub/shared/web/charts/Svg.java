package org.peerchallengehub.shared.web.charts;

import org.springframework.web.util.HtmlUtils;

/**
 * A small SVG writer for the charts (decision 0016): elements with presentation attributes only (no
 * inline style, no script, so the Content-Security-Policy holds), text escaped, numbers written with a
 * dot and one decimal.
 */
final class Svg {

    static final String TEXT = "#0b0c0c";
    static final String GRID = "#b1b4b6";
    static final String BLUE = "#1d70b8";
    static final String HIGHLIGHT = "#d53880";
    static final String LIGHT_BLUE = "#d2e2f1";
    static final String DARK = "#0b0c0c";

    private final StringBuilder out = new StringBuilder();

    /** Opens the root element: role="img", labelled by its title and description. */
    Svg(String id, int width, int height, String title, String description) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "-");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-chart\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-labelledby=\"")
                .append(safeId)
                .append("-title ")
                .append(safeId)
                .append("-desc\">")
                .append("<title id=\"")
                .append(safeId)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(safeId)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"");
        decimal(out, x1).append("\" y1=\"");
        decimal(out, y1).append("\" x2=\"");
        decimal(out, x2).append("\" y2=\"");
        decimal(out, y2).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"");
        decimal(out, width).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        out.append("<rect x=\"");
        decimal(out, x).append("\" y=\"");
        decimal(out, y).append("\" width=\"");
        decimal(out, Math.max(0, w)).append("\" height=\"");
        decimal(out, Math.max(0, h)).append("\" fill=\"").append(fill).append("\">");
        if (!tooltip.isEmpty()) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</rect>");
        return this;
    }

    Svg text(double x, double y, String text, String anchor, int size, boolean bold) {
        out.append("<text x=\"");
        decimal(out, x).append("\" y=\"");
        decimal(out, y)
                .append("\" font-size=\"")
                .append(size)
                .append("\" font-family=\"Arial, sans-serif\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(TEXT)
                .append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    Svg polyline(String points, String stroke, double width, boolean dashed) {
        out.append("<polyline fill=\"none\" points=\"")
                .append(points)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"");
        decimal(out, width).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        return this;
    }

    Svg polygon(String points, String fill) {
        out.append("<polygon points=\"")
                .append(points)
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"none\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String fill, String tooltip) {
        out.append("<circle cx=\"");
        decimal(out, x).append("\" cy=\"");
        decimal(out, y).append("\" r=\"");
        decimal(out, r).append("\" fill=\"").append(fill).append("\">");
        if (!tooltip.isEmpty()) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</circle>");
        return this;
    }

    /** "x,y " for a polyline or polygon. */
    static String point(double x, double y) {
        StringBuilder point = new StringBuilder(16);
        decimal(point, x).append(',');
        return decimal(point, y).append(' ').toString();
    }

    /**
     * A coordinate with a dot and one decimal, rounded half away from zero ({@code %.1f} of {@link
     * java.util.Formatter} in the root locale, without its parsing: a chart writes thousands of them).
     * Coordinates are finite; anything else is written as 0.0.
     */
    static StringBuilder decimal(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append("0.0");
        }
        long tenths = Math.round(Math.abs(value) * 10);
        if (value < 0 && tenths != 0) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /** Rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value * (1 - 1e-12)) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Cuts a label to {@code max} characters, with an ellipsis. */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }
}

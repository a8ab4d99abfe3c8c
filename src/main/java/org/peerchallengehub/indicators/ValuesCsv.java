package org.peerchallengehub.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * The values API as CSV: one line per metric, area and period, the value as a plain number (empty
 * where unknown), in the tidy layout the import reads back ({@code metric,area,period,value,published}
 * first). Text that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class ValuesCsv {

    static final List<String> COLUMNS =
            List.of("metric", "area", "period", "value", "published", "area_name", "metric_title", "unit");

    private ValuesCsv() {}

    static String write(ValuesTable.Result result) {
        StringBuilder out = new StringBuilder(64 * (result.cells().size() + 1));
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (ValuesTable.Cell cell : result.cells()) {
            MetricValue v = cell.value();
            out.append(quote(cell.metric().id()))
                    .append(',')
                    .append(quote(cell.area().council().gss()))
                    .append(',')
                    .append(quote(cell.period().label()))
                    .append(',')
                    .append(v == null ? "" : number(v.value()))
                    .append(',')
                    .append(v == null ? "" : v.published().toString())
                    .append(',')
                    .append(quote(cell.area().council().officialName()))
                    .append(',')
                    .append(quote(cell.metric().title()))
                    .append(',')
                    .append(quote(cell.metric().unit().slug()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Quotes a value when needed; guards against formula injection in spreadsheets. */
    static String quote(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

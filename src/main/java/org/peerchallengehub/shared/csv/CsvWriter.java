package org.peerchallengehub.shared.csv;

import java.util.List;

/**
 * Writes CSV (RFC 4180, CRLF line ends) for downloads. Every cell that a spreadsheet would read as a
 * formula ({@code = + - @}, tab or carriage return first) is prefixed with an apostrophe, unless it is a
 * plain number (a negative figure stays a number); cells with commas, quotes or line breaks are quoted.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            out.append(cell(cell == null ? "" : cell.toString()));
        }
        out.append("\r\n");
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell, guarded and quoted as needed. */
    public static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

package org.peerchallengehub.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a
 * leading byte order mark ignored) row by row, with the line each row starts on, and without taking
 * any row as a header: official tables put titles and notes above theirs. Buffered, for files of a
 * million rows. {@link CsvReader} adds a header row on top; the metric imports read official tables
 * with it directly. An unclosed quote is a {@link CsvFormatException}.
 */
public final class CsvRows {

    /** One row: the line it starts on (the first line is 1) and its cells as written. */
    public record Row(long line, List<String> cells) {}

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long currentLine = 1;
    private long rowLine = 1;
    private boolean first = true;
    private final StringBuilder field = new StringBuilder(64);

    public CsvRows(Reader in) {
        this.in = in;
    }

    public static List<Row> read(Reader reader) {
        CsvRows rows = new CsvRows(reader);
        List<Row> all = new ArrayList<>();
        List<String> row;
        while ((row = rows.next()) != null) {
            all.add(new Row(rows.line(), row));
        }
        return all;
    }

    /** The line the row last returned by {@link #next()} starts on. */
    public long line() {
        return rowLine;
    }

    /** The next row, or null at the end of the input. A blank line is a row of one empty cell. */
    public @Nullable List<String> next() {
        rowLine = currentLine;
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>(8);
        field.setLength(0);
        boolean quoted = false;
        boolean started = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(rowLine, "a quoted value is not closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        currentLine++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && !started) {
                quoted = true;
                started = true;
            } else if (c == ',') {
                cells.add(field.toString());
                field.setLength(0);
                started = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    currentLine++;
                }
                cells.add(field.toString());
                return cells;
            } else {
                field.append((char) c);
                started = true;
            }
            c = read();
        }
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

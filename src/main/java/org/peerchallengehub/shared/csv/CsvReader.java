package org.peerchallengehub.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
 * a leading byte order mark is ignored. The first row is the header.
 */
public final class CsvReader {

    private CsvReader() {}

    /** Reads every row after the header; column names are trimmed and matched exactly. */
    public static List<CsvRecord> readAll(Reader reader) {
        List<CsvRecord> records = new ArrayList<>();
        read(reader, records::add);
        return records;
    }

    public static List<String> header(Reader reader) {
        List<String> first = new ArrayList<>();
        Parser parser = new Parser(reader);
        List<String> row = parser.next();
        if (row != null) {
            first.addAll(row);
        }
        return first;
    }

    public static void read(Reader reader, Consumer<CsvRecord> consumer) {
        Parser parser = new Parser(reader);
        List<String> headerRow = parser.next();
        if (headerRow == null) {
            throw new CsvFormatException(1, "the file is empty; the first line must name the columns");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < headerRow.size(); i++) {
            header.putIfAbsent(headerRow.get(i).strip(), i);
        }
        List<String> row;
        long line = parser.rowStartLine;
        while ((row = parser.next()) != null) {
            line = parser.rowStartLine;
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue; // blank line
            }
            consumer.accept(new CsvRecord(line, List.copyOf(row), header));
        }
    }

    private static final class Parser {
        private final Reader in;
        private int peeked = -2;
        private long currentLine = 1;
        long rowStartLine = 1;

        Parser(Reader in) {
            this.in = in;
        }

        private int read() {
            try {
                if (peeked != -2) {
                    int c = peeked;
                    peeked = -2;
                    return c;
                }
                return in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int peek() {
            if (peeked == -2) {
                try {
                    peeked = in.read();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return peeked;
        }

        List<String> next() {
            rowStartLine = currentLine;
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\uFEFF' && rowStartLine == 1) {
                c = read();
                if (c == -1) {
                    return null;
                }
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new CsvFormatException(rowStartLine, "a quoted value is not closed");
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
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (c != -1) {
                        currentLine++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
                c = read();
            }
        }
    }
}

package org.peerchallengehub.shared.csv;

import java.io.Reader;
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

    /**
     * A reader of an uploaded file that must be UTF-8: a byte sequence that is not UTF-8 fails the read with
     * a {@link java.nio.charset.CharacterCodingException} (the caller says "save it as UTF-8") instead of
     * turning into replacement characters.
     */
    public static Reader strictUtf8(java.io.InputStream in) {
        return new java.io.InputStreamReader(
                in,
                java.nio.charset.StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /** Reads every row after the header; column names are trimmed and matched exactly. */
    public static List<CsvRecord> readAll(Reader reader) {
        List<CsvRecord> records = new ArrayList<>();
        read(reader, records::add);
        return records;
    }

    public static List<String> header(Reader reader) {
        List<String> first = new CsvRows(reader).next();
        return first == null ? new ArrayList<>() : new ArrayList<>(first);
    }

    public static void read(Reader reader, Consumer<CsvRecord> consumer) {
        CsvRows rows = new CsvRows(reader);
        List<String> headerRow = rows.next();
        if (headerRow == null) {
            throw new CsvFormatException(1, "the file is empty; the first line must name the columns");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < headerRow.size(); i++) {
            header.putIfAbsent(headerRow.get(i).strip(), i);
        }
        List<String> row;
        while ((row = rows.next()) != null) {
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue; // blank line
            }
            consumer.accept(new CsvRecord(rows.line(), List.copyOf(row), header));
        }
    }
}

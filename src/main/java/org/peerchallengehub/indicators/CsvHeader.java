package org.peerchallengehub.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * The header row of an official CSV file: its columns by name, trimmed and lower-cased, as the
 * publishers' headings vary in case and spacing from one year to the next.
 */
final class CsvHeader {

    private CsvHeader() {}

    /** The first row, or null (with the file's error recorded) when the file is empty. */
    static @Nullable List<String> read(CsvRows rows, ImportSession session) {
        List<String> header = rows.next();
        if (header == null) {
            session.error(ImportProblem.file("The file is empty"));
        }
        return header;
    }

    /** Each column's position by its trimmed, lower-case name (a repeated name: the last one). */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return at;
    }
}

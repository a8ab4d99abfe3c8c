package org.peerchallengehub.shared.csv;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One data row of a CSV file, with the line number it starts on (the header is line 1). */
public record CsvRecord(long line, List<String> values, Map<String, Integer> header) {

    /** The value under a header column, or null when blank or absent. */
    public @Nullable String get(String column) {
        Integer index = header.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public String require(String column) {
        String value = get(column);
        if (value == null) {
            throw new CsvFormatException(line, column + " is empty");
        }
        return value;
    }
}

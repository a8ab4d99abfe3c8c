package org.peerchallengehub.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of an imported file: where it is (a line, or a sheet and row) and its cells as text. */
record SourceRow(@Nullable String sheet, long line, List<String> cells) {

    /** The cell at {@code index}, trimmed; empty when the row is shorter. */
    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** "Line 12", or "Sheet ‘LA Borrowing 19-20 Q4’, row 12". */
    String where() {
        return sheet == null ? "Line " + line : "Sheet ‘" + sheet + "’, row " + line;
    }

    /** As {@link #where()}, inside a sentence: "line 12", "sheet ‘LA Borrowing 19-20 Q4’, row 12". */
    String whereInSentence() {
        return inSentence(where());
    }

    static String inSentence(String where) {
        return where.isEmpty() ? where : Character.toLowerCase(where.charAt(0)) + where.substring(1);
    }
}

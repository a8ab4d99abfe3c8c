package org.peerchallengehub.shared.csv;

/** A CSV file that cannot be read as CSV, or a row that breaks a rule, with the line to look at. */
public class CsvFormatException extends RuntimeException {

    private final long line;
    private final String reason;

    public CsvFormatException(long line, String message) {
        super("Line " + line + ": " + message);
        this.line = line;
        this.reason = message;
    }

    /** What is wrong, without the line number. */
    public String reason() {
        return reason;
    }

    public long line() {
        return line;
    }
}

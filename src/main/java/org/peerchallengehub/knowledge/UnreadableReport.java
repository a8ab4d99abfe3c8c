package org.peerchallengehub.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * A file the parser cannot read as a report. The message is one clear line for a person: what is
 * wrong with the file, not a stack trace.
 */
public final class UnreadableReport extends RuntimeException {

    /** Why a file was refused; the API answers each with its own status. */
    public enum Reason {
        /** Nothing in the file. */
        EMPTY,
        /** Larger than the parser accepts. */
        TOO_LARGE,
        /** Not plain text, Markdown, DOCX or PDF. */
        UNSUPPORTED_FORMAT,
        /** A PDF or DOCX that is damaged. */
        CORRUPT,
        /** Protected by a password. */
        ENCRYPTED,
        /** A PDF with no text layer, such as a scan. */
        NO_TEXT,
        /** A DOCX that would expand to far more than a report can hold. */
        ZIP_BOMB,
        /** Text whose character encoding cannot be told for sure. */
        UNKNOWN_ENCODING
    }

    private final Reason reason;

    private UnreadableReport(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public static UnreadableReport because(Reason reason, String message) {
        return new UnreadableReport(reason, message, null);
    }

    public static UnreadableReport because(Reason reason, String message, Throwable cause) {
        return new UnreadableReport(reason, message, cause);
    }

    public Reason reason() {
        return reason;
    }
}

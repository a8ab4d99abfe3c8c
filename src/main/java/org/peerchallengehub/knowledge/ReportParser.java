package org.peerchallengehub.knowledge;

import org.peerchallengehub.councils.CouncilNameIndex;
import org.peerchallengehub.knowledge.parser.ReportAnalysis;
import org.peerchallengehub.knowledge.parser.ReportReading;

/**
 * Parses one published peer challenge report — plain text, Markdown, DOCX or PDF, told apart by
 * its bytes — into the interchange format ({@link ParsedReport}). Needs no database: council names
 * are matched against the register shipped in the jar. Thread-safe.
 */
public final class ReportParser {

    /** The largest file read: 50 MB. */
    public static final long MAX_BYTES = ReportReading.MAX_BYTES;

    private final CouncilNameIndex councils;

    public ReportParser(CouncilNameIndex councils) {
        this.councils = councils;
    }

    /** A parser with the council register read from the class path. */
    public static ReportParser withRegisterFromClasspath() {
        return new ReportParser(CouncilNameIndex.fromClasspath());
    }

    /**
     * The report in the file's bytes.
     *
     * @throws UnreadableReport when the file is empty, too large, damaged, protected, not a report
     *     format, or text in an encoding that cannot be told
     */
    public ParsedReport parse(byte[] content) {
        return ReportAnalysis.analyse(ReportReading.blocks(content), councils);
    }
}

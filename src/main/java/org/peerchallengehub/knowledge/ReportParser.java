package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.peerchallengehub.councils.CouncilNameIndex;
import org.peerchallengehub.knowledge.parser.Block;
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

    /**
     * The report in the file's bytes with its text by paragraph, read once, for import.
     *
     * @throws UnreadableReport as {@link #parse(byte[])} does
     */
    public ReadReport read(byte[] content) {
        List<Block> blocks = ReportReading.blocks(content);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        String heading = null;
        for (Block block : blocks) {
            if (block.isHeading()) {
                heading = block.text();
                continue;
            }
            String text = block.label() == null ? block.text() : block.label() + " " + block.text();
            if (!text.isBlank()) {
                paragraphs.add(new SourceParagraph(paragraphs.size() + 1, heading, text.strip()));
            }
        }
        ReportAnalysis.Analysis analysis = ReportAnalysis.analyseWithNotes(blocks, councils);
        return new ReadReport(analysis.report(), paragraphs, analysis.notes());
    }
}

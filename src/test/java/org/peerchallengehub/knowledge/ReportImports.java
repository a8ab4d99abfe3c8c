package org.peerchallengehub.knowledge;

import org.springframework.context.ApplicationContext;

/** Imports a report text as another module's test needs it (ReadReport is the knowledge module's own). */
public final class ReportImports {

    private ReportImports() {}

    /** Parses the text, records it as the given council's report and imports it; the import's outcome. */
    public static ImportOutcome importAs(
            ApplicationContext context, String fileName, byte[] content, String councilName, String councilGss) {
        ReadReport read = context.getBean(ReportParser.class).read(content);
        ReadReport as = new ReadReport(read.report().withCouncil(councilName, councilGss), read.paragraphs());
        return context.getBean(ReportImporter.class)
                .save(fileName, content, as, ReportImporter.OnDuplicate.UPDATE, null);
    }
}

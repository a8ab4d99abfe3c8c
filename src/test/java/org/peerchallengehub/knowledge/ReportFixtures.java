package org.peerchallengehub.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.springframework.context.ApplicationContext;

/** A published report imported for tests outside this package (the access matrix), from the sample report. */
public final class ReportFixtures {

    private ReportFixtures() {}

    /** Imports the sample report as {@code gss}'s, on site from {@code start}; returns the report's id. */
    public static long importSample(ApplicationContext context, String gss, LocalDate start) {
        ReportParser parser = context.getBean(ReportParser.class);
        ReportImporter importer = context.getBean(ReportImporter.class);
        byte[] sample = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
        ReadReport read = parser.read(sample);
        ParsedReport r = read.report();
        ParsedReport changed =
                r.withCouncil(r.council(), gss).withOnSite(new ParsedReport.OnSite(start, start.plusDays(3)));
        ImportOutcome outcome = importer.save(
                gss + "-matrix.txt", sample, new ReadReport(changed, read.paragraphs()), OnDuplicate.UPDATE, null);
        if (outcome.reportId() == null) {
            throw new AssertionError("the sample report was not imported: " + outcome.message());
        }
        return outcome.reportId();
    }
}

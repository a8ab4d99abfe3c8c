package org.peerchallengehub.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back catalogue as other modules see it: the reports imported from files (for lists of published
 * reports), and the one way a report published through the Hub joins it (decision 0075).
 */
@Service
public class BackCatalogue {

    /** A report imported from a file: where it is on the Hub and what kind of challenge it tells of. */
    public record ImportedReport(
            long reportId,
            String councilGss,
            String councilName,
            int year,
            @Nullable LocalDate onSiteStart,
            ChallengeType challengeType,
            String href) {}

    /** One paragraph of a published report's text, under its section's heading. */
    public record Paragraph(@Nullable String heading, String text) {}

    private final JdbcClient jdbc;
    private final ReportImporter importer;

    BackCatalogue(JdbcClient jdbc, ReportImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    /**
     * Adds a report published through the Hub to the back catalogue, or replaces its entry with a
     * correction's: its findings join search and "similar across the sector" (their vectors are queued
     * as an import's are). Must run in the transaction that publishes the edition.
     *
     * @param address the report's public page, {@code /published-reports/{slug}}
     * @param paragraphs the report's text by paragraph, in order, for full-text search and the finding links
     * @return the catalogue entry's report id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long addPublished(
            long challengeId, String address, ParsedReport report, List<Paragraph> paragraphs, String publishedBy) {
        if (!address.matches("/published-reports/[a-z0-9]+(-[a-z0-9]+)*") || address.length() > 220) {
            throw new IllegalArgumentException("Not a published report's address: " + address);
        }
        List<SourceParagraph> numbered = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!p.text().isBlank()) {
                numbered.add(new SourceParagraph(
                        numbered.size() + 1, p.heading(), p.text().strip()));
            }
        }
        return importer.catalogue(challengeId, address, new ReadReport(report, numbered), publishedBy);
    }

    /** Every report imported from a file (not those published through the Hub), newest first. */
    public List<ImportedReport> imported() {
        return jdbc.sql(
                        """
                        select r.id, r.council_gss, c.official_name, r.year, r.parsed ->> 'challengeType',
                          r.document_type = 'progress-review', r.parsed -> 'onSite' ->> 'start'
                        from report r join councils_council_v c on c.gss_code = r.council_gss
                        where r.published_address is null and r.document_type <> 'other'
                        order by r.year desc, c.official_name, r.id
                        """)
                .query((rs, n) -> new ImportedReport(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(7) == null ? null : LocalDate.parse(rs.getString(7)),
                        ReportImporter.typeOf(rs.getString(5), rs.getBoolean(6)),
                        "/reports/" + rs.getLong(1)))
                .list();
    }
}

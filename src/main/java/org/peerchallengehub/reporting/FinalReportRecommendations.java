package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The reporting module's published API for the action plan (issue 18): the recommendations of a
 * challenge's report once it is final (or published), from its current version, each with a reference
 * that stays the same across versions as long as the recommendation keeps its place: {@code key:1} for
 * the first key recommendation, {@code <section key>:2} (e.g. {@code
 * component:financial-planning-and-viability:2}) for the second recommendation of a section.
 */
@Service
public class FinalReportRecommendations {

    /** One recommendation of the final report. */
    public record Recommendation(String ref, @Nullable String sectionHeading, int position, String text) {
        public boolean key() {
            return ref.startsWith("key:");
        }
    }

    /**
     * The final report's recommendations.
     *
     * @param finalisedOn the day its current version was saved
     * @param published the report has been published
     */
    public record FinalReport(
            long reportId,
            long challengeId,
            String councilGss,
            String title,
            int version,
            LocalDate finalisedOn,
            boolean published,
            List<Recommendation> recommendations) {
        public FinalReport {
            recommendations = List.copyOf(recommendations);
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FinalReportRecommendations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The challenge's final or published report; empty while it has none. */
    @Transactional(readOnly = true)
    public Optional<FinalReport> of(long challengeId) {
        record Row(long id, int version, String state, String document, java.time.OffsetDateTime at) {}
        return jdbc.sql(
                        """
                        select r.id, r.current_version, r.state, v.document::text, v.created_at
                        from feedback_report r
                        join feedback_report_version v on v.report_id = r.id and v.number = r.current_version
                        where r.challenge_id = :challenge and r.state in ('FINAL', 'PUBLISHED')
                        """)
                .param("challenge", challengeId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class)))
                .optional()
                .map(row -> {
                    ReportDocument d = json.readValue(row.document(), ReportDocument.class);
                    return new FinalReport(
                            row.id(),
                            challengeId,
                            d.council().gss(),
                            d.title(),
                            row.version(),
                            row.at().atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                            "PUBLISHED".equals(row.state()),
                            recommendations(d));
                });
    }

    /** The document's recommendations with their references: key ones first, then section by section. */
    public static List<Recommendation> recommendations(ReportDocument d) {
        List<Recommendation> out = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < d.keyRecommendations().size(); i++) {
            out.add(new Recommendation(
                    "key:" + (i + 1), null, position++, d.keyRecommendations().get(i)));
        }
        for (ReportDocument.Section s : d.feedback()) {
            for (int i = 0; i < s.recommendations().size(); i++) {
                out.add(new Recommendation(
                        s.key() + ":" + (i + 1),
                        s.heading(),
                        position++,
                        s.recommendations().get(i)));
            }
        }
        return out;
    }
}

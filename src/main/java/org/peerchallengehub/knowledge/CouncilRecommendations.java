package org.peerchallengehub.knowledge;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations and challenges that imported reports (the back catalogue) made to given councils,
 * oldest report first and in each report's order: what the actions module compares a council's new
 * recommendations with to find repeats (issue 18). Strengths and notable practice are left out.
 */
@Service
public class CouncilRecommendations {

    /**
     * One earlier recommendation or challenge.
     *
     * @param kindLabel "Key recommendation", "Recommendation" or "Challenge"
     * @param themeHeading the report's section it was under (null for a key recommendation)
     */
    public record Earlier(
            long findingId,
            long reportId,
            long challengeId,
            String councilGss,
            int year,
            String kindLabel,
            @Nullable String themeHeading,
            String text) {

        /** The report's page, at the finding. */
        public String href() {
            return "/reports/" + reportId + "#f" + findingId;
        }
    }

    private final JdbcClient jdbc;

    CouncilRecommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Earlier> of(Collection<String> councilGss) {
        if (councilGss.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select f.id, f.report_id, f.challenge_id, f.council_gss, f.year, f.kind, f.theme_heading, f.text
                        from report_finding f
                        where f.council_gss in (:councils)
                          and f.kind in ('KEY_RECOMMENDATION', 'RECOMMENDATION', 'CHALLENGE')
                        order by f.year, f.report_id,
                          case f.kind when 'KEY_RECOMMENDATION' then 0 else 1 end, f.position
                        """)
                .param("councils", List.copyOf(councilGss))
                .query((rs, n) -> new Earlier(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getInt(5),
                        FindingKind.valueOf(rs.getString(6)).label(),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}

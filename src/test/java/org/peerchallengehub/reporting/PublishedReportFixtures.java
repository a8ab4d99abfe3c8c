package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only publications, until the publish action (the report workflow) is on main: a challenge of the
 * council run in the system, its report, a version holding the document, and an edition in
 * {@code feedback_report_publication}, written in one transaction that publishes {@link ReportPublished},
 * as the publish action does.
 */
public final class PublishedReportFixtures {

    private PublishedReportFixtures() {}

    /** The sample report ({@link ReportDocumentSamples#rutland()}) published (edition 1); its address's slug. */
    public static String publishSample(ApplicationContext context, LocalDate publishedOn) {
        return publish(context, ReportDocumentSamples.rutland(), publishedOn).slug();
    }

    /** A published report (edition 1) of the document's council, at a fresh address; returns the slug. */
    static Published publish(ApplicationContext context, ReportDocument doc, LocalDate publishedOn) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String slug = doc.council().name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + doc.onSiteStart().getYear() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(tx -> {
            long challengeId = jdbc.sql(
                            """
                            insert into challenge (reference, council_gss, challenge_type, framework_id, rules_id, state,
                              on_site_start, on_site_end, enquiry_on)
                            values (:ref, :gss, 'CORPORATE', 'cpc-2024',
                              (select id from programme_rules order by in_force_from desc limit 1), 'PUBLISHED',
                              :start, :end, :start)
                            returning id
                            """)
                    .param("ref", "TEST-" + UUID.randomUUID())
                    .param("gss", doc.council().gss())
                    .param("start", doc.onSiteStart())
                    .param("end", doc.onSiteEnd())
                    .query(Long.class)
                    .single();
            long reportId = jdbc.sql(
                            """
                            insert into feedback_report (challenge_id, state, publication_due)
                            values (:c, 'PUBLISHED', :due) returning id
                            """)
                    .param("c", challengeId)
                    .param("due", doc.onSiteEnd().plusMonths(3))
                    .query(Long.class)
                    .single();
            Published published = new Published(challengeId, reportId, slug);
            edition(context, published, 1, doc, publishedOn, null);
            return published;
        });
    }

    /** A further edition (a correction with its reason), published as the publish action does. */
    static void correct(ApplicationContext context, Published report, ReportDocument doc, LocalDate on, String reason) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            int edition = context.getBean(JdbcClient.class)
                            .sql("select max(edition) from feedback_report_publication where report_id = :r")
                            .param("r", report.reportId())
                            .query(Integer.class)
                            .single()
                    + 1;
            edition(context, report, edition, doc, on, reason);
        });
    }

    private static void edition(
            ApplicationContext context,
            Published report,
            int edition,
            ReportDocument doc,
            LocalDate on,
            @Nullable String reason) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String json = PublishedReports.JSON.writeValueAsString(doc);
        jdbc.sql(
                        """
                        insert into feedback_report_version (report_id, number, document, reason, created_by)
                        values (:r, :n, cast(:doc as jsonb), :reason, 'Test')
                        """)
                .param("r", report.reportId())
                .param("n", edition)
                .param("doc", json)
                .param("reason", reason)
                .update();
        jdbc.sql("update feedback_report set current_version = :n where id = :r")
                .param("r", report.reportId())
                .param("n", edition)
                .update();
        long publicationId = jdbc.sql(
                        """
                        insert into feedback_report_publication (report_id, edition, version_number, slug, published_on,
                          correction_reason, council_gss, title, document, published_by)
                        values (:r, :n, :n, :slug, :on, :reason, :gss, :title, cast(:doc as jsonb), 'Test manager')
                        returning id
                        """)
                .param("r", report.reportId())
                .param("n", edition)
                .param("slug", report.slug())
                .param("on", on)
                .param("reason", reason)
                .param("gss", doc.council().gss())
                .param("title", doc.title())
                .param("doc", json)
                .query(Long.class)
                .single();
        context.publishEvent(
                new ReportPublished(report.reportId(), report.challengeId(), publicationId, edition, report.slug()));
    }

    /** A published report: its challenge, its report and its public address. */
    public record Published(long challengeId, long reportId, String slug) {}
}

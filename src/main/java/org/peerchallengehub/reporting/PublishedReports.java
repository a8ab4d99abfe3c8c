package org.peerchallengehub.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.knowledge.BackCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published reports as the public reaches them: an edition of a report by its address (read from
 * {@code feedback_report_publication} only, so a draft or an unpublished version is never reachable here),
 * and the list of every published report, those published through the Hub and those imported into the
 * back catalogue, with the filters of the public reports page.
 */
@Service
class PublishedReports {

    /** The form of a report's address: lower-case words of letters and digits joined by hyphens. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One published report in a list.
     *
     * @param published the date the Hub published it; null for an imported report (its publication date
     *     is not known)
     * @param year the year of the challenge's visit
     * @param links the outputs it has, root-relative: a Hub-published report has all four; an imported one
     *     its page on the Hub only
     */
    record Listed(
            String id,
            String councilGss,
            String councilName,
            @Nullable CouncilType councilType,
            @Nullable Region region,
            String title,
            @Nullable LocalDate published,
            int year,
            ChallengeType challengeType,
            Links links,
            boolean hub) {}

    /** The outputs of a published report, root-relative; null where it has none. */
    record Links(String html, @Nullable String pdf, @Nullable String docx, @Nullable String json) {}

    /** The public list's filters; null means any. */
    record Filter(
            @Nullable String council,
            @Nullable CouncilType councilType,
            @Nullable Region region,
            @Nullable Integer year,
            @Nullable ChallengeType challengeType) {

        static final Filter ANY = new Filter(null, null, null, null, null);

        boolean accepts(Listed r) {
            return (council == null || council.equals(r.councilGss()))
                    && (councilType == null || councilType == r.councilType())
                    && (region == null || region == r.region())
                    && (year == null || year == r.year())
                    && (challengeType == null || challengeType == r.challengeType());
        }
    }

    private final JdbcClient jdbc;
    private final CouncilRegister councils;
    private final BackCatalogue catalogue;

    PublishedReports(JdbcClient jdbc, CouncilRegister councils, BackCatalogue catalogue) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.catalogue = catalogue;
    }

    /**
     * A published report by its address: the latest edition, or the one asked for.
     *
     * @return empty for an address no published report has (a draft's included), or an edition it does
     *     not have
     */
    Optional<PublishedReport> find(String slug, @Nullable Integer edition) {
        if (!SLUG.matcher(slug).matches() || slug.length() > 200) {
            return Optional.empty();
        }
        Optional<Long> reportId = jdbc.sql(
                        """
                        select report_id from feedback_report_publication where slug = :slug
                        order by published_on desc, edition desc limit 1
                        """)
                .param("slug", slug)
                .query(Long.class)
                .optional();
        if (reportId.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.sql(
                        """
                        select p.report_id, r.challenge_id, p.slug, p.edition, p.published_on, p.correction_reason,
                          p.document
                        from feedback_report_publication p join feedback_report r on r.id = p.report_id
                        where p.report_id = :id order by p.edition desc
                        """)
                .param("id", reportId.get())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        List<PublishedReport.Edition> editions = rows.stream()
                .map(r -> new PublishedReport.Edition(r.edition(), r.publishedOn(), r.correctionReason()))
                .toList();
        return rows.stream()
                .filter(r -> edition == null || r.edition() == edition)
                .findFirst()
                .map(r -> new PublishedReport(
                        r.reportId(),
                        r.challengeId(),
                        r.slug(),
                        r.edition(),
                        r.publishedOn(),
                        r.correctionReason(),
                        document(r.document()),
                        editions));
    }

    /** A publication (an edition) as its row holds it: the frozen document and who published it. */
    record Publication(long id, long reportId, String slug, int edition, ReportDocument document, String publishedBy) {}

    /** An edition by its id, whatever its report's state now (for the work done when it is published). */
    Publication publication(long publicationId) {
        return jdbc.sql(
                        """
                        select id, report_id, slug, edition, document, published_by
                        from feedback_report_publication where id = :id
                        """)
                .param("id", publicationId)
                .query((rs, n) -> new Publication(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        document(rs.getString(5)),
                        rs.getString(6)))
                .single();
    }

    /** A ReportDocument from its stored JSON (a version's or a publication's {@code document}). */
    static ReportDocument document(String json) {
        return JSON.readValue(json, ReportDocument.class);
    }

    private record Row(
            long reportId,
            long challengeId,
            String slug,
            int edition,
            LocalDate publishedOn,
            @Nullable String correctionReason,
            String document) {}

    /**
     * Every published report that passes the filter, newest first: those published through the Hub (their
     * latest edition) and those imported into the back catalogue.
     */
    List<Listed> list(Filter filter) {
        List<Listed> all = new ArrayList<>();
        jdbc.sql(
                        """
                        select distinct on (p.report_id) p.slug, p.council_gss, p.title, p.published_on,
                          p.document ->> 'onSiteStart', p.document ->> 'challengeType'
                        from feedback_report_publication p
                        order by p.report_id, p.edition desc
                        """)
                .query((rs, n) -> {
                    String slug = rs.getString(1);
                    String gss = rs.getString(2);
                    Optional<Council> council = councils.find(gss);
                    String base = "/published-reports/" + slug;
                    return new Listed(
                            slug,
                            gss,
                            council.map(Council::officialName).orElse(gss),
                            council.map(Council::type).orElse(null),
                            council.map(Council::region).orElse(null),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            LocalDate.parse(rs.getString(5)).getYear(),
                            challengeType(rs.getString(6)),
                            new Links(base, base + ".pdf", base + ".docx", base + ".json"),
                            true);
                })
                .list()
                .forEach(all::add);
        for (BackCatalogue.ImportedReport r : catalogue.imported()) {
            Optional<Council> council = councils.find(r.councilGss());
            all.add(new Listed(
                    "imported-" + r.reportId(),
                    r.councilGss(),
                    r.councilName(),
                    council.map(Council::type).orElse(null),
                    council.map(Council::region).orElse(null),
                    r.challengeType().label() + ": " + r.councilName() + " (" + r.year() + ")",
                    null,
                    r.year(),
                    r.challengeType(),
                    new Links(r.href(), null, null, null),
                    false));
        }
        return all.stream()
                .filter(filter::accepts)
                .sorted(Comparator.comparing(Listed::year)
                        .thenComparing(r -> r.published() == null ? LocalDate.MIN : r.published())
                        .reversed()
                        .thenComparing(Listed::councilName)
                        .thenComparing(Listed::id))
                .toList();
    }

    /** The years that have a published report, newest first (the page's year filter). */
    static List<Integer> years(List<Listed> reports) {
        return reports.stream()
                .map(Listed::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The kind of challenge a report's type label names ("Corporate peer challenge"). */
    static ChallengeType challengeType(@Nullable String label) {
        if (label != null) {
            for (ChallengeType type : ChallengeType.values()) {
                if (type.label().equalsIgnoreCase(label.strip()) || type.name().equalsIgnoreCase(label.strip())) {
                    return type;
                }
            }
        }
        return ChallengeType.OTHER;
    }
}

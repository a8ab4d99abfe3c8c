package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over imported reports' paragraphs and findings: PostgreSQL's English stemming,
 * the query read with {@code websearch_to_tsquery} (phrases in quotes, {@code or}, {@code -word}),
 * findings ranked above the paragraphs they come from, snippets highlighted safely.
 */
@Service
public class ReportSearch {

    /** The kinds a search can be narrowed to; recommendations include key recommendations. */
    public enum Kind {
        STRENGTH("Strengths"),
        CHALLENGE("Challenges"),
        RECOMMENDATION("Recommendations"),
        NOTABLE_PRACTICE("Notable practice");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What to search for; blank filters do not narrow. */
    public record Query(
            String text,
            @Nullable String councilType,
            @Nullable String region,
            @Nullable Integer year,
            @Nullable String component,
            @Nullable Kind kind) {

        /** Filters that only findings have (paragraphs carry no component or kind). */
        boolean findingsOnly() {
            return component != null || kind != null;
        }
    }

    /**
     * One hit.
     *
     * @param kind the finding's kind, or null for a paragraph of the report's text
     * @param snippet HTML: the text escaped, with {@code <mark>} around the words that matched
     * @param anchor the paragraph to link to ({@code #p12}), or null
     */
    public record Hit(
            long reportId,
            @Nullable String kind,
            @Nullable String heading,
            String snippet,
            @Nullable Integer anchor,
            String council,
            int year,
            @Nullable String component) {

        public String kindLabel() {
            return kind == null
                    ? "Report text"
                    : ReportImporter.FindingKind.valueOf(kind).label();
        }

        public String href() {
            return "/reports/" + reportId + (anchor == null ? "#findings" : "#p" + anchor);
        }
    }

    /** A page of hits and whether there are more. */
    public record Results(List<Hit> hits, long total) {}

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    private final JdbcClient jdbc;

    ReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Results search(Query query, int limit, int offset) {
        if (query.text().isBlank()) {
            return new Results(List.of(), 0);
        }
        List<String> where = new ArrayList<>();
        if (query.councilType() != null) {
            where.add("c.council_type = :councilType");
        }
        if (query.region() != null) {
            where.add("c.region = :region");
        }
        if (query.year() != null) {
            where.add("h.year = :year");
        }
        if (query.component() != null) {
            where.add("h.component_id = :component");
        }
        if (query.kind() != null) {
            where.add(
                    query.kind() == Kind.RECOMMENDATION
                            ? "h.kind in ('RECOMMENDATION', 'KEY_RECOMMENDATION')"
                            : "h.kind = :kind");
        }
        String paragraphs = query.findingsOnly()
                ? ""
                : """
                  union all
                  select p.report_id, null::text as kind, p.heading, p.text, p.position as anchor, r.council_gss, r.year,
                    null::text as component_id, ts_rank_cd(p.search, q.query, 32) as rank
                  from report_paragraph p join report r on r.id = p.report_id, q where p.search @@ q.query
                  """;
        String hits =
                """
                with q as (select websearch_to_tsquery('english', :text) as query),
                hits as (
                  select f.report_id, f.kind, f.theme_heading as heading, f.text, f.paragraph_position as anchor,
                    f.council_gss, f.year, f.component_id, 2 * ts_rank_cd(f.search, q.query, 32) + 0.1 as rank
                  from report_finding f, q where f.search @@ q.query
                """
                        + paragraphs
                        + """
                ),
                matched as (
                  select h.* from hits h join council c on c.gss_code = h.council_gss
                """
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + ")";
        long total = bind(jdbc.sql(hits + " select count(*) from matched"), query)
                .query(Long.class)
                .single();
        if (total == 0) {
            return new Results(List.of(), 0);
        }
        List<Hit> found = bind(
                        jdbc.sql(
                                hits
                                        + """
                                  , page as (select * from matched order by rank desc, year desc, report_id, anchor
                                    limit :limit offset :offset)
                                  select page.*, coalesce(c.short_name, page.council_gss) as council,
                                    ts_headline('english', page.text, q.query,
                                      'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                      || ', MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as headline
                                  from page join council c on c.gss_code = page.council_gss, q
                                  order by page.rank desc, page.year desc, page.report_id, page.anchor
                                  """),
                        query)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Hit(
                        rs.getLong("report_id"),
                        rs.getString("kind"),
                        rs.getString("heading"),
                        highlight(rs.getString("headline")),
                        rs.getObject("anchor", Integer.class),
                        rs.getString("council"),
                        rs.getInt("year"),
                        rs.getString("component_id")))
                .list();
        return new Results(found, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query query) {
        spec = spec.param("text", query.text().strip());
        if (query.councilType() != null) {
            spec = spec.param("councilType", query.councilType());
        }
        if (query.region() != null) {
            spec = spec.param("region", query.region());
        }
        if (query.year() != null) {
            spec = spec.param("year", query.year());
        }
        if (query.component() != null) {
            spec = spec.param("component", query.component());
        }
        if (query.kind() != null && query.kind() != Kind.RECOMMENDATION) {
            spec = spec.param("kind", query.kind().name());
        }
        return spec;
    }

    /**
     * The headline escaped as HTML, then the markers PostgreSQL put around matches turned into
     * {@code <mark>}: nothing from the report reaches the page unescaped, and every mark is closed.
     */
    static String highlight(String headline) {
        String escaped = HtmlUtils.htmlEscape(headline);
        StringBuilder html = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch == START) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            } else if (ch == STOP) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            } else if (ch >= ' ' || ch == '\n' || ch == '\t') {
                html.append(ch);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** The years that have reports, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct year from report order by year desc")
                .query(Integer.class)
                .list();
    }

    /** The component ids findings carry, with their headlines where the frameworks know them. */
    public List<String[]> components() {
        return jdbc.sql(
                        """
                        select distinct f.component_id, coalesce(fc.headline, f.component_id) as headline
                        from report_finding f left join framework_component fc on fc.id = f.component_id
                        where f.component_id is not null order by headline
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    /** One imported report with its paragraphs and findings, for its page. */
    public record ReportPage(
            long id,
            long challengeId,
            String council,
            String councilGss,
            int year,
            String fileName,
            String documentType,
            List<SourceParagraph> paragraphs,
            List<Finding> findings) {}

    /** A finding as stored. */
    public record Finding(
            long id, String kind, int position, @Nullable String heading, String text, @Nullable Integer anchor) {
        public String kindLabel() {
            return ReportImporter.FindingKind.valueOf(kind).label();
        }
    }

    public Optional<ReportPage> report(long id) {
        List<SourceParagraph> paragraphs = jdbc.sql(
                        "select position, heading, text from report_paragraph where report_id = :id order by position")
                .param("id", id)
                .query((p, m) -> new SourceParagraph(p.getInt(1), p.getString(2), p.getString(3)))
                .list();
        List<Finding> findings = jdbc.sql(
                        """
                        select id, kind, position, theme_heading, text, paragraph_position
                        from report_finding where report_id = :id order by id
                        """)
                .param("id", id)
                .query((f, m) -> new Finding(
                        f.getLong(1),
                        f.getString(2),
                        f.getInt(3),
                        f.getString(4),
                        f.getString(5),
                        f.getObject(6, Integer.class)))
                .list();
        return jdbc.sql(
                        """
                        select r.id, r.challenge_id, c.official_name, r.council_gss, r.year, r.file_name, r.document_type
                        from report r join council c on c.gss_code = r.council_gss where r.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new ReportPage(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        paragraphs,
                        findings))
                .optional();
    }
}

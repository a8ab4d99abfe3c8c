package org.peerchallengehub.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over imported reports' paragraphs and findings: PostgreSQL's English stemming,
 * the query read with {@code websearch_to_tsquery} (phrases in quotes, {@code or}, {@code -word}),
 * findings ranked above the paragraphs they come from, snippets highlighted safely.
 */
@Service
class ReportSearch {

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
            return kind == null ? "Report text" : FindingKind.valueOf(kind).label();
        }

        public String href() {
            return "/reports/" + reportId + (anchor == null ? "#findings" : "#p" + anchor);
        }
    }

    /**
     * A page of hits.
     *
     * @param total how many matched, or, when {@code capped}, how many were ranked
     * @param capped the query matched more than {@link #RANKED} findings or paragraphs: only that
     *     many of each were ranked (decision 0013)
     */
    public record Results(List<Hit> hits, long total, boolean capped) {
        public Results(List<Hit> hits, long total) {
            this(hits, total, false);
        }
    }

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    /**
     * At most this many findings and this many paragraphs are ranked for one search: a query that
     * matches more (a common word with no narrowing filter) ranks the first this-many of each in
     * storage order and says so. Below it, every match is ranked.
     */
    static final int RANKED = 2_000;

    private final JdbcClient jdbc;

    ReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The matching findings ({@code f}) and paragraphs ({@code p}), at most {@link #RANKED} of each,
     * with their rank: the filters are facets tested inside the GIN index together with the words.
     */
    private static String candidates(Query query, String facets) {
        String filter = facets.isEmpty() ? "" : " and %s.facets @@ q.facets";
        String paragraphs = query.findingsOnly()
                ? "select null::bigint as report_id, null::integer as position, null::text as heading,"
                        + " null::text as text, null::real as rank where false"
                : "select p.report_id, p.position, p.heading, p.text, ts_rank_cd(p.search, q.query, 32) as rank"
                        + " from report_paragraph p, q where p.search @@ q.query" + filter.formatted("p")
                        + " limit :cap";
        return """
                with q as (select websearch_to_tsquery('english', :text) as query, cast(:facets as tsquery) as facets),
                f as materialized (
                  select f.report_id, f.kind, f.theme_heading as heading, f.text, f.paragraph_position as anchor,
                    f.council_gss, f.year, f.component_id, 2 * ts_rank_cd(f.search, q.query, 32) + 0.1 as rank,
                    f.id as finding_id
                  from report_finding f, q where f.search @@ q.query"""
                + filter.formatted("f") + " limit :cap),\np as materialized (" + paragraphs + ")\n";
    }

    public Results search(Query query, int limit, int offset) {
        return search(query, limit, offset, RANKED);
    }

    /** The search, ranking at most {@code cap} findings and {@code cap} paragraphs. */
    Results search(Query query, int limit, int offset, int cap) {
        if (query.text().isBlank()) {
            return new Results(List.of(), 0);
        }
        String facets = facets(query);
        String candidates = candidates(query, facets);
        long[] counts = {-1, -1};
        List<Hit> found = jdbc.sql(
                        candidates
                                + """
                                , hits as (
                                  select * from f
                                  union all
                                  select p.report_id, null::text, p.heading, p.text, p.position, r.council_gss, r.year,
                                    null::text, p.rank, null::bigint
                                  from p join report r on r.id = p.report_id
                                ),
                                page as (select * from hits order by rank desc, year desc, report_id, anchor,
                                  finding_id limit :limit offset :offset)
                                select page.*, coalesce(c.short_name, page.council_gss) as council,
                                  ts_headline('english', page.text, q.query,
                                    'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                    || ', MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as headline,
                                  (select count(*) from f) as findings, (select count(*) from p) as paragraphs
                                from page join councils_council_v c on c.gss_code = page.council_gss, q
                                order by page.rank desc, page.year desc, page.report_id, page.anchor, page.finding_id
                                """)
                .param("text", query.text().strip())
                .param("facets", facets)
                .param("cap", cap)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    counts[0] = rs.getLong("findings");
                    counts[1] = rs.getLong("paragraphs");
                    return new Hit(
                            rs.getLong("report_id"),
                            rs.getString("kind"),
                            rs.getString("heading"),
                            highlight(rs.getString("headline")),
                            rs.getObject("anchor", Integer.class),
                            rs.getString("council"),
                            rs.getInt("year"),
                            rs.getString("component_id"));
                })
                .list();
        if (found.isEmpty() && offset > 0) {
            // A page past the end: count what there is, for the pagination.
            jdbc.sql(candidates + "select (select count(*) from f), (select count(*) from p)")
                    .param("text", query.text().strip())
                    .param("facets", facets)
                    .param("cap", cap)
                    .query(rs -> {
                        counts[0] = rs.getLong(1);
                        counts[1] = rs.getLong(2);
                    });
        }
        if (counts[0] < 0) {
            return new Results(List.of(), 0);
        }
        return new Results(found, counts[0] + counts[1], counts[0] >= cap || counts[1] >= cap);
    }

    /**
     * The filters as a tsquery over the facet lexemes V24 stores with each row ({@code 'y2016' &
     * 'tdistrict'}); empty when there are none. Every value is an enum name, a year or a component id
     * the controller checked, and each is quoted as one lexeme.
     */
    static String facets(Query query) {
        List<String> lexemes = new ArrayList<>();
        if (query.year() != null) {
            lexemes.add("y" + query.year());
        }
        if (query.councilType() != null) {
            lexemes.add("t" + query.councilType().toLowerCase(Locale.ROOT));
        }
        if (query.region() != null) {
            lexemes.add("r" + query.region().toLowerCase(Locale.ROOT));
        }
        if (query.kind() != null) {
            lexemes.add("k" + query.kind().name().toLowerCase(Locale.ROOT));
        }
        if (query.component() != null) {
            lexemes.add("c" + query.component());
        }
        return String.join(
                " & ",
                lexemes.stream()
                        .map(l -> "'" + l.replaceAll("[^a-z0-9_-]", "") + "'")
                        .toList());
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
                        from report_finding f left join frameworks_component_v fc on fc.id = f.component_id
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
            List<Finding> findings,
            @Nullable String publishedAddress) {}

    /** A finding as stored. */
    public record Finding(
            long id, String kind, int position, @Nullable String heading, String text, @Nullable Integer anchor) {
        public String kindLabel() {
            return FindingKind.valueOf(kind).label();
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
                        select r.id, r.challenge_id, c.official_name, r.council_gss, r.year, r.file_name, r.document_type,
                          r.published_address
                        from report r join councils_council_v c on c.gss_code = r.council_gss where r.id = :id
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
                        findings,
                        rs.getString(8)))
                .optional();
    }
}

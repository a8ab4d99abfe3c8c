package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.knowledge.ImportOutcome.Status;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows an import writes in one statement a table (issue 4, import cost): every paragraph and
 * finding in the order read, ids in that order, positions by kind, texts that look like array syntax
 * or SQL nulls kept exactly, and the facet and queue triggers still firing for each row.
 */
@HubIntegrationTest
class ReportImportRowsTest {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    JdbcClient jdbc;

    record Finding(String kind, int position, String heading, String component, String text) {}

    @Test
    void paragraphs_and_findings_are_stored_as_read_in_order_with_their_triggers() {
        byte[] content = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
        ReadReport read = parser.read(content);
        List<SourceParagraph> paragraphs = new ArrayList<>(read.paragraphs());
        int last = paragraphs.getLast().position();
        paragraphs.add(new SourceParagraph(last + 1, "A \"quoted\" {heading}, with \\ and NULL", "NULL"));
        paragraphs.add(new SourceParagraph(last + 2, null, "{\"a\",\"b\"} and a ’curly’ quote\nover two lines"));
        ReadReport changed = new ReadReport(read.report(), paragraphs);

        ImportOutcome outcome = importer.save("rows.txt", content, changed, OnDuplicate.UPDATE, null);
        assertThat(outcome.status()).isIn(Status.IMPORTED, Status.UPDATED);
        long reportId = outcome.reportId();

        List<SourceParagraph> stored = jdbc.sql(
                        "select position, heading, text from report_paragraph where report_id = :r order by position")
                .param("r", reportId)
                .query((rs, i) -> new SourceParagraph(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(stored).containsExactlyElementsOf(paragraphs);

        List<Finding> expected = new ArrayList<>();
        Map<String, Integer> next = new HashMap<>();
        ParsedReport report = read.report();
        add(expected, next, FindingKind.KEY_RECOMMENDATION, null, null, report.keyRecommendations());
        for (ParsedReport.Theme theme : report.themes()) {
            add(expected, next, FindingKind.STRENGTH, theme.heading(), theme.component(), theme.strengths());
            add(expected, next, FindingKind.CHALLENGE, theme.heading(), theme.component(), theme.challenges());
            add(
                    expected,
                    next,
                    FindingKind.RECOMMENDATION,
                    theme.heading(),
                    theme.component(),
                    theme.recommendations());
        }
        add(expected, next, FindingKind.NOTABLE_PRACTICE, null, null, report.notablePractice());
        assertThat(expected).isNotEmpty();
        List<Finding> findings = jdbc.sql(
                        """
                        select kind, position, theme_heading, component_id, text from report_finding
                        where report_id = :r order by id
                        """)
                .param("r", reportId)
                .query((rs, i) ->
                        new Finding(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        assertThat(findings).containsExactlyElementsOf(expected);

        // Links: each finding's paragraph is the one the matcher picks, and some are found.
        var matcher = paragraphs.stream()
                .map(p -> ReportImporter.comparable(p.text()))
                .toList();
        List<Integer> links = jdbc.sql("select paragraph_position from report_finding where report_id = :r order by id")
                .param("r", reportId)
                .query((rs, i) -> (Integer) rs.getObject(1))
                .list();
        assertThat(links).hasSize(expected.size()).anyMatch(p -> p != null);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(links.get(i))
                    .isEqualTo(firstParagraph(matcher, expected.get(i).text()));
        }

        // Triggers: every row has its facets (year and kind), and texts without a vector are queued.
        int year = report.onSite().start().getYear();
        assertThat(jdbc.sql(
                                """
                                select count(*) from report_paragraph
                                where report_id = :r and tsvector_to_array(facets) @> array[cast(:y as text)]
                                """)
                        .param("r", reportId)
                        .param("y", "y" + year)
                        .query(Long.class)
                        .single())
                .isEqualTo(paragraphs.size());
        assertThat(jdbc.sql(
                                """
                                select count(*) from report_finding
                                where report_id = :r and tsvector_to_array(facets) @> array['k' || lower(kind), cast(:y as text)]
                                """)
                        .param("r", reportId)
                        .param("y", "y" + year)
                        .query(Long.class)
                        .single())
                .isEqualTo(expected.size());
        // The facets the importer writes (V28) are those the row triggers compute: fire them and compare.
        List<String> facets = facets(reportId);
        assertThat(facets).anyMatch(f -> f.contains("'c")).anyMatch(f -> f.contains("'r"));
        jdbc.sql("update report_finding set kind = kind where report_id = :r")
                .param("r", reportId)
                .update();
        jdbc.sql("update report_paragraph set report_id = report_id where report_id = :r")
                .param("r", reportId)
                .update();
        assertThat(facets(reportId)).isEqualTo(facets);
        assertThat(jdbc.sql(
                                """
                                select count(*) from report_finding f where f.report_id = :r
                                  and not exists (select 1 from text_embedding e where e.text_key = f.text_key)
                                  and not exists (select 1 from embedding_queue q where q.text_key = f.text_key)
                                """)
                        .param("r", reportId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> facets(long reportId) {
        return jdbc.sql(
                        """
                        select 'finding ' || id || ' ' || facets::text from report_finding where report_id = :r
                        union all
                        select 'paragraph ' || position || ' ' || facets::text from report_paragraph where report_id = :r
                        order by 1
                        """)
                .param("r", reportId)
                .query(String.class)
                .list();
    }

    private static void add(
            List<Finding> out,
            Map<String, Integer> next,
            FindingKind kind,
            String heading,
            String component,
            List<String> texts) {
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            int position = next.merge(kind.name(), 1, Integer::sum) - 1;
            out.add(new Finding(kind.name(), position, heading, component, text.strip()));
        }
    }

    /** The rule the importer applies, restated: a paragraph starting the finding or holding its start. */
    private static Integer firstParagraph(List<String> paragraphs, String text) {
        String finding = ReportImporter.comparable(text);
        String start = finding.substring(0, Math.min(60, finding.length()));
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() >= 12
                    && (finding.startsWith(p.substring(0, Math.min(60, p.length()))) || p.contains(start))) {
                return i + 1;
            }
        }
        return null;
    }
}

package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.ImportOutcome.Status;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An update of a recorded report (issue 4, import cost) rewrites the report row in place and, of its
 * paragraphs and findings, only the rows that changed: the rows left alone keep their row version
 * ({@code xmin}), so no text is indexed again for them; the stored rows always equal the new reading.
 */
@HubIntegrationTest
class ReportImportUpdateTest {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    JdbcClient jdbc;

    final byte[] content = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void sampleAsRead() {
        importer.save("sample.txt", content, parser.read(content), OnDuplicate.UPDATE, null);
    }

    @Test
    void an_update_writes_only_the_paragraphs_and_findings_that_changed() {
        ReadReport read = parser.read(content);
        ImportOutcome first = importer.save("sample.txt", content, read, OnDuplicate.UPDATE, null);
        assertThat(first.status()).isIn(Status.IMPORTED, Status.UPDATED);
        long reportId = first.reportId();
        Map<Integer, String> paragraphVersions = versions("report_paragraph", "position", reportId);
        Map<Integer, String> findingVersions = versions("report_finding", "id", reportId);
        List<Long> findingIds = findingIds(reportId);
        assertThat(read.paragraphs()).hasSizeGreaterThan(3);
        assertThat(read.report().keyRecommendations()).isNotEmpty();

        long challengeId = first.challengeId();
        List<String> scopeAndTeam = scopeAndTeam(challengeId);
        assertThat(scopeAndTeam).anyMatch(r -> r.startsWith("team"));

        // The same reading again: nothing under the report is written, nor the scope and team.
        ImportOutcome same = importer.save("sample.txt", content, read, OnDuplicate.UPDATE, null);
        assertThat(same.status()).isEqualTo(Status.UPDATED);
        assertThat(same.reportId()).isEqualTo(reportId);
        assertThat(versions("report_paragraph", "position", reportId)).isEqualTo(paragraphVersions);
        assertThat(versions("report_finding", "id", reportId)).isEqualTo(findingVersions);
        assertThat(scopeAndTeam(challengeId)).isEqualTo(scopeAndTeam);

        // Another focus area: the focus areas are written again, as read; the team stays.
        List<String> focus = new ArrayList<>(read.report().scope().additionalFocus());
        focus.add("  An added focus area  ");
        ReadReport moreFocus = new ReadReport(withFocus(read.report(), focus), read.paragraphs());
        importer.save("sample.txt", content, moreFocus, OnDuplicate.UPDATE, null);
        assertThat(jdbc.sql("select title from focus_area where challenge_id = :c order by position")
                        .param("c", challengeId)
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(focus.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList());
        assertThat(scopeAndTeam(challengeId))
                .filteredOn(r -> r.startsWith("team"))
                .containsExactlyElementsOf(
                        scopeAndTeam.stream().filter(r -> r.startsWith("team")).toList());

        // Paragraph 2 reworded and the last one gone; the first key recommendation reworded.
        List<SourceParagraph> paragraphs = new ArrayList<>(read.paragraphs());
        SourceParagraph second = paragraphs.get(1);
        paragraphs.set(1, new SourceParagraph(2, second.heading(), second.text() + " Reworded on update."));
        paragraphs.removeLast();
        List<String> keys = new ArrayList<>(read.report().keyRecommendations());
        String reworded = keys.getFirst() + " (reworded on update " + System.nanoTime() + ")";
        keys.set(0, reworded);
        ReadReport changed = new ReadReport(read.report().withKeyRecommendations(keys), paragraphs);
        ImportOutcome updated = importer.save("sample-2.txt", content, changed, OnDuplicate.UPDATE, null);
        assertThat(updated.status()).isEqualTo(Status.UPDATED);
        assertThat(updated.reportId()).isEqualTo(reportId);
        assertThat(jdbc.sql("select file_name from report where challenge_id = :c")
                        .param("c", updated.challengeId())
                        .query(String.class)
                        .list())
                .containsExactly("sample-2.txt");

        assertThat(paragraphs(reportId)).containsExactlyElementsOf(paragraphs);
        Map<Integer, String> after = versions("report_paragraph", "position", reportId);
        for (SourceParagraph p : paragraphs) {
            if (p.position() == 2) {
                assertThat(after.get(2)).isNotEqualTo(paragraphVersions.get(2));
            } else {
                assertThat(after.get(p.position())).isEqualTo(paragraphVersions.get(p.position()));
            }
        }
        assertThat(search(reportId, "reworded")).isEqualTo(1);

        // Same kinds and positions: every finding keeps its id; only the reworded one is written,
        // and its new text is searchable and waits for (or has) its vector.
        assertThat(findingIds(reportId)).isEqualTo(findingIds);
        Map<Integer, String> findingsAfter = versions("report_finding", "id", reportId);
        long rewordedId = jdbc.sql("select id from report_finding where report_id = :r and text = :t")
                .param("r", reportId)
                .param("t", reworded)
                .query(Long.class)
                .single();
        assertThat(rewordedId).isEqualTo(findingIds.getFirst());
        findingVersions.forEach((id, version) -> {
            if (id == rewordedId) {
                assertThat(findingsAfter.get(id)).isNotEqualTo(version);
            } else {
                assertThat(findingsAfter.get(id)).isEqualTo(version);
            }
        });
        assertThat(jdbc.sql(
                                """
                                select count(*) from report_finding f where f.id = :id
                                  and f.search @@ plainto_tsquery('english', 'reworded')
                                  and tsvector_to_array(f.facets) @> array['kkey_recommendation', 'krecommendation']
                                  and (exists (select 1 from embedding_queue q where q.text_key = f.text_key)
                                    or exists (select 1 from text_embedding e where e.text_key = f.text_key))
                                """)
                        .param("id", rewordedId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_update_with_other_findings_stores_them_again_in_the_order_read() {
        ReadReport read = parser.read(content);
        long reportId = importer.save("sample.txt", content, read, OnDuplicate.UPDATE, null)
                .reportId();
        List<Long> before = findingIds(reportId);
        ParsedReport report = read.report();
        assertThat(report.themes()).hasSizeGreaterThan(1);

        // A strength added to the first theme: the strengths after it move up one position, so the
        // findings are stored again, their ids in the order read.
        List<ParsedReport.Theme> themes = new ArrayList<>(report.themes());
        ParsedReport.Theme theme = themes.getFirst();
        List<String> strengths = new ArrayList<>(theme.strengths());
        strengths.add("An added strength of the first theme.");
        themes.set(
                0,
                new ParsedReport.Theme(
                        theme.heading(), theme.component(), strengths, theme.challenges(), theme.recommendations()));
        ParsedReport more = report.withThemes(themes);
        ImportOutcome updated =
                importer.save("sample.txt", content, new ReadReport(more, read.paragraphs()), OnDuplicate.UPDATE, null);
        assertThat(updated.reportId()).isEqualTo(reportId);

        List<String> expected = new ArrayList<>(more.keyRecommendations());
        for (ParsedReport.Theme t : more.themes()) {
            expected.addAll(t.strengths());
            expected.addAll(t.challenges());
            expected.addAll(t.recommendations());
        }
        expected.addAll(more.notablePractice());
        List<String> stored = jdbc.sql("select text from report_finding where report_id = :r order by id")
                .param("r", reportId)
                .query(String.class)
                .list();
        assertThat(stored)
                .containsExactlyElementsOf(expected.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList());
        assertThat(findingIds(reportId)).doesNotContainAnyElementsOf(before);
    }

    private Map<Integer, String> versions(String table, String key, long reportId) {
        return jdbc
                .sql("select " + key + ", xmin::text from " + table + " where report_id = :r")
                .param("r", reportId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(e -> (int) (long) e.getKey(), Map.Entry::getValue));
    }

    private List<Long> findingIds(long reportId) {
        return jdbc.sql("select id from report_finding where report_id = :r order by id")
                .param("r", reportId)
                .query(Long.class)
                .list();
    }

    private List<SourceParagraph> paragraphs(long reportId) {
        return jdbc.sql("select position, heading, text from report_paragraph where report_id = :r order by position")
                .param("r", reportId)
                .query((rs, i) -> new SourceParagraph(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private long search(long reportId, String word) {
        return jdbc.sql(
                        "select count(*) from report_paragraph where report_id = :r and search @@ plainto_tsquery('english', :w)")
                .param("r", reportId)
                .param("w", word)
                .query(Long.class)
                .single();
    }

    /** The challenge's focus area and team rows, each with its id and row version. */
    private List<String> scopeAndTeam(long challengeId) {
        return jdbc.sql(
                        """
                        select 'focus ' || id || ' ' || xmin::text || ' ' || position || ' ' || title
                        from focus_area where challenge_id = :c
                        union all
                        select 'team ' || id || ' ' || xmin::text || ' ' || peer_id || ' ' || team_role || ' ' || status
                        from team_member where challenge_id = :c
                        order by 1
                        """)
                .param("c", challengeId)
                .query(String.class)
                .list();
    }

    private static ParsedReport withFocus(ParsedReport report, List<String> focus) {
        return report.withScope(new ParsedReport.Scope(report.scope().coreComponents(), focus));
    }
}

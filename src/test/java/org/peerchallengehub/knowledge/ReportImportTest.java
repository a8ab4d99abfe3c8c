package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchallengehub.challenges.HistoricChallenges;
import org.peerchallengehub.knowledge.ImportOutcome.Status;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saving reports as historic challenges: challenge, team, findings, paragraphs, duplicates. */
@HubIntegrationTest
class ReportImportTest {

    @Autowired
    ReportParser parser;

    @Autowired
    ReportImporter importer;

    @Autowired
    HistoricChallenges historic;

    @Autowired
    JdbcClient jdbc;

    static List<String> fixtures() {
        return Fixtures.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_becomes_a_closed_historic_challenge_with_its_team_and_findings(String name) {
        Fixtures.assumePresent();
        byte[] content = Fixtures.bytes(name, "txt");
        ReadReport read = parser.read(content);
        ParsedReport report = read.report();

        ImportOutcome first = importer.save(name + ".txt", content, read, OnDuplicate.UPDATE, null);
        assertThat(first.status()).as(first.message()).isIn(Status.IMPORTED, Status.UPDATED);
        long challengeId = first.challengeId();

        var row = jdbc.sql(
                        "select council_gss, state, historic, on_site_start, framework_id from challenge where id = :id")
                .param("id", challengeId)
                .query()
                .singleRow();
        assertThat(row.get("council_gss")).isEqualTo(report.councilGss());
        assertThat(row.get("state")).isEqualTo("CLOSED");
        assertThat(row.get("historic")).isEqualTo(true);
        assertThat(((java.sql.Date) row.get("on_site_start")).toLocalDate())
                .isEqualTo(report.onSite().start());

        List<Long> team = historic.teamPeerIds(challengeId);
        assertThat(team).hasSize((int) report.peerTeam().stream()
                .map(p -> p.name() + "|" + p.organisation())
                .distinct()
                .count());
        List<String> focus = jdbc.sql("select title from focus_area where challenge_id = :id order by position")
                .param("id", challengeId)
                .query(String.class)
                .list();
        assertThat(focus).containsExactlyElementsOf(report.scope().additionalFocus());

        long reportId = first.reportId();
        assertFindings(reportId, report);
        assertThat(jdbc.sql("select count(*) from report_paragraph where report_id = :id")
                        .param("id", reportId)
                        .query(Long.class)
                        .single())
                .isEqualTo(read.paragraphs().size())
                .isPositive();

        // The same report again: offered as a duplicate, and updating it keeps the challenge and its peers.
        ImportOutcome again = importer.save(name + ".txt", content, parser.read(content), OnDuplicate.ASK, null);
        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.challengeId()).isEqualTo(challengeId);
        ImportOutcome updated = importer.save(
                name + ".docx",
                Fixtures.bytes(name, "docx"),
                parser.read(Fixtures.bytes(name, "docx")),
                OnDuplicate.UPDATE,
                null);
        assertThat(updated.status()).isEqualTo(Status.UPDATED);
        assertThat(updated.challengeId()).isEqualTo(challengeId);
        assertThat(historic.teamPeerIds(challengeId)).containsExactlyElementsOf(team);
        assertThat(jdbc.sql("select count(*) from report where challenge_id = :id")
                        .param("id", challengeId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertFindings(updated.reportId(), report);
        assertThat(importer.save(name + ".pdf", content, read, OnDuplicate.SKIP, null)
                        .status())
                .isEqualTo(Status.SKIPPED);
    }

    private void assertFindings(long reportId, ParsedReport report) {
        assertThat(count(reportId, "KEY_RECOMMENDATION"))
                .isEqualTo(report.keyRecommendations().size());
        assertThat(count(reportId, "NOTABLE_PRACTICE"))
                .isEqualTo(report.notablePractice().size());
        assertThat(count(reportId, "RECOMMENDATION"))
                .isEqualTo(report.themes().stream()
                        .mapToInt(t -> t.recommendations().size())
                        .sum());
        assertThat(count(reportId, "STRENGTH"))
                .isEqualTo(report.themes().stream()
                        .mapToInt(t -> t.strengths().size())
                        .sum());
        assertThat(count(reportId, "CHALLENGE"))
                .isEqualTo(report.themes().stream()
                        .mapToInt(t -> t.challenges().size())
                        .sum());
    }

    private long count(long reportId, String kind) {
        return jdbc.sql("select count(*) from report_finding where report_id = :id and kind = :kind")
                .param("id", reportId)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    @Test
    void importing_the_sample_twice_finds_the_same_peers_and_a_report_without_council_is_refused() {
        byte[] content = SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
        ReadReport read = parser.read(content);
        ImportOutcome first = importer.save("sample.txt", content, read, OnDuplicate.UPDATE, null);
        assertThat(first.status()).isIn(Status.IMPORTED, Status.UPDATED);
        List<Long> team = historic.teamPeerIds(first.challengeId());
        assertThat(team).isNotEmpty();
        ImportOutcome second = importer.save("sample.txt", content, read, OnDuplicate.UPDATE, null);
        assertThat(second.status()).isEqualTo(Status.UPDATED);
        assertThat(historic.teamPeerIds(second.challengeId())).containsExactlyElementsOf(team);

        ParsedReport report = read.report();
        ParsedReport noCouncil = report.withCouncil("Nowhere", null);
        long before =
                jdbc.sql("select count(*) from challenge").query(Long.class).single();
        long reportsBefore =
                jdbc.sql("select count(*) from report").query(Long.class).single();
        ImportOutcome refused =
                importer.save("bad.txt", content, new ReadReport(noCouncil, read.paragraphs()), OnDuplicate.ASK, null);
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThat(refused.message()).contains("council");
        assertThat(jdbc.sql("select count(*) from challenge").query(Long.class).single())
                .isEqualTo(before);
        // refused means nothing written: no report, no findings, no upload recorded under its name
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single())
                .isEqualTo(reportsBefore);
        assertThat(jdbc.sql("select count(*) from report where file_name = 'bad.txt'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

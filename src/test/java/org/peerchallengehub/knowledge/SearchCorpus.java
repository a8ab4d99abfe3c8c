package org.peerchallengehub.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.challenges.HistoricChallenges;
import org.peerchallengehub.challenges.HistoricChallenges.HistoricChallenge;
import org.peerchallengehub.frameworks.FindingKind;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a large back catalogue for the search benchmark by recombining the structure of real
 * reports: the fixture reports in {@code ../shared/fixtures/reports} (read at run time, never
 * copied into the project) and the test {@link SampleReport}. Each generated report belongs to a
 * real council (current ones from the register) and a year from 2011 to 2025; its text is a run of
 * whole sections taken from the source reports in their usual order, with the source council's
 * name replaced by the generated one's; its findings are the sources' findings of the same kind,
 * as written or with a sentence of one joined to another (a few thousand distinct texts, each
 * embedded once; finding texts keep the source council's name), under the sources' theme headings and
 * framework components. Challenges are recorded through {@link HistoricChallenges}; reports,
 * paragraphs and findings go in with {@code COPY}. A seed makes the corpus the same every time.
 */
final class SearchCorpus {

    record Section(@Nullable String heading, List<String> paragraphs, double at, String sourceName) {}

    record Item(
            FindingKind kind, @Nullable String heading, @Nullable String component, String text, String sourceName) {}

    record Generated(int reports, long paragraphs, long findings, long distinctFindingTexts, double seconds) {}

    private final List<Section> sections = new ArrayList<>();
    private final Map<FindingKind, List<Item>> items = new LinkedHashMap<>();
    private final Random random;

    SearchCorpus(ReportParser parser, long seed) {
        this.random = new Random(seed);
        List<byte[]> sources = new ArrayList<>();
        sources.add(SampleReport.TEXT.getBytes(StandardCharsets.UTF_8));
        for (String name : Fixtures.names()) {
            sources.add(Fixtures.bytes(name, "txt"));
        }
        for (byte[] source : sources) {
            ReadReport read = parser.read(source);
            String name = sourceName(read.report().council());
            List<SourceParagraph> paragraphs = read.paragraphs();
            String heading = null;
            List<String> run = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                SourceParagraph p = paragraphs.get(i);
                if (i > 0 && !java.util.Objects.equals(p.heading(), heading)) {
                    sections.add(new Section(heading, run, start / (double) paragraphs.size(), name));
                    run = new ArrayList<>();
                    start = i;
                }
                heading = p.heading();
                run.add(p.text());
            }
            if (!run.isEmpty()) {
                sections.add(new Section(heading, run, start / (double) paragraphs.size(), name));
            }
            ParsedReport r = read.report();
            r.keyRecommendations().forEach(t -> add(new Item(FindingKind.KEY_RECOMMENDATION, null, null, t, name)));
            for (ParsedReport.Theme theme : r.themes()) {
                theme.strengths()
                        .forEach(t -> add(new Item(FindingKind.STRENGTH, theme.heading(), theme.component(), t, name)));
                theme.challenges()
                        .forEach(
                                t -> add(new Item(FindingKind.CHALLENGE, theme.heading(), theme.component(), t, name)));
                theme.recommendations()
                        .forEach(t ->
                                add(new Item(FindingKind.RECOMMENDATION, theme.heading(), theme.component(), t, name)));
            }
            r.notablePractice().forEach(t -> add(new Item(FindingKind.NOTABLE_PRACTICE, null, null, t, name)));
        }
        sections.sort((a, b) -> Double.compare(a.at(), b.at()));
    }

    int sourceReports() {
        return 1 + Fixtures.names().size();
    }

    private void add(Item item) {
        if (!item.text().isBlank()) {
            items.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
    }

    /** The word the source uses for its council ("Thurrock"), to be replaced by the generated council's name. */
    private static String sourceName(@Nullable String council) {
        if (council == null || council.isBlank()) {
            return "\u0000none";
        }
        String name = council.replaceFirst("^(London Borough of|Royal Borough of|City of) ", "");
        return name.split(" ")[0];
    }

    record Council(String gss, String shortName) {}

    Generated generate(int reports, HistoricChallenges challenges, JdbcClient jdbc, DataSource dataSource) {
        long started = System.nanoTime();
        List<Council> councils = jdbc.sql(
                        "select gss_code, coalesce(short_name, official_name) from council where end_date is null order by gss_code")
                .query((rs, n) -> new Council(rs.getString(1), rs.getString(2)))
                .list();
        Set<String> taken = new HashSet<>();
        StringBuilder reportCsv = new StringBuilder();
        StringBuilder paragraphCsv = new StringBuilder(64 << 20);
        StringBuilder findingCsv = new StringBuilder(16 << 20);
        Set<String> distinct = new HashSet<>();
        long paragraphs = 0;
        long findings = 0;
        for (int n = 0; n < reports; n++) {
            Council council = councils.get(random.nextInt(councils.size()));
            int year = 2011 + random.nextInt(15);
            LocalDate start;
            do {
                start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            } while (!taken.add(council.gss() + start));
            long challengeId = challenges.create(
                    new HistoricChallenge(
                            council.gss(), ChallengeType.CORPORATE, start, start.plusDays(3), List.of(), List.of()),
                    "Search benchmark");
            // The report's text: whole sections in their usual order, about 75 paragraphs.
            List<String> texts = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            int target = 60 + random.nextInt(31);
            double keep = Math.min(1.0, target / (double) totalParagraphs());
            for (Section section : sections) {
                if (random.nextDouble() < keep) {
                    for (String text : section.paragraphs()) {
                        texts.add(rename(text, section.sourceName(), council.shortName()));
                        headings.add(
                                section.heading() == null
                                        ? null
                                        : rename(section.heading(), section.sourceName(), council.shortName()));
                    }
                }
            }
            Map<String, Integer> byStart = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                byStart.putIfAbsent(startOf(texts.get(i)), i + 1);
                csvRow(paragraphCsv, challengeId, i + 1, headings.get(i), texts.get(i));
            }
            paragraphs += texts.size();
            // Findings: the sources' findings of each kind, some as written, some recombined.
            Map<FindingKind, Integer> position = new HashMap<>();
            for (FindingKind kind : FindingKind.values()) {
                List<Item> pool = items.getOrDefault(kind, List.of());
                if (pool.isEmpty()) {
                    continue;
                }
                int count =
                        switch (kind) {
                            case KEY_RECOMMENDATION -> 3 + random.nextInt(6);
                            case STRENGTH, CHALLENGE -> 3 + random.nextInt(6);
                            case RECOMMENDATION -> 4 + random.nextInt(8);
                            case NOTABLE_PRACTICE -> random.nextInt(3);
                        };
                for (int i = 0; i < count; i++) {
                    Item item = pool.get(random.nextInt(pool.size()));
                    String text = item.text();
                    if (random.nextDouble() < 0.6) {
                        Item other = pool.get(random.nextInt(pool.size()));
                        text = firstSentence(text) + " " + lastSentence(other.text());
                    }
                    int at = position.merge(kind, 1, Integer::sum) - 1;
                    distinct.add(ReportImporter.comparable(text));
                    csvRow(
                            findingCsv,
                            challengeId,
                            council.gss(),
                            year,
                            kind.name(),
                            at,
                            item.heading(),
                            item.component(),
                            text,
                            byStart.get(startOf(text)));
                    findings++;
                }
            }
            csvRow(reportCsv, challengeId, council.gss(), year);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (var st = connection.createStatement()) {
                st.execute(
                        "create temporary table gen_report (challenge_id bigint, council_gss text, year int) on commit drop");
                st.execute(
                        "create temporary table gen_paragraph (challenge_id bigint, position int, heading text, text text) on commit drop");
                st.execute(
                        """
                        create temporary table gen_finding (challenge_id bigint, council_gss text, year int,
                          kind text, position int, theme_heading text, component_id text, text text, paragraph_position int)
                          on commit drop
                        """);
            }
            copy.copyIn("copy gen_report from stdin (format csv)", new StringReader(reportCsv.toString()));
            copy.copyIn("copy gen_paragraph from stdin (format csv)", new StringReader(paragraphCsv.toString()));
            copy.copyIn("copy gen_finding from stdin (format csv)", new StringReader(findingCsv.toString()));
            try (var st = connection.createStatement()) {
                st.execute(
                        """
                        insert into report (challenge_id, file_name, sha256, document_type, source_text, parsed,
                          council_gss, year, imported_name)
                        select challenge_id, 'generated-' || challenge_id || '.txt', repeat('0', 64),
                          'peer-challenge-report', 'Generated for the search benchmark', '{}'::jsonb, council_gss, year,
                          'Search benchmark'
                        from gen_report
                        """);
                st.execute("create temporary table gen_ids on commit drop as select id, challenge_id from report");
                st.execute(
                        """
                        insert into report_paragraph (report_id, position, heading, text)
                        select r.id, p.position, p.heading, p.text from gen_paragraph p
                        join gen_ids r on r.challenge_id = p.challenge_id
                        """);
                st.execute(
                        """
                        insert into report_finding (report_id, challenge_id, council_gss, year, kind, position,
                          theme_heading, component_id, text, paragraph_position)
                        select r.id, f.challenge_id, f.council_gss, f.year, f.kind, f.position, f.theme_heading,
                          f.component_id, f.text, f.paragraph_position
                        from gen_finding f join gen_ids r on r.challenge_id = f.challenge_id
                        """);
                st.execute("analyze report");
                st.execute("analyze report_paragraph");
                st.execute("analyze report_finding");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(reports, paragraphs, findings, distinct.size(), (System.nanoTime() - started) / 1e9);
    }

    private int totalParagraphs() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }

    private static String rename(String text, String from, String to) {
        return text.replace(from, to);
    }

    private static String startOf(String text) {
        String c = ReportImporter.comparable(text);
        return c.substring(0, Math.min(40, c.length()));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text.strip() : text.substring(0, end + 1).strip();
    }

    private static String lastSentence(String text) {
        int end = text.strip().lastIndexOf(". ", text.strip().length() - 2);
        String last = end < 0 ? text.strip() : text.strip().substring(end + 2);
        return last.isEmpty() ? text.strip() : last;
    }

    /** One CSV row: strings quoted, nulls empty. */
    private static void csvRow(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            if (v instanceof String) {
                out.append('"')
                        .append(s.replace("\u0000", "").replace("\"", "\"\""))
                        .append('"');
            } else {
                out.append(s);
            }
        }
        out.append('\n');
    }
}

package org.peerchallengehub.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.challenges.HistoricChallenges;
import org.peerchallengehub.challenges.HistoricChallenges.HistoricChallenge;
import org.peerchallengehub.challenges.HistoricChallenges.HistoricPeer;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a read (and perhaps corrected) report as a historic challenge with its report, findings
 * and searchable paragraphs — all in one transaction, so a failure leaves nothing behind. The same
 * council with the same on-site dates is a duplicate: offered as update (the report and its
 * findings replaced, the challenge kept) or skip.
 */
@Service
public class ReportImporter {

    /** What to do when the challenge is already recorded. */
    public enum OnDuplicate {
        /** Save nothing and say it is a duplicate, so the person can choose. */
        ASK,
        /** Replace the challenge's report, findings, scope and team; keep its id. */
        UPDATE,
        /** Leave the existing record alone. */
        SKIP
    }

    private final JdbcClient jdbc;
    private final HistoricChallenges challenges;
    private final CouncilRegister councils;
    private final AuditTrail audit;

    ReportImporter(JdbcClient jdbc, HistoricChallenges challenges, CouncilRegister councils, AuditTrail audit) {
        this.jdbc = jdbc;
        this.challenges = challenges;
        this.councils = councils;
        this.audit = audit;
    }

    /**
     * Saves the report.
     *
     * @param fileName the uploaded file's name
     * @param content the file's bytes (kept as the challenge's published report document)
     * @param read the report as read, with {@code read.report()} corrected by the person if they did
     */
    @Transactional
    public ImportOutcome save(
            String fileName, byte[] content, ReadReport read, OnDuplicate onDuplicate, @Nullable CurrentUser by) {
        ParsedReport report = read.report();
        // The register is read once: for the check and for the council's name in the messages.
        Optional<Council> registered =
                report.councilGss() == null ? Optional.empty() : councils.find(report.councilGss());
        Optional<String> problem = problem(report, registered.isPresent());
        if (problem.isPresent()) {
            audit.record(
                    by,
                    AuditEntry.of(
                                    "report.import-refused",
                                    "report",
                                    null,
                                    "Did not import " + fileName + ": " + problem.get())
                            .with(Map.of("file", fileName)));
            return ImportOutcome.refused(problem.get());
        }
        LocalDate start = report.onSite().start();
        LocalDate end = report.onSite().end() == null ? start : report.onSite().end();
        HistoricChallenge challenge = new HistoricChallenge(
                report.councilGss(),
                typeOf(report),
                start,
                end,
                report.scope().additionalFocus(),
                report.peerTeam().stream()
                        .map(p -> new HistoricPeer(p.name(), p.role(), p.organisation()))
                        .toList());
        String byName = by == null ? "Report import" : by.displayName();
        Optional<Long> existing = challenges.find(challenge.councilGss(), start, end);
        String council = registered.map(Council::officialName).orElse(challenge.councilGss());
        String when = council + ", on site " + start;
        long challengeId;
        ImportOutcome.Status status;
        Optional<Long> existingReport = Optional.empty();
        if (existing.isPresent()) {
            challengeId = existing.get();
            switch (onDuplicate) {
                case ASK -> {
                    return new ImportOutcome(
                            ImportOutcome.Status.DUPLICATE,
                            challengeId,
                            reportIdOf(challengeId).orElse(null),
                            "A challenge for " + when + " is already recorded: update it or skip this file.");
                }
                case SKIP -> {
                    audit.record(
                            by,
                            AuditEntry.of(
                                    "report.import-skipped",
                                    "challenge",
                                    challengeId,
                                    "Skipped " + fileName + ": " + when + " is already recorded"));
                    return new ImportOutcome(
                            ImportOutcome.Status.SKIPPED,
                            challengeId,
                            reportIdOf(challengeId).orElse(null),
                            "Skipped: a challenge for " + when + " is already recorded.");
                }
                case UPDATE -> {
                    if (!challenges.isHistoric(challengeId)) {
                        return ImportOutcome.refused("The challenge for " + when
                                + " is being run in this system, so its record cannot be replaced from a report.");
                    }
                    challenges.replace(challengeId, challenge);
                    existingReport = reportIdOf(challengeId);
                    status = ImportOutcome.Status.UPDATED;
                }
                default -> throw new IllegalStateException();
            }
        } else {
            challengeId = challenges.create(challenge, byName);
            status = ImportOutcome.Status.IMPORTED;
        }
        String sha256 = sha256(content);
        long reportId = existingReport.isPresent()
                ? replaceReport(existingReport.get(), fileName, sha256, read, challengeId, by)
                : insertReport(fileName, sha256, read, challengeId, by);
        // The challenge links its report's page, and keeps the file it was read from (decision 0058).
        challenges.recordReport(challengeId, "/reports/" + reportId, fileName, content, byName);
        audit.record(
                by,
                AuditEntry.of(
                                status == ImportOutcome.Status.UPDATED ? "report.updated" : "report.imported",
                                "report",
                                reportId,
                                (status == ImportOutcome.Status.UPDATED
                                                ? "Replaced the report of "
                                                : "Imported the report of ")
                                        + when + " from " + fileName)
                        .with(Map.of("challengeId", challengeId, "file", fileName, "sha256", sha256)));
        return new ImportOutcome(
                status,
                challengeId,
                reportId,
                (status == ImportOutcome.Status.UPDATED ? "Updated the report of " : "Imported the report of ") + when
                        + ".");
    }

    /**
     * Catalogues a report published through the Hub (decision 0075): its catalogue entry — the report
     * row, its paragraphs and its findings, which search and "similar across the sector" read — made from
     * the published edition, linked to the challenge it was written for, and replaced wholesale by the
     * next edition (a correction). Runs in the caller's transaction (the publication's), so an edition is
     * never published without its entry nor catalogued without being published. The importer never
     * writes these entries: the challenge is run in the system, so an import for it is refused.
     *
     * @param address the report's public page, {@code /published-reports/{slug}}
     * @throws IllegalStateException when the challenge already has a report imported from a file
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    long catalogue(long challengeId, String address, ReadReport read, String byName) {
        ParsedReport report = read.report();
        Optional<String> problem = problem(report);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("The published report cannot be catalogued: " + problem.get());
        }
        Optional<Long> existing = reportIdOf(challengeId);
        if (existing.isPresent()
                && jdbc.sql("select published_address is null from report where id = :id")
                        .param("id", existing.get())
                        .query(Boolean.class)
                        .single()) {
            throw new IllegalStateException(
                    "Challenge " + challengeId + " has a report imported from a file; it cannot also be published");
        }
        String fileName = address.substring(address.lastIndexOf('/') + 1) + ".json";
        String sha256 = sha256(ParsedReportJson.write(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long reportId = existing.isPresent()
                ? replaceReport(existing.get(), fileName, sha256, read, challengeId, null)
                : insertReport(fileName, sha256, read, challengeId, null);
        jdbc.sql("update report set published_address = :address, imported_name = :by where id = :id")
                .param("address", address)
                .param("by", byName)
                .param("id", reportId)
                .update();
        audit.record(AuditEntry.of(
                        existing.isPresent() ? "report.catalogue-replaced" : "report.catalogued",
                        "report",
                        reportId,
                        (existing.isPresent() ? "Replaced the catalogue entry of " : "Catalogued ")
                                + "the report published at " + address)
                .with(Map.of("challengeId", challengeId, "address", address, "sha256", sha256)));
        return reportId;
    }

    /** Why the report cannot be saved as it stands, if it cannot. */
    public Optional<String> problem(ParsedReport report) {
        return problem(
                report,
                report.councilGss() != null
                        && councils.find(report.councilGss()).isPresent());
    }

    private Optional<String> problem(ParsedReport report, boolean councilRegistered) {
        if (report.documentType() == ParsedReport.DocumentType.OTHER) {
            return Optional.of("It is not a peer challenge report or progress review.");
        }
        if (!councilRegistered) {
            return Optional.of("The council is not recognised: choose it from the register.");
        }
        LocalDate start = report.onSite().start();
        LocalDate end = report.onSite().end();
        if (start == null) {
            return Optional.of("The on-site dates are missing: enter the first and last day of the visit.");
        }
        if (end != null && (end.isBefore(start) || end.isAfter(start.plusDays(14)))) {
            return Optional.of("The on-site dates must run forwards and last at most 15 days.");
        }
        for (ParsedReport.Peer peer : report.peerTeam()) {
            if (peer.name().isBlank() || peer.name().strip().length() > 200) {
                return Optional.of("A peer’s name must be between 1 and 200 characters: correct the team.");
            }
        }
        return Optional.empty();
    }

    /** Corporate, finance and governance by name; progress reviews by name or document type; else other. */
    static ChallengeType typeOf(ParsedReport report) {
        return typeOf(report.challengeType(), report.documentType() == ParsedReport.DocumentType.PROGRESS_REVIEW);
    }

    /** The kind of challenge a report's stated type names ({@link #typeOf(ParsedReport)}). */
    static ChallengeType typeOf(@Nullable String challengeType, boolean progressReview) {
        String type = challengeType == null ? "" : challengeType.toLowerCase(Locale.ROOT);
        if (progressReview || type.contains("progress") || type.contains("follow")) {
            return ChallengeType.PROGRESS_REVIEW;
        }
        if (type.contains("corporate") || type.isEmpty()) {
            return ChallengeType.CORPORATE;
        }
        if (type.contains("financ")) {
            return ChallengeType.FINANCE;
        }
        if (type.contains("governance")) {
            return ChallengeType.GOVERNANCE;
        }
        return ChallengeType.OTHER;
    }

    Optional<Long> reportIdOf(long challengeId) {
        return jdbc.sql("select id from report where challenge_id = :id")
                .param("id", challengeId)
                .query(Long.class)
                .optional();
    }

    private long insertReport(
            String fileName, String sha256, ReadReport read, long challengeId, @Nullable CurrentUser by) {
        long reportId = jdbc.sql(
                        """
                        insert into report (challenge_id, file_name, sha256, document_type, source_text, parsed,
                          council_gss, year, imported_by, imported_name)
                        values (:challenge, :file, :sha, :type, :text, cast(:parsed as jsonb), :gss, :year, :by, :byName)
                        returning id
                        """)
                .params(reportColumns(fileName, sha256, read, challengeId, by))
                .query(Long.class)
                .single();
        insertParagraphs(reportId, read.paragraphs());
        findings(reportId, challengeId, read).insert();
        return reportId;
    }

    /** The report row's columns, as the insert of a new report and the update of a recorded one bind them. */
    private static java.util.Map<String, @Nullable Object> reportColumns(
            String fileName, String sha256, ReadReport read, long challengeId, @Nullable CurrentUser by) {
        ParsedReport report = read.report();
        java.util.Map<String, @Nullable Object> columns = new java.util.HashMap<>();
        columns.put("challenge", challengeId);
        columns.put("file", clip(fileName, 300));
        columns.put("sha", sha256);
        columns.put("type", report.documentType().id());
        columns.put("text", read.sourceText().replace("\u0000", ""));
        columns.put("parsed", ParsedReportJson.write(report).replace("\\u0000", ""));
        columns.put("gss", report.councilGss());
        columns.put("year", report.onSite().start().getYear());
        columns.put("by", by == null ? null : by.id());
        columns.put("byName", by == null ? null : by.displayName());
        return columns;
    }

    /**
     * Update of a recorded report: the report row is rewritten in place (its id, and so the links to
     * it, are kept), and of its paragraphs and findings only those that differ from the new reading
     * are written — a paragraph by its position, a finding by its kind and position. A report read
     * again unchanged (the usual update: the same file, or a corrected council or date) then costs no
     * new {@code tsvector}, index entry or trigger call for the text that did not change.
     */
    private long replaceReport(
            long reportId,
            String fileName,
            String sha256,
            ReadReport read,
            long challengeId,
            @Nullable CurrentUser by) {
        // The facets trigger runs again (year and council are set); if the register changed the
        // council's type or region since, the copies on the paragraphs and findings follow.
        boolean facetsChanged = jdbc.sql(
                        """
                        update report r set challenge_id = :challenge, file_name = :file, sha256 = :sha,
                          document_type = :type, source_text = :text, parsed = cast(:parsed as jsonb),
                          council_gss = :gss, year = :year, imported_by = :by, imported_name = :byName,
                          imported_at = now()
                        from (select facets from report where id = :id) before
                        where r.id = :id
                        returning r.facets <> before.facets
                        """)
                .param("id", reportId)
                .params(reportColumns(fileName, sha256, read, challengeId, by))
                .query(Boolean.class)
                .single();
        if (facetsChanged) {
            jdbc.sql(
                            "update report_paragraph p set facets = r.facets from report r where r.id = :id and p.report_id = r.id")
                    .param("id", reportId)
                    .update();
            jdbc.sql("update report_finding set kind = kind where report_id = :id")
                    .param("id", reportId)
                    .update();
        }
        replaceParagraphs(reportId, read.paragraphs());
        findings(reportId, challengeId, read).replace();
        return reportId;
    }

    private Findings findings(long reportId, long challengeId, ReadReport read) {
        ParsedReport report = read.report();
        int year = report.onSite().start().getYear();
        Findings findings = new Findings(reportId, challengeId, report.councilGss(), year, read.paragraphs());
        findings.add(FindingKind.KEY_RECOMMENDATION, null, null, report.keyRecommendations());
        for (ParsedReport.Theme theme : report.themes()) {
            findings.add(FindingKind.STRENGTH, theme.heading(), theme.component(), theme.strengths());
            findings.add(FindingKind.CHALLENGE, theme.heading(), theme.component(), theme.challenges());
            findings.add(FindingKind.RECOMMENDATION, theme.heading(), theme.component(), theme.recommendations());
        }
        findings.add(FindingKind.NOTABLE_PRACTICE, null, null, report.notablePractice());
        return findings;
    }

    /**
     * All the report's paragraphs in one statement: the rows come from parallel arrays, so the cost
     * of a round trip, a parse and a plan is paid once a report instead of once a paragraph.
     */
    private void insertParagraphs(long reportId, List<SourceParagraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        ParagraphColumns p = new ParagraphColumns(paragraphs);
        jdbc.sql(
                        """
                        insert into report_paragraph (report_id, position, heading, text, facets)
                        select :r, p.position, p.heading, p.text, (select facets from report where id = :r)
                        from unnest(cast(:positions as integer[]), cast(:headings as text[]), cast(:texts as text[]))
                          with ordinality as p(position, heading, text, n)
                        order by p.n
                        """)
                .param("r", reportId)
                .param("positions", p.positions)
                .param("headings", p.headings)
                .param("texts", p.texts)
                .update();
    }

    /**
     * The paragraphs of a recorded report made those read, in one statement: those whose heading or
     * text differ are updated, the positions no longer read deleted, the new positions inserted (the
     * data-modifying parts all see the rows as they were before the statement).
     */
    private void replaceParagraphs(long reportId, List<SourceParagraph> paragraphs) {
        ParagraphColumns p = new ParagraphColumns(paragraphs);
        jdbc.sql(
                        """
                        with p as (
                          select * from unnest(cast(:positions as integer[]), cast(:headings as text[]),
                                               cast(:texts as text[]))
                            with ordinality as p(position, heading, text, n)),
                        changed as (
                          update report_paragraph t set heading = p.heading, text = p.text
                          from p
                          where t.report_id = :r and t.position = p.position
                            and (t.heading is distinct from p.heading or t.text <> p.text)),
                        gone as (
                          delete from report_paragraph t
                          where t.report_id = :r and not exists (select 1 from p where p.position = t.position))
                        insert into report_paragraph (report_id, position, heading, text, facets)
                        select :r, p.position, p.heading, p.text, (select facets from report where id = :r)
                        from p
                        where not exists (select 1 from report_paragraph t where t.report_id = :r and t.position = p.position)
                        order by p.n
                        """)
                .param("r", reportId)
                .param("positions", p.positions)
                .param("headings", p.headings)
                .param("texts", p.texts)
                .update();
    }

    /** The paragraphs as parallel arrays, NUL characters (which PostgreSQL text cannot hold) removed. */
    private static final class ParagraphColumns {
        final Integer[] positions;
        final String[] headings;
        final String[] texts;

        ParagraphColumns(List<SourceParagraph> paragraphs) {
            int n = paragraphs.size();
            positions = new Integer[n];
            headings = new String[n];
            texts = new String[n];
            for (int i = 0; i < n; i++) {
                SourceParagraph paragraph = paragraphs.get(i);
                positions[i] = paragraph.position();
                headings[i] = paragraph.heading();
                texts[i] = paragraph.text().replace("\u0000", "");
            }
        }
    }

    private final class Findings {
        private final long reportId;
        private final long challengeId;
        private final String gss;
        private final int year;
        private final Map<FindingKind, Integer> next = new java.util.EnumMap<>(FindingKind.class);
        private final List<String> paragraphs;
        private final List<String> starts;
        private final List<Row> rows = new java.util.ArrayList<>();

        Findings(long reportId, long challengeId, String gss, int year, List<SourceParagraph> paragraphs) {
            this.reportId = reportId;
            this.challengeId = challengeId;
            this.gss = gss;
            this.year = year;
            this.paragraphs = paragraphs.stream().map(p -> comparable(p.text())).toList();
            this.starts = this.paragraphs.stream()
                    .map(p -> p.substring(0, Math.min(60, p.length())))
                    .toList();
        }

        /** The first paragraph the finding starts with, or that holds the finding's start. */
        @Nullable
        Integer paragraphOf(String text) {
            String finding = comparable(text);
            String start = finding.substring(0, Math.min(60, finding.length()));
            for (int i = 0; i < paragraphs.size(); i++) {
                String paragraph = paragraphs.get(i);
                if (paragraph.length() >= 12 && (finding.startsWith(starts.get(i)) || paragraph.contains(start))) {
                    return i + 1;
                }
            }
            return null;
        }

        void add(FindingKind kind, @Nullable String heading, @Nullable String component, List<String> texts) {
            for (String text : texts) {
                if (text.isBlank()) {
                    continue;
                }
                int position = next.merge(kind, 1, Integer::sum) - 1;
                rows.add(new Row(
                        kind, position, heading, component, text.strip().replace("\u0000", ""), paragraphOf(text)));
            }
        }

        /**
         * All the findings in one statement, in the order they were added (so their ids keep that
         * order, as when they were inserted one by one).
         */
        void insert() {
            if (rows.isEmpty()) {
                return;
            }
            int n = rows.size();
            String[] kinds = new String[n];
            Integer[] positions = new Integer[n];
            for (int i = 0; i < n; i++) {
                Row row = rows.get(i);
                kinds[i] = row.kind().name();
                positions[i] = row.position();
            }
            jdbc.sql(
                            """
                            insert into report_finding (report_id, challenge_id, council_gss, year, kind, position,
                              theme_heading, component_id, text, paragraph_position, facets)
                            select :r, :c, :gss, :year, f.kind, f.position, f.heading, f.component, f.text, f.paragraph,
                              (select facets from report where id = :r) || finding_facet_words(f.kind, f.component)
                            from unnest(cast(:kinds as text[]), cast(:positions as integer[]), cast(:headings as text[]),
                                        cast(:components as text[]), cast(:texts as text[]),
                                        cast(:paragraphs as integer[]))
                              with ordinality as f(kind, position, heading, component, text, paragraph, n)
                            order by f.n
                            """)
                    .param("r", reportId)
                    .param("c", challengeId)
                    .param("gss", gss)
                    .param("year", year)
                    .param("kinds", kinds)
                    .param("positions", positions)
                    .param("headings", column(Row::heading))
                    .param("components", column(Row::component))
                    .param("texts", column(Row::text))
                    .param("paragraphs", rows.stream().map(Row::paragraph).toArray(Integer[]::new))
                    .update();
        }

        /**
         * The findings of a recorded report made those read. When the report still has the same
         * findings by kind and position in the same order (the texts may differ), each row keeps its
         * id and only the rows that differ are updated, in one statement; otherwise the findings are
         * deleted and inserted again, so that their ids keep the order read (the report page lists
         * findings by id).
         */
        void replace() {
            List<Object[]> recorded = jdbc.sql(
                            "select id, kind, position from report_finding where report_id = :r order by id")
                    .param("r", reportId)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                    .list();
            boolean sameKeys = recorded.size() == rows.size();
            for (int i = 0; sameKeys && i < rows.size(); i++) {
                sameKeys = rows.get(i).kind().name().equals(recorded.get(i)[1])
                        && rows.get(i).position() == (int) recorded.get(i)[2];
            }
            if (!sameKeys) {
                jdbc.sql("delete from report_finding where report_id = :r")
                        .param("r", reportId)
                        .update();
                insert();
                return;
            }
            if (rows.isEmpty()) {
                return;
            }
            jdbc.sql(
                            """
                            update report_finding t set challenge_id = :c, council_gss = :gss, year = :year,
                              theme_heading = f.heading, component_id = f.component, text = f.text,
                              paragraph_position = f.paragraph
                            from unnest(cast(:ids as bigint[]), cast(:headings as text[]), cast(:components as text[]),
                                        cast(:texts as text[]), cast(:paragraphs as integer[]))
                              as f(id, heading, component, text, paragraph)
                            where t.id = f.id
                              and (t.challenge_id <> :c or t.council_gss <> :gss or t.year <> :year
                                or t.theme_heading is distinct from f.heading
                                or t.component_id is distinct from f.component
                                or t.text <> f.text
                                or t.paragraph_position is distinct from f.paragraph)
                            """)
                    .param("c", challengeId)
                    .param("gss", gss)
                    .param("year", year)
                    .param("ids", recorded.stream().map(r -> (Long) r[0]).toArray(Long[]::new))
                    .param("headings", column(Row::heading))
                    .param("components", column(Row::component))
                    .param("texts", column(Row::text))
                    .param("paragraphs", rows.stream().map(Row::paragraph).toArray(Integer[]::new))
                    .update();
        }

        private String[] column(java.util.function.Function<Row, @Nullable String> value) {
            return rows.stream().map(value).toArray(String[]::new);
        }
    }

    private record Row(
            FindingKind kind,
            int position,
            @Nullable String heading,
            @Nullable String component,
            String text,
            @Nullable Integer paragraph) {}

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    /** Lower case letters and digits only, single spaces: quotes, dashes and bullets compare alike. */
    static String comparable(String text) {
        return NOT_LETTER_OR_DIGIT
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text, int max) {
        String stripped = text.strip().isEmpty() ? "report" : text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}

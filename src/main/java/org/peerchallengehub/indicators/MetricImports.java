package org.peerchallengehub.indicators;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.web.HumanSizes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports one file into the metric store, all or nothing, in one transaction: the file's rows are
 * checked (see {@link ImportSession}) while they stream into a staging table with COPY; only if every
 * row passed are they upserted into {@code metric_value}, the derived metrics recomputed for the
 * councils touched, the import recorded and audited, and {@link MetricValuesImported} published. A
 * refused file leaves nothing behind but an audit entry. Imports run one at a time (a PostgreSQL
 * advisory lock), so derived values never see half of another import.
 */
@Service
class MetricImports {

    private static final Logger log = LoggerFactory.getLogger(MetricImports.class);
    static final String LOCK = "select pg_advisory_xact_lock(hashtext('hub.indicators.import'))";

    /** A file to import as a format; {@code defaultPublished} dates tidy rows that give no date. */
    record ImportRequest(ImportFormat format, ImportFile file, @Nullable LocalDate defaultPublished) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DataSource dataSource;
    private final AreaCodes areaCodes;
    private final MetricCatalogue catalogue;
    private final DerivedMetrics derived;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final long maxBytes;

    MetricImports(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate named,
            DataSource dataSource,
            AreaCodes areaCodes,
            MetricCatalogue catalogue,
            DerivedMetrics derived,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${hub.indicators.max-import-bytes:104857600}") long maxBytes) {
        this.jdbc = jdbc;
        this.named = named;
        this.dataSource = dataSource;
        this.areaCodes = areaCodes;
        this.catalogue = catalogue;
        this.derived = derived;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxBytes = maxBytes;
    }

    /** One recorded import, as the imports page lists it. */
    record RecentImport(
            java.time.OffsetDateTime importedAt,
            String fileName,
            String format,
            int valuesImported,
            int valuesChanged,
            int inspections,
            int metricsDefined,
            int rowsSkipped,
            @Nullable String importedBy) {}

    /** The latest imports, newest first. */
    List<RecentImport> recent(int limit) {
        return jdbc.sql(
                        """
                        select imported_at, file_name, format, values_imported, values_changed, inspections,
                               metrics_defined, rows_skipped, imported_by
                        from metric_import order by imported_at desc, id desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new RecentImport(
                        rs.getObject("imported_at", java.time.OffsetDateTime.class),
                        rs.getString("file_name"),
                        rs.getString("format"),
                        rs.getInt("values_imported"),
                        rs.getInt("values_changed"),
                        rs.getInt("inspections"),
                        rs.getInt("metrics_defined"),
                        rs.getInt("rows_skipped"),
                        rs.getString("imported_by")))
                .list();
    }

    long maxBytes() {
        return maxBytes;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Imports the file, or refuses it with every problem found (line numbers included).
     *
     * @throws ImportRefused when anything in the file is wrong; nothing of it is then stored
     */
    ImportResult importFile(ImportRequest request) {
        try {
            if (request.file().size() > maxBytes) {
                throw tooLarge(request.file().size());
            }
            return transaction.execute(status -> importInTransaction(request));
        } catch (ImportRefused refused) {
            separateTransaction.executeWithoutResult(status -> audit.record(AuditEntry.of(
                            "indicators.import-refused",
                            "metric-import",
                            null,
                            "Refused " + request.file().name() + " ("
                                    + request.format().label() + "): " + refused.getMessage())
                    .with(Map.of(
                            "format", request.format().slug(),
                            "file", request.file().name(),
                            "problems", refused.total(),
                            "first",
                                    refused.problems().stream()
                                            .limit(10)
                                            .map(ImportProblem::toString)
                                            .toList()))));
            throw refused;
        }
    }

    /** The import on the caller's transaction (which it must have started). */
    ImportResult importInTransaction(ImportRequest request) {
        long started = System.nanoTime();
        jdbc.sql(LOCK).query().listOfRows();
        LocalDate today = LocalDate.now(clock);
        MetricCatalogue.Snapshot metrics = catalogue.snapshot();
        boolean values = request.format() != ImportFormat.METRIC_DEFINITIONS_CSV
                && request.format() != ImportFormat.OFSTED_INSPECTIONS_CSV;
        StagingCopy staging = values ? StagingCopy.staging(DataSourceUtils.getConnection(dataSource)) : null;
        ImportSession session = new ImportSession(request.format(), areaCodes.snapshot(), metrics, staging, today);
        long staged;
        String sha256;
        long size;
        try {
            try (InputStream raw = request.file().open();
                    Limited in = new Limited(raw, maxBytes)) {
                try {
                    reader(request, today).read(in, request.file().name(), session);
                } catch (org.peerchallengehub.shared.csv.CsvFormatException problem) {
                    session.error(new ImportProblem("Line " + problem.line(), problem.reason()));
                }
                if (!session.failed()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                sha256 = in.sha256();
                size = in.count();
            } catch (IOException e) {
                throw ImportRefused.because("The file could not be read: " + e.getMessage());
            }
            if (session.failed()) {
                if (staging != null) {
                    staging.cancel();
                }
                throw session.refusal();
            }
            if (session.values() == 0
                    && session.inspections().isEmpty()
                    && session.definitions().isEmpty()
                    && session.rowsSkipped() == 0) {
                throw ImportRefused.because("The file holds nothing to import: no rows with values were found");
            }
            // The COPY holds the connection: end it before anything else is said to the database.
            staged = staging == null ? 0 : staging.finish();
        } catch (RuntimeException e) {
            // An open COPY holds the connection: end it, or not even the rollback could be sent.
            if (staging != null) {
                staging.cancel();
            }
            if (!(e instanceof ImportRefused)) {
                log.warn("Import of {} failed: {}", request.file().name(), e.toString(), e);
            }
            throw e;
        }
        long read = System.nanoTime();

        long importId = jdbc.sql(
                        """
                        insert into metric_import (format, file_name, sha256, size_bytes, imported_by)
                        values (:format, :file, :sha, :size, :by) returning id
                        """)
                .param("format", request.format().slug())
                .param("file", request.file().name())
                .param("sha", sha256)
                .param("size", size)
                .param(
                        "by",
                        org.peerchallengehub.shared.security.CurrentUsers.current()
                                .map(u -> u.email())
                                .orElse(null))
                .query(Long.class)
                .single();

        int changed = 0;
        if (staged > 0) {
            changed = store(importId);
        }
        long stored = System.nanoTime();
        int inspections = storeInspections(session.inspections(), importId);
        int defined = 0;
        for (Metric metric : session.definitions()) {
            catalogue.define(metric);
            defined++;
        }

        Set<Integer> inputs = DerivedMetrics.baseInputs().stream()
                .map(id -> metrics.get(id).num())
                .collect(Collectors.toSet());
        long derivedValues = session.metricsTouched().stream().anyMatch(inputs::contains)
                ? derived.recompute(session.areasTouched())
                : 0;

        long millis = (System.nanoTime() - started) / 1_000_000;
        log.debug(
                "{}: read and staged {} rows in {} ms, stored in {} ms, derived and recorded in {} ms",
                request.file().name(),
                staged,
                (read - started) / 1_000_000,
                (stored - read) / 1_000_000,
                (System.nanoTime() - stored) / 1_000_000);
        ImportResult result = new ImportResult(
                importId,
                request.format(),
                request.file().name(),
                session.values(),
                changed,
                derivedValues,
                inspections,
                defined,
                session.blanks(),
                session.skipped(),
                session.rowsSkipped(),
                session.warnings(),
                session.warningCount(),
                session.notes(),
                millis);
        List<String> reported = new ArrayList<>();
        session.skipped()
                .forEach(s -> reported.add(s.firstWhere() + ": " + s.code() + " " + s.name() + " (" + s.rows()
                        + " rows) — " + s.reason()));
        session.warnings().forEach(w -> reported.add(w.toString()));
        reported.addAll(session.notes());
        jdbc.sql(
                        """
                        update metric_import set values_imported = :values, values_changed = :changed,
                          inspections = :inspections, metrics_defined = :defined, rows_skipped = :skipped,
                          warnings = cast(:warnings as jsonb), duration_ms = :millis
                        where id = :id
                        """)
                .param("values", session.values())
                .param("changed", changed)
                .param("inspections", inspections)
                .param("defined", defined)
                .param("skipped", session.rowsSkipped())
                .param(
                        "warnings",
                        json.writeValueAsString(reported.stream().limit(200).toList()))
                .param("millis", (int) Math.min(Integer.MAX_VALUE, millis))
                .param("id", importId)
                .update();

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", request.format().slug());
        details.put("file", request.file().name());
        details.put("sha256", sha256);
        details.put("bytes", size);
        details.put("values", session.values());
        details.put("valuesChanged", changed);
        details.put("derivedValues", derivedValues);
        details.put("inspections", inspections);
        details.put("metricsDefined", defined);
        details.put("rowsSkipped", session.rowsSkipped());
        details.put("warnings", session.warningCount());
        audit.record(AuditEntry.of("indicators.imported", "metric-import", importId, result.summary())
                .with(details));

        Set<String> metricIds = new java.util.HashSet<>();
        session.metricsTouched()
                .forEach(num -> metricIds.add(metrics.byNum().get(num).metric().id()));
        if (derivedValues > 0) {
            DerivedMetrics.ALL.forEach(d -> metricIds.add(d.metricId()));
        }
        events.publishEvent(
                new MetricValuesImported(importId, Set.copyOf(metricIds), Set.copyOf(session.areasTouched())));
        log.info("{} in {} ms", result.summary(), millis);
        return result;
    }

    /**
     * Moves the staged values into the store: revised values are updated, new ones inserted (in the
     * primary key's order, so that a large import walks the index instead of jumping about), values
     * already there are left alone. Imports hold the import lock, so no one else writes meanwhile.
     * Returns how many values were added or revised.
     */
    private int store(long importId) {
        long t0 = System.nanoTime();
        jdbc.sql("analyze " + StagingCopy.TABLE).update();
        jdbc.sql("set local work_mem = '256MB'").update();
        int revised = jdbc.sql(
                        """
                        update metric_value m set value = s.value, import_id = :importId
                        from metric_value_staging s
                        where m.area = s.area and m.metric_num = s.metric_num and m.period_end = s.period_end
                          and m.published = s.published and m.value <> s.value
                        """)
                .param("importId", importId)
                .update();
        long t1 = System.nanoTime();
        int added = jdbc.sql(
                        """
                        insert into metric_value (area, metric_num, period_end, published, value, import_id)
                        select area, metric_num, period_end, published, value, :importId from metric_value_staging s
                        where not exists (select 1 from metric_value m where m.area = s.area and m.metric_num = s.metric_num
                                            and m.period_end = s.period_end and m.published = s.published)
                        order by area, metric_num, period_end, published
                        """)
                .param("importId", importId)
                .update();
        log.debug(
                "stored: {} revised in {} ms, {} added in {} ms",
                revised,
                (t1 - t0) / 1_000_000,
                added,
                (System.nanoTime() - t1) / 1_000_000);
        return revised + added;
    }

    private int storeInspections(List<ChildrensServicesInspection> inspections, long importId) {
        if (inspections.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChildrensServicesInspection i : inspections) {
            Map<String, Object> row = new HashMap<>();
            row.put("area", i.area());
            row.put("framework", i.framework());
            row.put("start", i.inspectionStart());
            row.put("end", i.inspectionEnd());
            row.put("published", i.published());
            row.put("overall", name(i.overall()));
            row.put("leaders", name(i.impactOfLeaders()));
            row.put("help", name(i.helpAndProtection()));
            row.put("care", name(i.inCare()));
            row.put("leavers", name(i.careLeavers()));
            row.put("url", i.reportUrl());
            row.put("importId", importId);
            rows.add(row);
        }
        named.batchUpdate(
                """
                insert into childrens_services_inspection (area, framework, inspection_start, inspection_end, published,
                  overall, impact_of_leaders, help_and_protection, in_care, care_leavers, report_url, import_id)
                values (:area, :framework, :start, :end, :published, :overall, :leaders, :help, :care, :leavers, :url,
                  :importId)
                on conflict (report_url) do update set area = excluded.area, framework = excluded.framework,
                  inspection_start = excluded.inspection_start, inspection_end = excluded.inspection_end,
                  published = excluded.published, overall = excluded.overall,
                  impact_of_leaders = excluded.impact_of_leaders, help_and_protection = excluded.help_and_protection,
                  in_care = excluded.in_care, care_leavers = excluded.care_leavers, import_id = excluded.import_id
                """,
                SqlParameterSourceUtils.createBatch(rows));
        return rows.size();
    }

    private static @Nullable String name(@Nullable Judgement judgement) {
        return judgement == null ? null : judgement.name();
    }

    private static SourceFormat reader(ImportRequest request, LocalDate today) {
        return switch (request.format()) {
            case TIDY_CSV -> new TidyCsvFormat(request.defaultPublished() == null ? today : request.defaultPublished());
            case METRIC_DEFINITIONS_CSV -> new MetricDefinitionsFormat();
            case REVENUE_OUTTURN_CSV -> new RevenueOutturnFormat(false);
            case REVENUE_OUTTURN_XLSX -> new RevenueOutturnFormat(true);
            case BORROWING_CSV -> new BorrowingFormat(false);
            case BORROWING_XLSX -> new BorrowingFormat(true);
            case COUNCIL_TAX_RECEIPTS -> new CouncilTaxReceiptsFormat();
            case ADULT_SOCIAL_CARE_CSV -> new AdultSocialCareFormat();
            case OFSTED_INSPECTIONS_CSV -> new OfstedInspectionsFormat();
        };
    }

    private ImportRefused tooLarge(long size) {
        return ImportRefused.because("The file is " + HumanSizes.bytes(size) + "; the largest file the Hub imports is "
                + HumanSizes.bytes(maxBytes));
    }

    /**
     * Counts and digests what is read, and refuses to read past the limit. Closing it leaves the file
     * open, so that what a reader left unread is still counted and digested.
     */
    private final class Limited extends FilterInputStream {
        private final long limit;
        private final MessageDigest digest;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        /** Readers (POI) may close what they read; the file is closed by whoever opened it. */
        @Override
        public void close() {}

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(count);
            }
        }

        long count() {
            return count;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}

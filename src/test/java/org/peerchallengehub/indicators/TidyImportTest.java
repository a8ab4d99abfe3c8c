package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing our tidy CSV: every bad row is reported with its line, and a file with any bad row
 * imports nothing. Uses a metric of its own, defined by a metric definitions import.
 */
@HubIntegrationTest
class TidyImportTest {

    static final String METRIC = "test-tidy-households";

    @Autowired
    MetricImports imports;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void defineTheMetric() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
        Fixtures.define(imports, METRIC, "financial-year");
    }

    ImportResult tidy(String csv) {
        return Fixtures.tidy(imports, csv, null);
    }

    ImportRefused refused(String csv) {
        return catchThrowableOfType(ImportRefused.class, () -> tidy(csv));
    }

    long stored() {
        return jdbc.sql("select count(*) from metric_value v join metric m on m.num = v.metric_num where m.id = :id")
                .param("id", METRIC)
                .query(Long.class)
                .single();
    }

    @Test
    void a_good_file_is_imported_and_audited() {
        ImportResult result = tidy(
                """
                metric,area,period,value,published
                test-tidy-households,E06000034,2019-20,71234,2020-06-30
                test-tidy-households,E06000034,2020-21,72000.5,2021-06-30
                test-tidy-households,E09000033,2020-21,120000,2021-06-30
                """);
        assertThat(result.values()).isEqualTo(3);
        assertThat(indicators.value(METRIC, "E06000034", new Period.FinancialYear(2020), null))
                .get()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo(72000.5);
                    assertThat(v.published()).isEqualTo(LocalDate.of(2021, 6, 30));
                });
        assertThat(audit.forSubject("metric-import", String.valueOf(result.importId())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("indicators.imported");
                    assertThat(e.summary()).contains("3 values");
                });
        // the same file again changes nothing
        assertThat(
                        tidy("""
                metric,area,period,value,published
                test-tidy-households,E06000034,2019-20,71234,2020-06-30
                """)
                                .valuesChanged())
                .isZero();
    }

    @Test
    void unknown_area_codes_are_reported_with_their_lines_and_nothing_is_imported() {
        long before = stored();
        ImportRefused refused = refused(
                """
                metric,area,period,value,published
                test-tidy-households,E06000034,2015-16,1,2016-06-30
                test-tidy-households,E99999999,2015-16,2,2016-06-30
                test-tidy-households,W06000015,2015-16,3,2016-06-30
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 3: area ‘E99999999’ is not a council in the register (give its GSS code, like E06000034)",
                        "Line 4: area ‘W06000015’ is not a council in the register (give its GSS code, like E06000034)");
        assertThat(refused.getMessage()).isEqualTo("The file has 2 problems; nothing was imported");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_value_that_is_not_a_number_is_reported() {
        ImportRefused refused = refused(
                """
                metric,area,period,value
                test-tidy-households,E06000034,2015-16,12x3
                test-tidy-households,E06000034,2016-17,"1,234"
                test-tidy-households,E06000034,2017-18,NaN
                test-tidy-households,E06000034,2018-19,
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 2: value ‘12x3’ is not a number",
                        "Line 3: value ‘1,234’ is not a number",
                        "Line 4: value ‘NaN’ is not a number",
                        "Line 5: value is empty (leave out rows that have no value)");
    }

    @Test
    void duplicate_rows_are_reported_with_both_lines() {
        ImportRefused refused = refused(
                """
                metric,area,period,value,published
                test-tidy-households,E06000034,2015-16,10,2016-06-30
                test-tidy-households,E06000034,2016-17,11,2017-06-30
                test-tidy-households,E06000034,2015-16,10,2016-06-30
                test-tidy-households,E06000034,2016-17,12,2017-06-30
                test-tidy-households,E06000034,2016-17,11,2018-06-30
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 4: duplicate of line 2 (test-tidy-households, E06000034, 2015-16, published 2016-06-30)",
                        "Line 5: gives 12.0 but line 3 gave 11.0 for the same metric, area, period and publication"
                                + " date (test-tidy-households, E06000034, 2016-17, published 2017-06-30)");
    }

    @Test
    void a_period_in_the_wrong_format_is_reported() {
        ImportRefused refused = refused(
                """
                metric,area,period,value
                test-tidy-households,E06000034,2015/16,1
                test-tidy-households,E06000034,2015,1
                test-tidy-households,E06000034,2015-17,1
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 2: period ‘2015/16’ is not a financial year: write it like 2017-18 (metric"
                                + " test-tidy-households is by financial year)",
                        "Line 3: period ‘2015’ is not a financial year: write it like 2017-18 (metric"
                                + " test-tidy-households is by financial year)",
                        "Line 4: period ‘2015-17’ is not a financial year: write it like 2017-18 (the second year"
                                + " follows the first: 2015-16) (metric test-tidy-households is by financial year)");
    }

    @Test
    void one_bad_row_among_many_good_ones_imports_nothing() {
        StringBuilder csv = new StringBuilder("metric,area,period,value,published\n");
        for (int year = 1990; year < 2015; year++) {
            csv.append(METRIC)
                    .append(",E06000017,")
                    .append(new Period.FinancialYear(year).label())
                    .append(",")
                    .append(year)
                    .append(",2020-01-01\n");
        }
        csv.append(METRIC).append(",E06000017,2015-16,oops,2020-01-01\n");
        long before = stored();
        ImportRefused refused = refused(csv.toString());
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly("Line 27: value ‘oops’ is not a number");
        assertThat(stored()).isEqualTo(before);
        assertThat(indicators.series(METRIC, "E06000017", null)).isEmpty();
    }

    @Test
    void other_row_problems_are_explained() {
        ImportRefused refused = refused(
                """
                metric,area,period,value,published
                no-such-metric,E06000034,2015-16,1,2016-06-30
                usable-reserves-to-nre,E06000034,2015-16,1,2016-06-30
                test-tidy-households,E10000021,2022-23,1,2023-06-30
                test-tidy-households,E06000034,2015-16,1,30/06/2016
                test-tidy-households,E06000034,2016-17,1,2999-06-30
                test-tidy-households,E06000034,2016-17
                """);
        assertThat(refused.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 2: metric ‘no-such-metric’ is not in the metric catalogue",
                        "Line 3: metric ‘usable-reserves-to-nre’ is derived: the Hub computes it from other metrics",
                        "Line 4: Northamptonshire County Council was abolished on 1 April 2021, so it has no"
                                + " test-tidy-households for 2022-23 (values keep the code of their time)",
                        "Line 5: published ‘30/06/2016’ is not a date: write it like 2018-03-31",
                        "Line 6: published ‘2999-06-30’ is outside the years the Hub keeps (1900 to 2199)",
                        "Line 7: has 3 values but the header names 5 columns");
    }

    @Test
    void a_file_without_the_columns_is_refused() {
        assertThat(refused("").problems())
                .extracting(ImportProblem::toString)
                .containsExactly("The file is empty: its first line must name the columns metric,area,period,value"
                        + " and optionally published");
        assertThat(refused("metric,area,year,value,note\n").problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "Line 1: unexpected column ‘year’: the columns are metric, area, period, value and optionally published",
                        "Line 1: unexpected column ‘note’: the columns are metric, area, period, value and optionally published",
                        "Line 1: the header has no column period (the first line must name the columns metric, area,"
                                + " period, value and optionally published)");
        assertThat(refused("metric,area,period,value\n").getMessage())
                .isEqualTo("The file holds nothing to import: no rows with values were found");
    }

    @Test
    void a_200_mb_file_is_refused_before_it_is_read(@TempDir Path temp) throws IOException {
        Path big = temp.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: nothing is written to disk
        }
        boolean[] opened = {false};
        ImportFile upload = new ImportFile("big.csv", Files.size(big), () -> {
            opened[0] = true;
            return Files.newInputStream(big);
        });
        assertThatThrownBy(
                        () -> imports.importFile(new MetricImports.ImportRequest(ImportFormat.TIDY_CSV, upload, null)))
                .isInstanceOf(ImportRefused.class)
                .hasMessage("The file is 200 MB; the largest file the Hub imports is 100 MB");
        assertThat(opened[0]).isFalse();
    }

    @Test
    void a_file_of_unknown_size_is_cut_off_at_the_limit() {
        InputStream endless = new InputStream() {
            final byte[] row = (METRIC + ",E06000034,2015-16,1,2016-06-30\n").getBytes(StandardCharsets.UTF_8);
            long position = -1;
            final byte[] header = "metric,area,period,value,published\n".getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                position++;
                if (position < header.length) {
                    return header[(int) position];
                }
                return row[(int) ((position - header.length) % row.length)];
            }
        };
        ImportFile upload = new ImportFile("endless.csv", -1, () -> endless);
        assertThatThrownBy(
                        () -> imports.importFile(new MetricImports.ImportRequest(ImportFormat.TIDY_CSV, upload, null)))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("The file is 100 MB; the largest file the Hub imports is 100 MB");
    }

    @Test
    void rows_without_a_published_date_take_the_date_given_with_the_import_or_else_today() {
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value
                test-tidy-households,E06000018,2010-11,5
                """,
                LocalDate.of(2011, 7, 1));
        Fixtures.tidy(
                imports,
                """
                metric,area,period,value,published
                test-tidy-households,E06000018,2011-12,6,
                """,
                null);
        assertThat(indicators.series(METRIC, "E06000018", null))
                .extracting(MetricValue::published)
                .containsExactly(LocalDate.of(2011, 7, 1), indicators.today());
    }

    @Test
    void a_refused_import_is_audited_too() {
        refused(
                """
                metric,area,period,value
                test-tidy-households,E99999999,2015-16,1
                """);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'indicators.import-refused'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}

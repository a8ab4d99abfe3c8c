package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each official file in ../shared/data imported as published, with spot checks against figures read
 * from the files themselves. Skipped, saying so, where ../shared/data is absent.
 */
@HubIntegrationTest
class OfficialFilesTest {

    static final String THURROCK = "E06000034";
    static final String NORTHAMPTONSHIRE = "E10000021";
    static final String BATH = "E06000022";

    @Autowired
    MetricImports imports;

    @Autowired
    Indicators indicators;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    ImportResult importShared(String file, ImportFormat format) throws IOException {
        return imports.importFile(new MetricImports.ImportRequest(format, ImportFile.of(Fixtures.shared(file)), null));
    }

    double value(String metric, String area, Period period) {
        return indicators.value(metric, area, period, null).orElseThrow().value();
    }

    static Period fy(int start) {
        return new Period.FinancialYear(start);
    }

    static Period day(int y, int m, int d) {
        return new Period.Day(LocalDate.of(y, m, d));
    }

    @Test
    void revenue_outturn_key_measures_csv() throws IOException {
        ImportResult result = importShared(
                "finance/revenue-outturn/rs_key_measures_2015-16_to_2017-18.csv", ImportFormat.REVENUE_OUTTURN_CSV);
        // 353 councils a year for 3 years, 17 measures each, less the cells the file leaves as "…"
        assertThat(result.values()).isEqualTo(17918);
        assertThat(result.valuesChanged())
                .as("the starting dataset holds the same file")
                .isZero();
        assertThat(result.skipped()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("E31000001");
            assertThat(s.reason()).startsWith("not a principal council");
        });
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("E10000022 (North Yorkshire)"));
        assertThat(value("net-revenue-expenditure", THURROCK, fy(2017))).isEqualTo(107284.0);
        assertThat(value("council-tax-requirement", THURROCK, fy(2017))).isEqualTo(61683.0);
        assertThat(value("net-revenue-expenditure", NORTHAMPTONSHIRE, fy(2015))).isEqualTo(446465.36165000004);
        assertThat(value("unallocated-reserves", NORTHAMPTONSHIRE, day(2018, 3, 31)))
                .isZero();
        assertThat(value("other-earmarked-reserves", NORTHAMPTONSHIRE, day(2018, 3, 31)))
                .isEqualTo(5185.0);
        // RS records grant income as negative; the store keeps it positive
        assertThat(value("revenue-support-grant", THURROCK, fy(2017))).isEqualTo(14660.0);
        // North Yorkshire's wrong ONS code in 2015-16 is read by its finance code E2721
        assertThat(value("net-revenue-expenditure", "E10000023", fy(2015))).isPositive();
    }

    @Test
    void revenue_outturn_workbook() throws IOException {
        ImportResult result =
                importShared("finance/revenue-outturn/RS_2016-17_data_by_LA.xlsx", ImportFormat.REVENUE_OUTTURN_XLSX);
        assertThat(result.values()).isGreaterThan(5900);
        // Bath and North East Somerset 2016-17 (shown as 128,176 in the workbook)
        assertThat(value("net-revenue-expenditure", BATH, fy(2016))).isCloseTo(128175.63683617524, within(1e-6));
        assertThat(value("external-interest-payments", BATH, fy(2016))).isEqualTo(8447.0);
        assertThat(value("council-tax-requirement", BATH, fy(2016))).isEqualTo(80156.0);
        assertThat(value("net-revenue-expenditure", THURROCK, fy(2016))).isEqualTo(113807.0);
        assertThat(value("unallocated-reserves", BATH, day(2017, 3, 31))).isEqualTo(12656.0);
        assertThat(value("other-earmarked-reserves", BATH, day(2017, 3, 31))).isEqualTo(34256.0);
    }

    @Test
    void revenue_outturn_workbooks_of_the_other_years() throws IOException {
        importShared(
                "finance/revenue-outturn/RS_2015-16_data_by_LA_-_Revision.xlsx", ImportFormat.REVENUE_OUTTURN_XLSX);
        assertThat(value("net-revenue-expenditure", THURROCK, fy(2015))).isEqualTo(127057.0);
        importShared("finance/revenue-outturn/RS_2017-18_data_by_LA_PRENOV.xlsx", ImportFormat.REVENUE_OUTTURN_XLSX);
        assertThat(value("net-revenue-expenditure", THURROCK, fy(2017))).isEqualTo(107284.0);
    }

    @Test
    void borrowing_csv() throws IOException {
        ImportResult result =
                importShared("finance/borrowing/la_borrowing_year_end_2009_2020.csv", ImportFormat.BORROWING_CSV);
        assertThat(value("borrowing-total", THURROCK, day(2019, 3, 31))).isEqualTo(1164389.0);
        assertThat(value("borrowing-total", THURROCK, day(2014, 3, 31))).isEqualTo(283889.0);
        assertThat(value("borrowing-short-term", THURROCK, day(2020, 3, 31))).isEqualTo(1061200.0);
        assertThat(value("borrowing-total", NORTHAMPTONSHIRE, day(2018, 3, 31))).isEqualTo(600668.0);
        // New Forest appears twice, identically, in the 2008-09 sheet: imported once, with a warning
        assertThat(result.warnings())
                .anySatisfy(w -> assertThat(w.toString()).startsWith("Line 306: repeats line 305 exactly"));
        // Scottish, Welsh and Northern Irish authorities, fire and police are reported, not imported
        assertThat(result.skipped()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("S8401");
            assertThat(s.reason()).isEqualTo("not in England");
            assertThat(s.firstWhere()).isEqualTo("Line 101");
        });
    }

    @Test
    void borrowing_workbook() throws IOException {
        ImportResult result = importShared(
                "finance/borrowing/Borrowing_and_Investment_Live_Table_Q4_2019_20.xlsx", ImportFormat.BORROWING_XLSX);
        assertThat(result.values()).isGreaterThan(10000);
        // the same figures as the year-end CSV, and the quarters in between
        assertThat(value("borrowing-total", THURROCK, day(2020, 3, 31))).isEqualTo(1413489.0);
        assertThat(value("borrowing-total", THURROCK, day(2015, 3, 31))).isEqualTo(309639.0);
        assertThat(value("borrowing-pwlb", "E07000223", day(2020, 3, 31))).isEqualTo(142393.0);
        assertThat(indicators.value("borrowing-total", THURROCK, day(2019, 12, 31), null))
                .isPresent();
        assertThat(result.skipped()).anySatisfy(s -> assertThat(s.code()).isEqualTo("S8401"));
    }

    @Test
    void council_tax_receipts_csv_and_workbook() throws IOException {
        importShared(
                "finance/council-tax-receipts/ct_receipts_by_authority_2010-11_to_2022-23.csv",
                ImportFormat.COUNCIL_TAX_RECEIPTS);
        assertThat(value("council-tax-receipts-quarter", THURROCK, new Period.Quarter(2010, 1)))
                .isEqualTo(15790.0);
        assertThat(value("council-tax-receipts-quarter", THURROCK, new Period.Quarter(2022, 4)))
                .isEqualTo(17710.0);
        assertThat(value("council-tax-receipts", THURROCK, fy(2022))).isEqualTo(90862.0);
        assertThat(value("council-tax-receipts", "E06000061", fy(2022))).isEqualTo(226861.0);
        // "[z]": North Northamptonshire did not exist in 2010-11
        assertThat(indicators.value("council-tax-receipts", "E06000061", fy(2010), null))
                .isEmpty();
        assertThat(indicators.value("council-tax-receipts", THURROCK, fy(2022), LocalDate.of(2023, 6, 29)))
                .isEmpty();

        ImportResult workbook = importShared(
                "finance/council-tax-receipts/CT_Receipts_Live_Table_Q4_2022-23.xlsx",
                ImportFormat.COUNCIL_TAX_RECEIPTS);
        assertThat(workbook.values()).isGreaterThan(20000);
        assertThat(value("council-tax-receipts", THURROCK, fy(2022))).isEqualTo(90862.0);
    }

    @Test
    void adult_social_care_metrics() throws IOException {
        ImportResult result =
                importShared("indicators/adult_social_care_2015-16_to_2022-23.csv", ImportFormat.ADULT_SOCIAL_CARE_CSV);
        assertThat(result.values()).isEqualTo(6078);
        assertThat(result.blanks()).isEqualTo(298);
        assertThat(value("asc-carer-quality-of-life", "E06000005", fy(2016))).isEqualTo(7.6);
        assertThat(value("asc-quality-of-life", THURROCK, fy(2017))).isEqualTo(0.447);
        assertThat(value("asc-ease-of-finding-information-users", THURROCK, fy(2022)))
                .isEqualTo(74.0);
        assertThat(indicators
                        .value("asc-quality-of-life", THURROCK, fy(2017), null)
                        .orElseThrow()
                        .published())
                .isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void ofsted_inspections() throws IOException {
        ImportResult result = importShared(
                "inspections/ofsted_childrens_services_inspections.csv", ImportFormat.OFSTED_INSPECTIONS_CSV);
        assertThat(result.inspections()).isEqualTo(497);
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("E08000038 read as Barnsley"));
        assertThat(indicators.inspections(THURROCK, null))
                .extracting(ChildrensServicesInspection::published, ChildrensServicesInspection::overall)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 10, 29), Judgement.OUTSTANDING),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 12, 20), Judgement.GOOD));
        // an inspection counts from its publication date, not its inspection dates
        assertThat(indicators.inspections(THURROCK, LocalDate.of(2019, 12, 19)))
                .extracting(ChildrensServicesInspection::published)
                .allSatisfy(d -> assertThat(d).isBefore(LocalDate.of(2019, 11, 11)));
        assertThat(indicators.inspections("E08000016", null)).isNotEmpty();
    }
}

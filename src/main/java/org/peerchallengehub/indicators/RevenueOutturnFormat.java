package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * MHCLG Revenue Outturn Summary (RS), in either shape: the key measures CSV (one row per authority and
 * year) or the official "RS data by LA" workbook for one year (one row per authority, a column per RS
 * line, the line numbers in the row above the column names). Spending and council tax are values for
 * the financial year; reserves are levels at a date: the closing level at 31 March ending the year,
 * and the opening level at 1 April, which is the previous 31 March as the later return restates it.
 * RS records income (grants, business rates) as negative; the store keeps them positive.
 */
final class RevenueOutturnFormat implements SourceFormat {

    /** When an RS figure applies within its year. */
    enum When {
        YEAR,
        OPENING,
        CLOSING
    }

    record Measure(String metricId, When when, int sign) {}

    /** Key measures CSV column → measure. */
    static final Map<String, Measure> CSV_COLUMNS = Map.ofEntries(
            Map.entry("net_revenue_expenditure", new Measure("net-revenue-expenditure", When.YEAR, 1)),
            Map.entry("net_current_expenditure", new Measure("net-current-expenditure", When.YEAR, 1)),
            Map.entry("council_tax_requirement", new Measure("council-tax-requirement", When.YEAR, 1)),
            Map.entry("total_service_expenditure", new Measure("total-service-expenditure", When.YEAR, 1)),
            Map.entry("children_social_care", new Measure("childrens-social-care-spend", When.YEAR, 1)),
            Map.entry("adult_social_care", new Measure("adult-social-care-spend", When.YEAR, 1)),
            Map.entry("interest_external_payments", new Measure("external-interest-payments", When.YEAR, 1)),
            Map.entry("revenue_support_grant", new Measure("revenue-support-grant", When.YEAR, -1)),
            Map.entry("retained_business_rates", new Measure("retained-business-rates", When.YEAR, -1)),
            Map.entry("schools_reserves_start", new Measure("schools-reserves", When.OPENING, 1)),
            Map.entry("public_health_reserves_start", new Measure("public-health-reserves", When.OPENING, 1)),
            Map.entry("other_earmarked_reserves_start", new Measure("other-earmarked-reserves", When.OPENING, 1)),
            Map.entry("unallocated_reserves_start", new Measure("unallocated-reserves", When.OPENING, 1)),
            Map.entry("schools_reserves_end", new Measure("schools-reserves", When.CLOSING, 1)),
            Map.entry("public_health_reserves_end", new Measure("public-health-reserves", When.CLOSING, 1)),
            Map.entry("other_earmarked_reserves_end", new Measure("other-earmarked-reserves", When.CLOSING, 1)),
            Map.entry("unallocated_reserves_end", new Measure("unallocated-reserves", When.CLOSING, 1)));

    /** RS line → measure for the flows (the reserves lines 911 to 916 depend on their section). */
    static final Map<Integer, Measure> LINES = Map.of(
            805, new Measure("net-revenue-expenditure", When.YEAR, 1),
            749, new Measure("net-current-expenditure", When.YEAR, 1),
            890, new Measure("council-tax-requirement", When.YEAR, 1),
            699, new Measure("total-service-expenditure", When.YEAR, 1),
            330, new Measure("childrens-social-care-spend", When.YEAR, 1),
            360, new Measure("adult-social-care-spend", When.YEAR, 1),
            781, new Measure("external-interest-payments", When.YEAR, 1),
            851, new Measure("revenue-support-grant", When.YEAR, -1),
            870, new Measure("retained-business-rates", When.YEAR, -1));

    static final Map<Integer, String> RESERVE_LINES = Map.of(
            911, "schools-reserves",
            914, "public-health-reserves",
            915, "other-earmarked-reserves",
            916, "unallocated-reserves");

    private static final Pattern YEAR = Pattern.compile("(\\d{4}-\\d{2})");
    private static final String OTHER_AUTHORITY =
            "not a principal council (RS class O: fire, police, park, waste, transport or combined authority, GLA)";
    private static final String NOT_IN_REGISTER = "not a council in the register";

    private final boolean workbook;

    RevenueOutturnFormat(boolean workbook) {
        this.workbook = workbook;
    }

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        if (workbook) {
            readWorkbook(in, session);
        } else {
            readCsv(in, session);
        }
    }

    private void readCsv(InputStream in, ImportSession session) {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = CsvHeader.read(rows, session);
        if (header == null) {
            return;
        }
        Map<String, Integer> at = CsvHeader.columns(header);
        List<String> required = List.of("financial_year", "ecode", "ons_code", "la_name", "class");
        List<String> missing = new ArrayList<>(
                required.stream().filter(c -> !at.containsKey(c)).toList());
        if (CSV_COLUMNS.keySet().stream().noneMatch(at::containsKey)) {
            missing.add("any of "
                    + String.join(", ", CSV_COLUMNS.keySet().stream().sorted().toList()));
        }
        if (!missing.isEmpty()) {
            session.error(
                    new SourceRow(null, rows.line(), header),
                    "this is not the revenue outturn key measures CSV: it has no column " + String.join(", ", missing));
            return;
        }
        Map<Integer, Measure> columns = new HashMap<>();
        CSV_COLUMNS.forEach((column, measure) -> {
            if (at.containsKey(column)) {
                columns.put(at.get(column), measure);
            }
        });
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (row.blank()) {
                continue;
            }
            Period.FinancialYear year;
            try {
                year = (Period.FinancialYear)
                        Period.parse(PeriodType.FINANCIAL_YEAR, row.cell(at.get("financial_year")));
            } catch (IllegalArgumentException e) {
                session.error(row, "financial_year " + e.getMessage());
                continue;
            }
            emit(
                    session,
                    row,
                    year,
                    row.cell(at.get("ons_code")),
                    row.cell(at.get("ecode")),
                    row.cell(at.get("la_name")),
                    row.cell(at.get("class")),
                    columns);
        }
    }

    private void readWorkbook(InputStream in, ImportSession session) throws IOException {
        boolean[] found = {false};
        XlsxSheets.read(in, new XlsxSheets.Visitor() {
            @Override
            public boolean wants(String sheetName) {
                return sheetName.toLowerCase(Locale.ROOT).startsWith("rs la data");
            }

            @Override
            public void sheet(String sheetName, List<SourceRow> rows) {
                found[0] = true;
                readSheet(sheetName, rows, session);
            }
        });
        if (!found[0]) {
            session.error(
                    ImportProblem.file("This is not an RS workbook: it has no sheet named like ‘RS LA Data 2016-17’"));
        }
    }

    private void readSheet(String sheetName, List<SourceRow> rows, ImportSession session) {
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (rows.get(i).cell(0).equalsIgnoreCase("E-code")) {
                header = i;
            }
        }
        Period.FinancialYear year = yearOf(sheetName, rows);
        if (header < 2 || year == null) {
            session.error(ImportProblem.file("Sheet ‘" + sheetName + "’ is not laid out as an RS workbook: "
                    + (year == null ? "no year like 2016-17 in its name or title" : "no ‘E-code’ column heading")
                    + " was found"));
            return;
        }
        SourceRow names = rows.get(header);
        SourceRow lines = rows.get(header - 1);
        SourceRow sections = rows.get(header - 2);
        int ons = -1;
        int name = -1;
        int type = -1;
        for (int c = 0; c < names.cells().size(); c++) {
            switch (names.cell(c).toLowerCase(Locale.ROOT)) {
                case "ons code" -> ons = c;
                case "local authority" -> name = c;
                case "class" -> type = c;
                default -> {}
            }
        }
        Map<Integer, Measure> columns = new HashMap<>();
        String section = "";
        for (int c = 0; c < Math.max(lines.cells().size(), sections.cells().size()); c++) {
            if (!sections.cell(c).isEmpty()) {
                section = sections.cell(c).toLowerCase(Locale.ROOT);
            }
            Integer line = lineNumber(lines.cell(c));
            if (line == null) {
                continue;
            }
            if (LINES.containsKey(line)) {
                columns.put(c, LINES.get(line));
            } else if (RESERVE_LINES.containsKey(line) && section.startsWith("reserves at 1 april")) {
                columns.put(c, new Measure(RESERVE_LINES.get(line), When.OPENING, 1));
            } else if (RESERVE_LINES.containsKey(line) && section.startsWith("reserves at 31 march")) {
                columns.put(c, new Measure(RESERVE_LINES.get(line), When.CLOSING, 1));
            }
        }
        if (ons < 0 || name < 0 || !columns.containsValue(LINES.get(805))) {
            session.error(
                    names,
                    "the RS column headings were not found (ONS Code, Local authority, and line 805"
                            + " NET REVENUE EXPENDITURE)");
            return;
        }
        for (int i = header + 1; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (row.cell(0).isEmpty() && row.cell(ons).isEmpty()) {
                continue;
            }
            emit(
                    session,
                    row,
                    year,
                    row.cell(ons),
                    row.cell(0),
                    row.cell(name),
                    type < 0 ? "" : row.cell(type),
                    columns);
        }
    }

    private static void emit(
            ImportSession session,
            SourceRow row,
            Period.FinancialYear year,
            String ons,
            String ecode,
            String name,
            String authorityClass,
            Map<Integer, Measure> columns) {
        Optional<AreaCodes.Area> area = session.officialArea(
                row, ons, ecode, name, authorityClass.equalsIgnoreCase("O") ? OTHER_AUTHORITY : NOT_IN_REGISTER);
        if (area.isEmpty()) {
            return;
        }
        LocalDate published = PublicationRules.revenueOutturn(year, session.today());
        for (Map.Entry<Integer, Measure> column : columns.entrySet()) {
            Measure measure = column.getValue();
            Optional<Double> value = session.officialNumber(row, measure.metricId(), row.cell(column.getKey()));
            if (value.isEmpty()) {
                continue;
            }
            Period period =
                    switch (measure.when()) {
                        case YEAR -> year;
                        case OPENING -> new Period.Day(year.start().minusDays(1));
                        case CLOSING -> new Period.Day(year.end());
                    };
            session.value(
                    row,
                    session.metrics().get(measure.metricId()),
                    area.get(),
                    period,
                    measure.sign() * value.get() + 0.0,
                    published);
        }
    }

    private static Period.@Nullable FinancialYear yearOf(String sheetName, List<SourceRow> rows) {
        List<String> candidates = new ArrayList<>();
        candidates.add(sheetName);
        if (!rows.isEmpty()) {
            candidates.add(rows.getFirst().cell(0));
        }
        for (String text : candidates) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                try {
                    return (Period.FinancialYear) Period.parse(PeriodType.FINANCIAL_YEAR, m.group(1));
                } catch (IllegalArgumentException ignored) {
                    // not a year
                }
            }
        }
        return null;
    }

    private static @Nullable Integer lineNumber(String text) {
        try {
            double d = Double.parseDouble(text);
            return d == Math.rint(d) ? (int) d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

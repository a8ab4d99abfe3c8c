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
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * DLUHC council tax receipts live table, Table 5 (the CSV saved from it, or the workbook's
 * {@code Table_5} sheet): title and notes lines, then a heading row starting "E-code", then one row
 * per billing authority (and England and region totals, which are reported as not councils) with a
 * column per quarter ("April to June 2010 (Q1)") and per year ("Total receipts … - 2010 to 2011").
 */
final class CouncilTaxReceiptsFormat implements SourceFormat {

    private static final Pattern QUARTER = Pattern.compile(
            "(April to June|July to September|October to December|January to March) (\\d{4}) \\(Q([1-4])\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR =
            Pattern.compile("financial year\\s*-\\s*(\\d{4}) to (\\d{4})", Pattern.CASE_INSENSITIVE);

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            List<List<SourceRow>> tables = new ArrayList<>();
            XlsxSheets.read(in, new XlsxSheets.Visitor() {
                @Override
                public boolean wants(String sheetName) {
                    return sheetName.replace(' ', '_').equalsIgnoreCase("Table_5");
                }

                @Override
                public void sheet(String sheetName, List<SourceRow> rows) {
                    tables.add(rows);
                }
            });
            if (tables.isEmpty()) {
                session.error(
                        ImportProblem.file("This is not the council tax receipts workbook: it has no sheet ‘Table_5’"));
                return;
            }
            readTable(tables.getFirst(), session);
        } else {
            List<SourceRow> rows = new ArrayList<>();
            for (CsvRows.Row row : CsvRows.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(new SourceRow(null, row.line(), row.cells()));
            }
            readTable(rows, session);
        }
    }

    private static void readTable(List<SourceRow> rows, ImportSession session) {
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (rows.get(i).cell(0).equalsIgnoreCase("E-code")) {
                header = i;
            }
        }
        if (header < 0) {
            session.error(ImportProblem.file(
                    "This is not the council tax receipts table: no heading row starting ‘E-code’ was found"));
            return;
        }
        SourceRow headings = rows.get(header);
        Map<Integer, Period> columns = new HashMap<>();
        int ons = -1;
        int name = -1;
        for (int c = 0; c < headings.cells().size(); c++) {
            String h = headings.cell(c).replaceAll("\\s+", " ");
            Matcher quarter = QUARTER.matcher(h);
            Matcher year = YEAR.matcher(h);
            if (h.equalsIgnoreCase("ONS Code")) {
                ons = c;
            } else if (h.equalsIgnoreCase("Local authority")) {
                name = c;
            } else if (year.find()) {
                int start = Integer.parseInt(year.group(1));
                if (Integer.parseInt(year.group(2)) != start + 1) {
                    session.error(headings, "column ‘" + h + "’ names a year that is not a financial year");
                    return;
                }
                columns.put(c, new Period.FinancialYear(start));
            } else if (quarter.find()) {
                int calendarYear = Integer.parseInt(quarter.group(2));
                int q = Integer.parseInt(quarter.group(3));
                columns.put(c, new Period.Quarter(q == 4 ? calendarYear - 1 : calendarYear, q));
            }
        }
        if (ons < 0 || name < 0 || columns.isEmpty()) {
            session.error(headings, "the headings ONS Code, Local authority and the quarter columns were not found");
            return;
        }
        MetricCatalogue.Entry quarterly = session.metrics().get("council-tax-receipts-quarter");
        MetricCatalogue.Entry yearly = session.metrics().get("council-tax-receipts");
        for (int i = header + 1; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (row.cell(ons).isEmpty() && row.cell(0).isEmpty()) {
                continue;
            }
            Optional<AreaCodes.Area> area = session.officialArea(
                    row,
                    row.cell(ons),
                    row.cell(0),
                    row.cell(name),
                    row.cell(ons).startsWith("E92") || row.cell(ons).startsWith("E12")
                            ? "an England or region total, not a council"
                            : "not a council in the register");
            if (area.isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, Period> column : columns.entrySet()) {
                Period period = column.getValue();
                Optional<Double> value =
                        session.officialNumber(row, "receipts for " + period.label(), row.cell(column.getKey()));
                if (value.isPresent()) {
                    LocalDate published = PublicationRules.councilTaxReceipts(period, session.today());
                    session.value(
                            row,
                            period instanceof Period.Quarter ? quarterly : yearly,
                            area.get(),
                            period,
                            value.get(),
                            published);
                }
            }
        }
    }
}

package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * MHCLG borrowing: the year-end CSV ({@code as_at, lgf_ecode, ons_code, ..., total_borrowing_gbp_k})
 * or the official Borrowing and Investment live table workbook, every "LA Borrowing" sheet at the date
 * its title gives ("as at 31 March 2020"). From the workbook's 21 categories the store keeps what the
 * CSV keeps: short-term loans (with short-term loans from other local authorities), longer-term loans
 * (with PWLB and longer-term loans from other local authorities), PWLB, securities, loans from other
 * local authorities, and the total of short-term, longer-term and securities.
 */
final class BorrowingFormat implements SourceFormat {

    static final Map<String, String> CSV_COLUMNS = new LinkedHashMap<>();

    static {
        CSV_COLUMNS.put("total_borrowing_gbp_k", "borrowing-total");
        CSV_COLUMNS.put("short_term_gbp_k", "borrowing-short-term");
        CSV_COLUMNS.put("longer_term_gbp_k", "borrowing-longer-term");
        CSV_COLUMNS.put("pwlb_gbp_k", "borrowing-pwlb");
        CSV_COLUMNS.put("securities_gbp_k", "borrowing-securities");
        CSV_COLUMNS.put("la_to_la_gbp_k", "borrowing-from-local-authorities");
    }

    private static final Pattern AS_AT = Pattern.compile("as at (\\d{1,2} [A-Za-z]+ \\d{4})");
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern FINANCE_CODE = Pattern.compile("[A-Z]\\d{4}");

    private final boolean workbook;

    BorrowingFormat(boolean workbook) {
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
        List<String> missing = new ArrayList<>();
        for (String column : List.of("as_at", "lgf_ecode", "la_name")) {
            if (!at.containsKey(column)) {
                missing.add(column);
            }
        }
        CSV_COLUMNS.keySet().stream().filter(c -> !at.containsKey(c)).forEach(missing::add);
        if (!missing.isEmpty()) {
            session.error(
                    new SourceRow(null, rows.line(), header),
                    "this is not the borrowing CSV: it has no column " + String.join(", ", missing));
            return;
        }
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (row.blank()) {
                continue;
            }
            Optional<LocalDate> asAt = session.date(row, "as_at", row.cell(at.get("as_at")));
            if (asAt.isEmpty()) {
                continue;
            }
            Optional<AreaCodes.Area> area = area(
                    session,
                    row,
                    at.containsKey("ons_code") ? row.cell(at.get("ons_code")) : "",
                    row.cell(at.get("lgf_ecode")),
                    row.cell(at.get("la_name")),
                    at.containsKey("country") ? row.cell(at.get("country")) : "",
                    at.containsKey("class") ? row.cell(at.get("class")) : "");
            if (area.isEmpty()) {
                continue;
            }
            LocalDate published = PublicationRules.borrowing(asAt.get(), session.today());
            for (Map.Entry<String, String> column : CSV_COLUMNS.entrySet()) {
                Optional<Double> value =
                        session.officialNumber(row, column.getKey(), row.cell(at.get(column.getKey())));
                value.ifPresent(v -> session.value(
                        row,
                        session.metrics().get(column.getValue()),
                        area.get(),
                        new Period.Day(asAt.get()),
                        v,
                        published));
            }
        }
    }

    private void readWorkbook(InputStream in, ImportSession session) throws IOException {
        int[] sheets = {0};
        XlsxSheets.read(in, new XlsxSheets.Visitor() {
            @Override
            public boolean wants(String sheetName) {
                return sheetName.toLowerCase(Locale.ROOT).startsWith("la borrowing");
            }

            @Override
            public void sheet(String sheetName, List<SourceRow> rows) {
                sheets[0]++;
                readSheet(sheetName, rows, session);
            }
        });
        if (sheets[0] == 0) {
            session.error(
                    ImportProblem.file(
                            "This is not the borrowing and investment workbook: it has no sheet named like ‘LA Borrowing 19-20 Q4’"));
        }
    }

    private void readSheet(String sheetName, List<SourceRow> rows, ImportSession session) {
        LocalDate asAt = rows.isEmpty() ? null : asAt(rows.getFirst().cell(0));
        int header = -1;
        for (int i = 0; i < rows.size() - 1; i++) {
            if (rows.get(i).cell(0).equalsIgnoreCase("LGF code")
                    && FINANCE_CODE.matcher(rows.get(i + 1).cell(0)).matches()) {
                header = i;
            }
        }
        if (asAt == null || header < 0) {
            session.error(ImportProblem.file("Sheet ‘" + sheetName + "’ is not laid out as a borrowing table: "
                    + (asAt == null ? "its title gives no date ‘as at …’" : "no ‘LGF code’ heading above the rows")));
            return;
        }
        SourceRow headings = rows.get(header);
        List<Integer> shortTerm = new ArrayList<>();
        List<Integer> longerTerm = new ArrayList<>();
        List<Integer> securities = new ArrayList<>();
        int pwlb = -1;
        int shortFromAuthorities = -1;
        int longerFromAuthorities = -1;
        int name = 1;
        int country = -1;
        int authorityClass = -1;
        int ons = -1;
        for (int c = 0; c < headings.cells().size(); c++) {
            String h = headings.cell(c).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (h.startsWith("loans short term")) {
                shortTerm.add(c);
            } else if (h.startsWith("loans longer-term")) {
                longerTerm.add(c);
                if (h.contains("pwlb")) {
                    pwlb = c;
                }
            } else if (h.startsWith("securities")) {
                securities.add(c);
            } else if (h.startsWith("short term loans local authorities")) {
                shortFromAuthorities = c;
            } else if (h.startsWith("longer term loans local authorities")) {
                longerFromAuthorities = c;
            } else if (h.startsWith("local authority")) {
                name = c;
            } else if (h.equals("country")) {
                country = c;
            } else if (h.equals("class of authority")) {
                authorityClass = c;
            } else if (h.equals("ons code")) {
                ons = c;
            }
        }
        if (shortTerm.isEmpty()
                || longerTerm.isEmpty()
                || pwlb < 0
                || shortFromAuthorities < 0
                || longerFromAuthorities < 0) {
            session.error(
                    headings,
                    "the borrowing categories were not found (Loans short term …, Loans Longer-term"
                            + " - PWLB, Short Term Loans Local Authorities, Longer Term Loans Local Authorities)");
            return;
        }
        Period.Day period = new Period.Day(asAt);
        LocalDate published = PublicationRules.borrowing(asAt, session.today());
        for (int i = header + 1; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (!FINANCE_CODE.matcher(row.cell(0)).matches()) {
                continue;
            }
            Optional<AreaCodes.Area> area = area(
                    session,
                    row,
                    ons < 0 ? "" : row.cell(ons),
                    row.cell(0),
                    row.cell(name),
                    country < 0 ? "" : row.cell(country),
                    authorityClass < 0 ? "" : row.cell(authorityClass));
            if (area.isEmpty()) {
                continue;
            }
            Sum shortSum = sum(session, row, shortTerm);
            Sum longerSum = sum(session, row, longerTerm);
            Sum securitiesSum = sum(session, row, securities);
            Sum fromShort = sum(session, row, List.of(shortFromAuthorities));
            Sum fromLonger = sum(session, row, List.of(longerFromAuthorities));
            Sum pwlbSum = sum(session, row, List.of(pwlb));
            if (shortSum.failed
                    || longerSum.failed
                    || securitiesSum.failed
                    || fromShort.failed
                    || fromLonger.failed
                    || pwlbSum.failed) {
                continue;
            }
            Sum shortAll = shortSum.plus(fromShort);
            Sum longerAll = longerSum.plus(fromLonger);
            Sum total = shortAll.plus(longerAll).plus(securitiesSum);
            Map<String, Sum> measures = new LinkedHashMap<>();
            measures.put("borrowing-total", total);
            measures.put("borrowing-short-term", shortAll);
            measures.put("borrowing-longer-term", longerAll);
            measures.put("borrowing-pwlb", pwlbSum);
            measures.put("borrowing-securities", securitiesSum);
            measures.put("borrowing-from-local-authorities", fromShort.plus(fromLonger));
            measures.forEach((metric, sum) -> {
                if (sum.reported) {
                    session.value(row, session.metrics().get(metric), area.get(), period, sum.value + 0.0, published);
                }
            });
        }
    }

    /** A sum of categories; a blank category counts as nothing, but a sum of only blanks is no value. */
    private record Sum(double value, boolean reported, boolean failed) {
        Sum plus(Sum other) {
            return new Sum(value + other.value, reported || other.reported, failed || other.failed);
        }
    }

    private static Sum sum(ImportSession session, SourceRow row, List<Integer> columns) {
        double total = 0;
        boolean reported = false;
        for (int c : columns) {
            String text = row.cell(c);
            if (ImportSession.noValue(text)) {
                continue;
            }
            Optional<Double> value = session.officialNumber(row, "borrowing", text);
            if (value.isEmpty()) {
                return new Sum(0, false, true);
            }
            total += value.get();
            reported = true;
        }
        return new Sum(total, reported, false);
    }

    private static Optional<AreaCodes.Area> area(
            ImportSession session,
            SourceRow row,
            String ons,
            String financeCode,
            String name,
            String country,
            String authorityClass) {
        String reason;
        if (!country.isEmpty() && !country.equalsIgnoreCase("ENG")) {
            reason = "not in England";
        } else if (!financeCode.startsWith("E")) {
            reason = "not in England";
        } else if (!authorityClass.isEmpty()
                && !List.of("SD", "UNIT", "UA", "SC", "MD", "OLB", "ILB", "CITY", "LB")
                        .contains(authorityClass.toUpperCase(Locale.ROOT))) {
            reason = "not a principal council (class " + authorityClass + ")";
        } else {
            reason = "not a council in the register (a council abolished before 2009 has no GSS code)";
        }
        return session.officialArea(row, ons, financeCode, name, reason);
    }

    static @Nullable LocalDate asAt(String title) {
        Matcher m = AS_AT.matcher(title);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1), TITLE_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * The Office for Local Government's adult social care metrics: one row per council, year and measure
 * ({@code Financial year, Local authority code, ..., Code, Value}); the codes ASC1 to ASC7 are the
 * seven measures. The national median and ranking columns are the source's own comparisons and are
 * not stored.
 */
final class AdultSocialCareFormat implements SourceFormat {

    static final Map<String, String> MEASURES = Map.of(
            "ASC1", "asc-carer-quality-of-life",
            "ASC2", "asc-quality-of-life",
            "ASC3", "asc-ease-of-finding-information-users",
            "ASC4", "asc-ease-of-finding-information-carers",
            "ASC5", "asc-short-term-services-outcome",
            "ASC6", "asc-requests-resulting-in-service",
            "ASC7", "asc-workforce-turnover");

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = CsvHeader.read(rows, session);
        if (header == null) {
            return;
        }
        Map<String, Integer> at = CsvHeader.columns(header);
        List<String> required =
                List.of("financial year", "local authority code", "local authority name", "code", "value");
        List<String> missing = required.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            session.error(
                    new SourceRow(null, rows.line(), header),
                    "this is not the adult social care metrics CSV: it has no column " + String.join(", ", missing));
            return;
        }
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (row.blank()) {
                continue;
            }
            String code = row.cell(at.get("code")).toUpperCase(Locale.ROOT);
            String metricId = MEASURES.get(code);
            if (metricId == null) {
                session.error(
                        row,
                        "measure code ‘" + ImportSession.abbreviate(code) + "’ is not one of "
                                + String.join(
                                        ", ",
                                        MEASURES.keySet().stream().sorted().toList()));
                continue;
            }
            Period.FinancialYear year;
            try {
                year = (Period.FinancialYear)
                        Period.parse(PeriodType.FINANCIAL_YEAR, row.cell(at.get("financial year")));
            } catch (IllegalArgumentException e) {
                session.error(row, "financial year " + e.getMessage());
                continue;
            }
            Optional<AreaCodes.Area> area = session.officialArea(
                    row,
                    row.cell(at.get("local authority code")),
                    null,
                    row.cell(at.get("local authority name")),
                    "not a council in the register");
            Optional<Double> value = session.officialNumber(row, code + " value", row.cell(at.get("value")));
            if (area.isPresent() && value.isPresent()) {
                session.value(
                        row,
                        session.metrics().get(metricId),
                        area.get(),
                        year,
                        value.get(),
                        PublicationRules.adultSocialCare(year, session.today()));
            }
        }
    }
}

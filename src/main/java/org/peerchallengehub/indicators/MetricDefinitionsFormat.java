package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * Metric definitions: {@code id,title,description,unit,polarity,period_type,theme,source,licence}.
 * A new id adds a metric; an existing one updates its words. A metric's unit and period type never
 * change once defined (its values would change meaning), and derived metrics are defined by the Hub.
 */
final class MetricDefinitionsFormat implements SourceFormat {

    static final List<String> COLUMNS =
            List.of("id", "title", "description", "unit", "polarity", "period_type", "theme", "source", "licence");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = rows.next();
        if (header == null) {
            session.error(ImportProblem.file(
                    "The file is empty: its first line must name the columns " + String.join(",", COLUMNS)));
            return;
        }
        Map<String, Integer> at = CsvHeader.columns(header);
        List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            session.error(
                    new SourceRow(null, rows.line(), header),
                    "the header has no column " + String.join(", ", missing) + " (the columns are "
                            + String.join(",", COLUMNS) + ")");
            return;
        }
        Set<String> ids = new HashSet<>();
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (row.blank()) {
                continue;
            }
            String id = row.cell(at.get("id"));
            if (!ID.matcher(id).matches() || id.length() > 80) {
                session.error(
                        row,
                        "id ‘" + ImportSession.abbreviate(id)
                                + "’ must be lower-case letters and digits joined by hyphens, like council-tax-band-d");
                continue;
            }
            if (!ids.add(id)) {
                session.error(row, "defines " + id + " a second time");
                continue;
            }
            for (String column : List.of("title", "description", "source", "licence")) {
                if (row.cell(at.get(column)).isEmpty()) {
                    session.error(row, column + " is empty");
                }
            }
            Unit unit = parse(session, row, "unit", row.cell(at.get("unit")), Unit::parse);
            Polarity polarity = parse(session, row, "polarity", row.cell(at.get("polarity")), Polarity::parse);
            PeriodType periodType =
                    parse(session, row, "period_type", row.cell(at.get("period_type")), PeriodType::parseType);
            Theme theme = parse(session, row, "theme", row.cell(at.get("theme")), Theme::parse);
            if (unit == null || polarity == null || periodType == null || theme == null) {
                continue;
            }
            Optional<MetricCatalogue.Entry> existing = session.metrics().find(id);
            if (existing.isPresent()) {
                Metric old = existing.get().metric();
                if (old.derived()) {
                    session.error(row, id + " is a derived metric: the Hub defines it");
                    continue;
                }
                if (old.unit() != unit || old.periodType() != periodType) {
                    session.error(
                            row,
                            id + " is already measured in " + old.unit().label() + " by "
                                    + old.periodType().label() + "; a metric's unit and period type cannot change"
                                    + " (define a new metric instead)");
                    continue;
                }
            }
            session.definition(new Metric(
                    id,
                    row.cell(at.get("title")),
                    row.cell(at.get("description")),
                    unit,
                    polarity,
                    periodType,
                    theme,
                    row.cell(at.get("source")),
                    row.cell(at.get("licence")),
                    null));
        }
    }

    private static <T> @Nullable T parse(
            ImportSession session, SourceRow row, String column, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            session.error(row, column + " " + e.getMessage());
            return null;
        }
    }
}

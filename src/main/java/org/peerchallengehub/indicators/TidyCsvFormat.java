package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.indicators.MetricCatalogue.Entry;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * Our own tidy CSV: one value per row, columns {@code metric,area,period,value[,published]} in any
 * order. {@code area} is a GSS code in the register; {@code period} is written as the metric's
 * period type says; {@code published}, when absent or empty, is the date given with the import, or
 * else today. Strict: an unknown metric or council, a repeated row or an unexpected column is an
 * error.
 */
final class TidyCsvFormat implements SourceFormat {

    static final List<String> REQUIRED = List.of("metric", "area", "period", "value");
    static final String PUBLISHED = "published";

    private final LocalDate defaultPublished;

    TidyCsvFormat(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = rows.next();
        if (header == null || header.stream().allMatch(String::isBlank)) {
            session.error(ImportProblem.file("The file is empty: its first line must name the columns "
                    + String.join(",", REQUIRED) + " and optionally published"));
            return;
        }
        SourceRow headerRow = new SourceRow(null, rows.line(), header);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !name.equals(PUBLISHED)) {
                session.error(
                        headerRow,
                        "unexpected column ‘" + header.get(i).strip() + "’: the columns are "
                                + String.join(", ", REQUIRED) + " and optionally published");
            } else if (columns.putIfAbsent(name, i) != null) {
                session.error(headerRow, "the column ‘" + name + "’ appears twice");
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            session.error(
                    headerRow,
                    "the header has no column " + String.join(", ", missing)
                            + " (the first line must name the columns metric, area, period, value and optionally published)");
        }
        if (session.failed()) {
            return;
        }
        int metricAt = columns.get("metric");
        int areaAt = columns.get("area");
        int periodAt = columns.get("period");
        int valueAt = columns.get("value");
        int publishedAt = columns.getOrDefault(PUBLISHED, -1);

        Map<String, Optional<Entry>> metrics = new HashMap<>();
        Map<PeriodType, Map<String, Object>> periods = new EnumMap<>(PeriodType.class);
        Map<String, Object> publishedDates = new HashMap<>();
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (cells.size() == 1 && cells.getFirst().isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                session.error(
                        row, "has " + cells.size() + " values but the header names " + header.size() + " columns");
                continue;
            }
            String metricId = row.cell(metricAt);
            Optional<Entry> metric =
                    metrics.computeIfAbsent(metricId, id -> session.metrics().find(id));
            if (metric.isEmpty()) {
                session.error(
                        row,
                        metricId.isEmpty()
                                ? "metric is empty"
                                : "metric ‘" + ImportSession.abbreviate(metricId) + "’ is not in the metric catalogue");
                continue;
            }
            if (metric.get().metric().derived()) {
                session.error(row, "metric ‘" + metricId + "’ is derived: the Hub computes it from other metrics");
                continue;
            }
            var area = session.area(row, row.cell(areaAt));
            PeriodType type = metric.get().metric().periodType();
            Object period = periods.computeIfAbsent(type, t -> new HashMap<>())
                    .computeIfAbsent(row.cell(periodAt), text -> parse(type, text));
            if (period instanceof String problem) {
                session.error(row, "period " + problem + " (metric " + metricId + " is by " + type.label() + ")");
            }
            Optional<Double> value =
                    row.cell(valueAt).isEmpty() ? empty(session, row) : session.number(row, "value", row.cell(valueAt));
            LocalDate published = defaultPublished;
            if (publishedAt >= 0 && !row.cell(publishedAt).isEmpty()) {
                Object date = publishedDates.computeIfAbsent(row.cell(publishedAt), TidyCsvFormat::date);
                if (date instanceof String problem) {
                    session.error(row, "published " + problem);
                    continue;
                }
                published = (LocalDate) date;
            }
            if (area.isPresent() && period instanceof Period p && value.isPresent()) {
                session.value(row, metric.get(), area.get(), p, value.get(), published);
            }
        }
    }

    private static Optional<Double> empty(ImportSession session, SourceRow row) {
        session.error(row, "value is empty (leave out rows that have no value)");
        return Optional.empty();
    }

    private static Object parse(PeriodType type, String text) {
        try {
            return Period.parse(type, text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Object date(String text) {
        try {
            return Period.parse(PeriodType.DATE, text).end();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}

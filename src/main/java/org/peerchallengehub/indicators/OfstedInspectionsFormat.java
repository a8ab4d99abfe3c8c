package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.csv.CsvRows;

/**
 * Ofsted inspections of children's services, one row per inspection: GSS code, framework, inspection
 * start and end, publication date, overall effectiveness and four sub-judgements, report URL. Stored
 * as inspections (they are judgements, not numbers). The file was collected by a scraper that calls
 * itself a proof of concept: words it could not read ("data_unreadable"), judgements a framework does
 * not give ("inspection_pre_dates_judgement", "not_reported_post_reform") and blanks are kept as "no
 * judgement"; other words are errors.
 */
final class OfstedInspectionsFormat implements SourceFormat {

    static final List<String> JUDGEMENTS =
            List.of("overall_effectiveness", "impact_of_leaders", "help_and_protection", "in_care", "care_leavers");
    private static final Set<String> NO_JUDGEMENT = Set.of(
            "", "data_unreadable", "inspection_pre_dates_judgement", "not_reported_post_reform", "not judged", "n/a");

    @Override
    public void read(InputStream in, String fileName, ImportSession session) throws IOException {
        CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = CsvHeader.read(rows, session);
        if (header == null) {
            return;
        }
        Map<String, Integer> at = CsvHeader.columns(header);
        List<String> required = List.of(
                "gss_code",
                "la_name_ons",
                "inspection_framework",
                "inspection_start_date",
                "inspection_end_date",
                "publication_date",
                "report_url");
        List<String> missing = new java.util.ArrayList<>(
                required.stream().filter(c -> !at.containsKey(c)).toList());
        JUDGEMENTS.stream().filter(c -> !at.containsKey(c)).forEach(missing::add);
        if (!missing.isEmpty()) {
            session.error(
                    new SourceRow(null, rows.line(), header),
                    "this is not the Ofsted inspections CSV: it has no column " + String.join(", ", missing));
            return;
        }
        Map<String, Long> urls = new HashMap<>();
        List<String> cells;
        while ((cells = rows.next()) != null) {
            SourceRow row = new SourceRow(null, rows.line(), cells);
            if (row.blank()) {
                continue;
            }
            Optional<AreaCodes.Area> area = session.officialArea(
                    row,
                    row.cell(at.get("gss_code")),
                    null,
                    row.cell(at.get("la_name_ons")),
                    "not a council in the register");
            String url = row.cell(at.get("report_url"));
            if (url.isEmpty()) {
                session.error(row, "report_url is empty: each inspection is known by its report");
                continue;
            }
            Long earlier = urls.putIfAbsent(url, row.line());
            if (earlier != null) {
                session.error(row, "duplicate of line " + earlier + " (the same report " + url + ")");
                continue;
            }
            LocalDate start =
                    optionalDate(session, row, "inspection_start_date", row.cell(at.get("inspection_start_date")));
            LocalDate end = optionalDate(session, row, "inspection_end_date", row.cell(at.get("inspection_end_date")));
            if (row.cell(at.get("publication_date")).isEmpty()) {
                session.error(row, "publication_date is empty: an inspection counts from its publication");
                continue;
            }
            Optional<LocalDate> published = session.date(row, "publication_date", row.cell(at.get("publication_date")));
            if (start != null && end != null && end.isBefore(start)) {
                session.error(row, "inspection_end_date " + end + " is before inspection_start_date " + start);
                continue;
            }
            if (end != null && published.isPresent() && published.get().isBefore(end)) {
                session.error(
                        row, "publication_date " + published.get() + " is before the inspection ended (" + end + ")");
                continue;
            }
            Judgement[] judgements = new Judgement[JUDGEMENTS.size()];
            boolean readable = true;
            for (int j = 0; j < JUDGEMENTS.size(); j++) {
                String column = JUDGEMENTS.get(j);
                String words = row.cell(at.get(column));
                if (NO_JUDGEMENT.contains(words.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Judgement judgement = Judgement.fromWords(words);
                if (judgement == null && words.toLowerCase(Locale.ROOT).startsWith("to ")) {
                    // "to requires improvement": the scraper caught "declined/improved to …"
                    judgement = Judgement.fromWords(words.substring(3));
                    if (judgement != null) {
                        session.warn(row, column + " ‘" + words + "’ read as " + judgement.label());
                    }
                }
                if (judgement == null) {
                    session.error(
                            row,
                            column + " ‘" + ImportSession.abbreviate(words)
                                    + "’ is not an Ofsted judgement (outstanding, good, requires improvement, inadequate)");
                    readable = false;
                } else {
                    judgements[j] = judgement;
                }
            }
            if (area.isEmpty() || published.isEmpty() || !readable) {
                continue;
            }
            session.inspection(
                    row,
                    new ChildrensServicesInspection(
                            area.get().gss(),
                            ImportSession.blankToNull(row.cell(at.get("inspection_framework"))),
                            start,
                            end,
                            published.get(),
                            judgements[0],
                            judgements[1],
                            judgements[2],
                            judgements[3],
                            judgements[4],
                            url));
        }
    }

    private static @Nullable LocalDate optionalDate(ImportSession session, SourceRow row, String column, String text) {
        return text.isEmpty() ? null : session.date(row, column, text).orElse(null);
    }
}

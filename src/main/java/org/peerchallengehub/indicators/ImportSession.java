package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.indicators.AreaCodes.Area;
import org.peerchallengehub.indicators.MetricCatalogue.Entry;

/**
 * One file being imported: the rules every row goes through whatever its format (council known,
 * number a number, period of the metric's type, no two rows for the same metric, council, period and
 * publication date), the problems found with their lines, and the values that passed, streamed to
 * the staging table. Once a row has failed nothing more is staged, but every row is still checked so
 * that the person importing sees all the problems at once (the first {@value #LISTED} listed).
 */
final class ImportSession {

    static final int LISTED = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** How official tables write "no value": blank, ellipses, dashes, [x], [z], [c], n/a. */
    private static final Pattern NO_VALUE =
            Pattern.compile("|…|\\.\\.+|-|–|—|\\[[a-z]]|n/?a|N/?A|x|:|\\*", Pattern.CASE_INSENSITIVE);

    /** Rows of one authority the register does not hold, reported together. */
    record SkippedArea(String code, String name, String reason, String firstWhere, int rows) {}

    private final ImportFormat format;
    private final AreaCodes.Snapshot areas;
    private final MetricCatalogue.Snapshot metrics;
    private final @Nullable StagingCopy staging;
    private final LocalDate today;
    private final DuplicateKeys seen = new DuplicateKeys();

    private final List<ImportProblem> errors = new ArrayList<>();
    private int errorCount;
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int warningCount;
    private final Map<String, SkippedArea> skipped = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private int blanks;
    private int values;
    private final Set<Integer> metricsTouched = new HashSet<>();
    private final Set<String> areasTouched = new HashSet<>();
    private final List<ChildrensServicesInspection> inspections = new ArrayList<>();
    private final List<Metric> definitions = new ArrayList<>();

    ImportSession(
            ImportFormat format,
            AreaCodes.Snapshot areas,
            MetricCatalogue.Snapshot metrics,
            @Nullable StagingCopy staging,
            LocalDate today) {
        this.format = format;
        this.areas = areas;
        this.metrics = metrics;
        this.staging = staging;
        this.today = today;
    }

    ImportFormat format() {
        return format;
    }

    MetricCatalogue.Snapshot metrics() {
        return metrics;
    }

    LocalDate today() {
        return today;
    }

    // --- councils ---------------------------------------------------------------------------------

    /**
     * The council a row of an official file is about, by its GSS code or else its finance code. An
     * authority the register does not hold (a fire or police authority, a council abolished before
     * GSS codes, a region or England total) is reported as skipped, never silently dropped.
     */
    Optional<Area> officialArea(
            SourceRow row, @Nullable String gss, @Nullable String financeCode, String name, String whyNot) {
        Optional<AreaCodes.Resolved> byGss = areas.gss(gss);
        Optional<AreaCodes.Resolved> byFinance = areas.financeCode(financeCode);
        Optional<AreaCodes.Resolved> found = byGss.or(() -> byFinance);
        if (found.isEmpty()) {
            String code = blankToNull(gss) != null
                    ? gss.strip()
                    : blankToNull(financeCode) != null ? financeCode.strip() : "(no code)";
            skipped.merge(
                    code,
                    new SkippedArea(code, name.strip(), whyNot, row.where(), 1),
                    (a, b) -> new SkippedArea(a.code(), a.name(), a.reason(), a.firstWhere(), a.rows() + 1));
            return Optional.empty();
        }
        if (byGss.isEmpty() && blankToNull(gss) != null) {
            notes.add(gss.strip() + " (" + name.strip() + ") is not a GSS code in the register; its finance code "
                    + financeCode + " is " + found.get().area().name() + " ("
                    + found.get().area().gss()
                    + "), used instead (first at " + row.whereInSentence() + ")");
        } else if (byGss.isPresent()
                && byFinance.isPresent()
                && !byGss.get().area().equals(byFinance.get().area())) {
            warn(
                    row,
                    "GSS code " + gss + " is " + byGss.get().area().name() + " but finance code " + financeCode + " is "
                            + byFinance.get().area().name() + "; the GSS code was used");
        }
        if (found.get().note() != null) {
            notes.add(found.get().note());
        }
        return Optional.of(found.get().area());
    }

    /** The council a row of our own tidy format names: an unknown code is an error. */
    Optional<Area> area(SourceRow row, String code) {
        if (code.isBlank()) {
            error(row, "area is empty; give the council's GSS code, like E06000034");
            return Optional.empty();
        }
        Optional<AreaCodes.Resolved> found = areas.gss(code);
        if (found.isEmpty()) {
            error(row, "area ‘" + code + "’ is not a council in the register (give its GSS code, like E06000034)");
            return Optional.empty();
        }
        if (found.get().note() != null) {
            notes.add(found.get().note());
        }
        return Optional.of(found.get().area());
    }

    // --- cells ------------------------------------------------------------------------------------

    /**
     * A number as an official table writes it ("94,203", "-1.5", "…" for none). Empty when the cell
     * has no value (counted) or is not a number (an error).
     */
    Optional<Double> officialNumber(SourceRow row, String what, String text) {
        String t = text.strip();
        if (NO_VALUE.matcher(t).matches()) {
            blanks++;
            return Optional.empty();
        }
        return number(row, what, t.replace(",", "").replace("£", ""));
    }

    /** True for a cell an official table leaves without a value ("", "…", "[x]", "-"). */
    static boolean noValue(String text) {
        return NO_VALUE.matcher(text.strip()).matches();
    }

    /** A plain number ("12345.6", "-3", "1.2e6"); anything else is an error naming the line. */
    Optional<Double> number(SourceRow row, String what, String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            error(row, what + " ‘" + abbreviate(t) + "’ is not a number");
            return Optional.empty();
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            error(row, what + " ‘" + abbreviate(t) + "’ is too large");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A date written like 2018-11-30. */
    Optional<LocalDate> date(SourceRow row, String what, String text) {
        try {
            Period period = Period.parse(PeriodType.DATE, text);
            return Optional.of(period.end());
        } catch (IllegalArgumentException e) {
            error(row, what + " " + e.getMessage());
            return Optional.empty();
        }
    }

    void blank() {
        blanks++;
    }

    // --- values -----------------------------------------------------------------------------------

    /**
     * A value that passed its format's checks. Checks what holds for every format and stages it: the
     * council existed in the period, the publication date is a real one, and no other row of the file
     * has the same metric, council, period and publication date. In an official file an exact repeat
     * of an earlier row is a warning and counted once; in a tidy file, and with a different value in
     * any file, it is an error.
     */
    void value(SourceRow row, Entry metric, Area area, Period period, double value, LocalDate published) {
        Metric m = metric.metric();
        if (period.type() != m.periodType()) {
            throw new IllegalStateException(m.id() + " takes " + m.periodType() + " periods, not " + period);
        }
        if (area.endDate() != null && period.start().isAfter(area.endDate())) {
            error(
                    row,
                    area.name() + " was abolished on " + DAY.format(area.endDate()) + ", so it has no " + m.id()
                            + " for " + period.label() + " (values keep the code of their time)");
            return;
        }
        if (published.getYear() < Periods.FIRST_YEAR || published.isAfter(today)) {
            error(row, "published ‘" + published + "’ must be a date on or before today");
            return;
        }
        long key = DuplicateKeys.key(metric.num(), area.index(), period.end(), published);
        DuplicateKeys.Earlier earlier = seen.putIfAbsent(key, row.line(), value);
        if (earlier != null) {
            String same = m.id() + ", " + area.gss() + ", " + period.label() + ", published " + published;
            if (Double.compare(earlier.value(), value) != 0) {
                error(
                        row,
                        "gives " + value + " but line " + earlier.line() + " gave " + earlier.value()
                                + " for the same metric, area, period and publication date (" + same + ")");
            } else if (format.official()) {
                warn(row, "repeats line " + earlier.line() + " exactly (" + same + "); imported once");
            } else {
                error(row, "duplicate of line " + earlier.line() + " (" + same + ")");
            }
            return;
        }
        values++;
        if (errorCount == 0 && staging != null) {
            staging.add(area.gss(), metric.num(), period.end(), published, value);
            metricsTouched.add(metric.num());
            areasTouched.add(area.gss());
        }
    }

    void inspection(SourceRow row, ChildrensServicesInspection inspection) {
        if (inspection.published().isAfter(today)) {
            error(row, "publication date " + inspection.published() + " is in the future");
            return;
        }
        inspections.add(inspection);
        areasTouched.add(inspection.area());
    }

    void definition(Metric metric) {
        definitions.add(metric);
    }

    // --- problems ---------------------------------------------------------------------------------

    void error(SourceRow row, String message) {
        error(new ImportProblem(row.where(), message));
    }

    void error(ImportProblem problem) {
        errorCount++;
        if (errors.size() < LISTED) {
            errors.add(problem);
        }
        if (staging != null && errorCount == 1) {
            staging.cancel();
        }
    }

    void warn(SourceRow row, String message) {
        warningCount++;
        if (warnings.size() < LISTED) {
            warnings.add(new ImportProblem(row.where(), message));
        }
    }

    void note(String note) {
        notes.add(note);
    }

    boolean failed() {
        return errorCount > 0;
    }

    ImportRefused refusal() {
        return ImportRefused.rows(errors, errorCount);
    }

    // --- what passed ------------------------------------------------------------------------------

    int values() {
        return values;
    }

    int blanks() {
        return blanks;
    }

    List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    int warningCount() {
        return warningCount;
    }

    List<SkippedArea> skipped() {
        return List.copyOf(skipped.values());
    }

    int rowsSkipped() {
        return skipped.values().stream().mapToInt(SkippedArea::rows).sum();
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    Set<Integer> metricsTouched() {
        return metricsTouched;
    }

    Set<String> areasTouched() {
        return areasTouched;
    }

    List<ChildrensServicesInspection> inspections() {
        return inspections;
    }

    List<Metric> definitions() {
        return definitions;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

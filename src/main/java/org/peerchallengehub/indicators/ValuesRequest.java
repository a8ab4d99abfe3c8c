package org.peerchallengehub.indicators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.BadRequestException;

/**
 * A values API request as written in the query string, checked: the metrics, areas, periods and
 * comparisons asked for (comma-separated or repeated), and the date the figures are "as known on".
 * Every problem is a {@link BadRequestException} saying what to write instead.
 */
record ValuesRequest(
        List<String> metricIds,
        List<String> areaCodes,
        Periods periods,
        List<String> comparisons,
        @Nullable LocalDate asOf) {

    static final int MAX_METRICS = 50;
    static final int MAX_AREAS = 400;
    static final int MAX_LATEST = 25;
    static final int MAX_PERIODS = 50;
    static final int MAX_COMPARISONS = 3;

    private static final Pattern LATEST = Pattern.compile("latest(?::(\\d{1,6}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Which periods: the latest N with a value, or periods written out. */
    sealed interface Periods permits Latest, Listed {}

    /** The {@code count} most recent periods for which any of the areas has a value. */
    record Latest(int count) implements Periods {}

    /** Periods as written ({@code 2017-18}, {@code 2019-20 Q4}, {@code 2019}, {@code 2018-03-31}). */
    record Listed(List<String> labels) implements Periods {}

    static ValuesRequest parse(
            @Nullable List<String> metric,
            @Nullable List<String> area,
            @Nullable List<String> period,
            @Nullable List<String> comparison,
            @Nullable String asOf) {
        List<String> metrics = split(metric);
        if (metrics.isEmpty()) {
            throw new BadRequestException(
                    "metric is required: one or more metric ids, e.g. metric=net-revenue-expenditure (see /api/v1/metrics)");
        }
        if (metrics.size() > MAX_METRICS) {
            throw new BadRequestException(
                    "At most " + MAX_METRICS + " metrics at once; this request has " + metrics.size());
        }
        List<String> areas = split(area).stream()
                .map(a -> a.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        if (areas.isEmpty()) {
            throw new BadRequestException("area is required: one or more GSS codes, e.g. area=E06000034");
        }
        if (areas.size() > MAX_AREAS) {
            throw new BadRequestException("At most " + MAX_AREAS + " areas at once; this request has " + areas.size());
        }
        List<String> malformed =
                areas.stream().filter(a -> !a.matches("E\\d{8}")).toList();
        if (!malformed.isEmpty()) {
            throw new BadRequestException("An area is an English council's GSS code, a capital E and eight digits "
                    + "(e.g. E06000034); not " + quoted(malformed));
        }
        List<String> comparisons = split(comparison).stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (comparisons.size() > MAX_COMPARISONS) {
            throw new BadRequestException("At most " + MAX_COMPARISONS + " comparisons at once");
        }
        return new ValuesRequest(metrics, areas, periods(split(period)), comparisons, date(asOf));
    }

    private static Periods periods(List<String> written) {
        if (written.isEmpty()) {
            return new Latest(1);
        }
        Matcher latest = LATEST.matcher(written.getFirst());
        if (latest.matches()) {
            if (written.size() > 1) {
                throw new BadRequestException(
                        "period is either latest, latest:N or a list of periods, not both; e.g. period=latest:5");
            }
            int count = latest.group(1) == null ? 1 : Integer.parseInt(latest.group(1));
            if (count < 1 || count > MAX_LATEST) {
                throw new BadRequestException("latest:N needs N from 1 to " + MAX_LATEST + "; not " + count);
            }
            return new Latest(count);
        }
        for (String w : written) {
            if (LATEST.matcher(w).matches()) {
                throw new BadRequestException(
                        "period is either latest, latest:N or a list of periods, not both; e.g. period=latest:5");
            }
        }
        if (written.size() > MAX_PERIODS) {
            throw new BadRequestException(
                    "At most " + MAX_PERIODS + " periods at once; this request has " + written.size());
        }
        return new Listed(written);
    }

    private static @Nullable LocalDate date(@Nullable String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        String t = asOf.strip();
        if (DATE.matcher(t).matches()) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw new BadRequestException(
                "asOf must be a real date written YYYY-MM-DD, e.g. asOf=2020-06-30; not ‘" + abbreviate(t) + "’");
    }

    /** Values from repeated parameters, each possibly comma-separated; blanks dropped, order kept. */
    static List<String> split(@Nullable List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String p = part.strip();
                    if (!p.isEmpty()) {
                        out.add(p);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    static String quoted(List<String> values) {
        List<String> shown =
                values.stream().limit(10).map(v -> "‘" + abbreviate(v) + "’").toList();
        return String.join(", ", shown) + (values.size() > 10 ? " and " + (values.size() - 10) + " more" : "");
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}

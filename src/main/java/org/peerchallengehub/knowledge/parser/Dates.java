package org.peerchallengehub.knowledge.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Dates as reports write them: "22-25 February 2016", "29 February – 3 March 2016", "December 2011". */
final class Dates {

    private Dates() {}

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern RANGE = Pattern.compile("(?i)\\b" + DAY + "(?:\\s+(" + MONTH + ")(?:,?\\s+(\\d{4}))?)?"
            + "\\s*(?:-|–|—|to|until|and)\\s*(?:the\\s+)?" + DAY + "\\s+(" + MONTH + "),?\\s+(\\d{4})\\b");
    /** "5, 6, 7 and 8 July 2022": the first and last day of a list of days. */
    private static final Pattern LIST =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)+)"
                    + "\\s*,?\\s*(?:and|&)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})\\b");
    /** One day after "on": "took place on 9 May 2023", "on Tuesday 9th May 2023". */
    private static final Pattern SINGLE =
            Pattern.compile("(?i)\\bon\\s+(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + MONTH + "),?\\s+(\\d{4})\\b");

    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(" + MONTH + ")\\s+(\\d{4})\\b");

    /** First and last day of a range, when the text holds one no longer than a fortnight. */
    record Range(LocalDate start, LocalDate end) {}

    /** A range or a single day found in a text, and where. */
    record Found(Range range, int start, int end, boolean single) {}

    /**
     * Every range in the text, in order: "22-25 February 2016", "29 February – 3 March 2016", "5, 6, 7
     * and 8 July 2022"; with {@code singles}, also one day written after "on".
     */
    static java.util.List<Found> all(String text, boolean singles) {
        java.util.List<Found> found = new java.util.ArrayList<>();
        Matcher list = LIST.matcher(text);
        while (list.find()) {
            try {
                int year = Integer.parseInt(list.group(5));
                int month = month(list.group(4));
                LocalDate start = LocalDate.of(year, month, Integer.parseInt(list.group(1)));
                LocalDate end = LocalDate.of(year, month, Integer.parseInt(list.group(3)));
                long days = ChronoUnit.DAYS.between(start, end);
                if (days >= 0 && days <= 14) {
                    found.add(new Found(new Range(start, end), list.start(), list.end(), false));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all
            }
        }
        int from = 0;
        while (from < text.length()) {
            Optional<Found> r = firstRangeFound(text, from);
            if (r.isEmpty()) {
                break;
            }
            Found f = r.get();
            if (found.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
                found.add(f);
            }
            from = f.end();
        }
        if (singles) {
            Matcher s = SINGLE.matcher(text);
            while (s.find()) {
                int at = s.start();
                int stop = s.end();
                if (found.stream().anyMatch(o -> o.start() < stop && at < o.end())) {
                    continue;
                }
                try {
                    LocalDate day =
                            LocalDate.of(Integer.parseInt(s.group(3)), month(s.group(2)), Integer.parseInt(s.group(1)));
                    found.add(new Found(new Range(day, day), at, stop, true));
                } catch (DateTimeException | NumberFormatException e) {
                    // not a date after all
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    static Optional<Range> firstRange(String text) {
        return all(text, false).stream().map(Found::range).findFirst();
    }

    private static Optional<Found> firstRangeFound(String text, int from) {
        Matcher m = RANGE.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            try {
                int endYear = Integer.parseInt(m.group(6));
                int endMonth = month(m.group(5));
                LocalDate end = LocalDate.of(endYear, endMonth, Integer.parseInt(m.group(4)));
                int startMonth = m.group(2) == null ? endMonth : month(m.group(2));
                int startYear = m.group(3) == null
                        ? (startMonth > endMonth ? endYear - 1 : endYear)
                        : Integer.parseInt(m.group(3));
                LocalDate start = LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(1)));
                long days = ChronoUnit.DAYS.between(start, end);
                if (days >= 0 && days <= 14) {
                    return Optional.of(new Found(new Range(start, end), m.start(), m.end(), false));
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a date after all: look further
            }
        }
        return Optional.empty();
    }

    /** Every "Month Year" in the text, in order. */
    static java.util.List<YearMonth> monthYears(String text) {
        java.util.List<YearMonth> found = new java.util.ArrayList<>();
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            found.add(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))));
        }
        return found;
    }

    static @Nullable YearMonth monthYear(String month, String year) {
        try {
            return YearMonth.of(Integer.parseInt(year), month(month));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }
}

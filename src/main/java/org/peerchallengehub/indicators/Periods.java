package org.peerchallengehub.indicators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and building {@link Period}s. */
final class Periods {

    private Periods() {}

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2}) ?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The earliest and latest years the store accepts, to catch typing slips such as 2107-18. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    /**
     * Reads a period of the given type as written in a file.
     *
     * @throws IllegalArgumentException with a message that says how to write the period
     */
    static Period parse(PeriodType type, String text) {
        String t = text.strip();
        String expected = "‘" + t + "’ is not a " + type.label() + ": write it like " + type.example();
        switch (type) {
            case FINANCIAL_YEAR -> {
                Matcher m = FINANCIAL_YEAR.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException(expected);
                }
                int start = Integer.parseInt(m.group(1));
                if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
                    throw new IllegalArgumentException(expected + " (the second year follows the first: " + start + "-"
                            + String.format("%02d", (start + 1) % 100) + ")");
                }
                return new Period.FinancialYear(inRange(start, t));
            }
            case QUARTER -> {
                Matcher m = QUARTER.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException(expected);
                }
                int start = Integer.parseInt(m.group(1));
                if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
                    throw new IllegalArgumentException(expected + " (the second year follows the first)");
                }
                return new Period.Quarter(inRange(start, t), Integer.parseInt(m.group(3)));
            }
            case YEAR -> {
                if (!YEAR.matcher(t).matches()) {
                    throw new IllegalArgumentException(expected);
                }
                return new Period.Year(inRange(Integer.parseInt(t), t));
            }
            case DATE -> {
                if (!DATE.matcher(t).matches()) {
                    throw new IllegalArgumentException(expected);
                }
                try {
                    LocalDate date = LocalDate.parse(t);
                    inRange(date.getYear(), t);
                    return new Period.Day(date);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(
                            "‘" + t + "’ is not a real date: write it like " + type.example());
                }
            }
        }
        throw new IllegalStateException(type.name());
    }

    /** The period of this type that ends on {@code end} (how the store keeps periods). */
    static Period ending(PeriodType type, LocalDate end) {
        return switch (type) {
            case FINANCIAL_YEAR -> Period.FinancialYear.containing(end);
            case QUARTER -> {
                Period.FinancialYear year = Period.FinancialYear.containing(end);
                int months = (end.getYear() - year.startYear()) * 12 + end.getMonthValue() - 4;
                yield new Period.Quarter(year.startYear(), months / 3 + 1);
            }
            case YEAR -> new Period.Year(end.getYear());
            case DATE -> new Period.Day(end);
        };
    }

    private static int inRange(int year, String text) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "‘" + text + "’ is outside the years the Hub keeps (" + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        return year;
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the year " + year + " is outside the years the Hub keeps (" + FIRST_YEAR
                    + " to " + LAST_YEAR + ")");
        }
    }
}

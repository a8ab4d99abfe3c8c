package org.peerchallengehub.indicators;

import java.time.LocalDate;
import java.time.Month;

/**
 * The period a value is for: a financial year ({@code 2017-18}), a quarter of a financial year
 * ({@code 2019-20 Q4}), a calendar year ({@code 2019}) or a date ({@code 2018-03-31}, for levels such
 * as reserves). A period is identified within its type by its last day.
 */
sealed interface Period extends Comparable<Period>
        permits Period.FinancialYear, Period.Quarter, Period.Year, Period.Day {

    PeriodType type();

    LocalDate start();

    LocalDate end();

    /** As written in files: {@code 2017-18}, {@code 2019-20 Q4}, {@code 2019}, {@code 2018-03-31}. */
    String label();

    /** As people read it: {@code 2017-18}, {@code 2019-20 Q4}, {@code 2019}, {@code 31 March 2018}. */
    default String displayName() {
        return this instanceof Day day
                ? day.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                : label();
    }

    @Override
    default int compareTo(Period other) {
        int byEnd = end().compareTo(other.end());
        return byEnd != 0 ? byEnd : type().compareTo(other.type());
    }

    /** 1 April {@code startYear} to 31 March the year after. */
    record FinancialYear(int startYear) implements Period {
        public FinancialYear {
            Periods.checkYear(startYear);
        }

        /** The financial year a date falls in. */
        public static FinancialYear containing(LocalDate date) {
            return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
        }

        @Override
        public PeriodType type() {
            return PeriodType.FINANCIAL_YEAR;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(startYear, Month.APRIL, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(startYear + 1, Month.MARCH, 31);
        }

        @Override
        public String label() {
            return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        }

        public FinancialYear minusYears(int years) {
            return new FinancialYear(startYear - years);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Quarter 1 to 4 of a financial year: Q1 is April to June, Q4 January to March. */
    record Quarter(int startYear, int quarter) implements Period {
        public Quarter {
            Periods.checkYear(startYear);
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("a quarter is Q1, Q2, Q3 or Q4");
            }
        }

        @Override
        public PeriodType type() {
            return PeriodType.QUARTER;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(startYear, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
        }

        @Override
        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        public FinancialYear year() {
            return new FinancialYear(startYear);
        }

        @Override
        public String label() {
            return year().label() + " Q" + quarter;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** A calendar year. */
    record Year(int year) implements Period {
        public Year {
            Periods.checkYear(year);
        }

        @Override
        public PeriodType type() {
            return PeriodType.YEAR;
        }

        @Override
        public LocalDate start() {
            return LocalDate.of(year, Month.JANUARY, 1);
        }

        @Override
        public LocalDate end() {
            return LocalDate.of(year, Month.DECEMBER, 31);
        }

        @Override
        public String label() {
            return Integer.toString(year);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** A single day: the date a level (reserves, borrowing outstanding) was measured at. */
    record Day(LocalDate date) implements Period {
        public Day {
            Periods.checkYear(date.getYear());
        }

        @Override
        public PeriodType type() {
            return PeriodType.DATE;
        }

        @Override
        public LocalDate start() {
            return date;
        }

        @Override
        public LocalDate end() {
            return date;
        }

        @Override
        public String label() {
            return date.toString();
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /**
     * Reads a period of the given type as written in a file.
     *
     * @throws IllegalArgumentException with a message that says how to write the period
     */
    static Period parse(PeriodType type, String text) {
        return Periods.parse(type, text);
    }

    /** The period of this type that ends on {@code end} (how the store keeps periods). */
    static Period ending(PeriodType type, LocalDate end) {
        return Periods.ending(type, end);
    }
}

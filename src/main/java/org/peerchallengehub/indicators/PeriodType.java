package org.peerchallengehub.indicators;

import java.util.Locale;

/** How a metric's periods are counted. Every value of a metric has a period of the metric's type. */
enum PeriodType {
    /** 1 April to 31 March, written {@code 2017-18}. */
    FINANCIAL_YEAR("financial year", "2017-18"),
    /** A quarter of a financial year (Q1 is April to June), written {@code 2019-20 Q4}. */
    QUARTER("quarter of a financial year", "2019-20 Q4"),
    /** A calendar year, written {@code 2019}. */
    YEAR("calendar year", "2019"),
    /** A level at a date (reserves, borrowing outstanding), written {@code 2018-03-31}. */
    DATE("date", "2018-03-31");

    private final String label;
    private final String example;

    PeriodType(String label, String example) {
        this.label = label;
        this.example = example;
    }

    public String label() {
        return label;
    }

    /** How a period of this type is written, e.g. {@code 2019-20 Q4}. */
    public String example() {
        return example;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a period of this type as written in a file.
     *
     * @throws IllegalArgumentException with a message saying how to write it
     */
    public Period parse(String text) {
        return Period.parse(this, text);
    }

    static PeriodType parseType(String text) {
        return Slugs.parse(PeriodType.class, text, values(), PeriodType::slug, PeriodType::label);
    }
}

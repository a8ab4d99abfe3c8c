package org.peerchallengehub.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** What a metric's numbers count. */
enum Unit {
    /** Pounds, in thousands, as the finance returns publish them. */
    GBP_THOUSAND("£ thousand"),
    PERCENT("%"),
    COUNT("count"),
    /** One quantity divided by another (e.g. borrowing as a multiple of spending). */
    RATIO("ratio"),
    /** A survey or index score on the source's own scale. */
    SCORE("score"),
    /** A rate per 100,000 (people or adults, as the source defines it). */
    PER_100K("per 100,000");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The unit of a value as {@link #format} writes it: sums of money are written in pounds ("£61.6 million"),
     * not in the thousands the returns count, so they are labelled pounds.
     */
    public String formattedLabel() {
        return this == GBP_THOUSAND ? "pounds (£)" : label;
    }

    /** The name used in files and URLs, e.g. {@code gbp-thousand}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A value as people read it: "£1.41 billion", "£107.3 million", "£950,000", "12.3%", "2.45", "1,234". */
    public String format(double value) {
        return switch (this) {
            case GBP_THOUSAND -> {
                double pounds = value * 1000;
                if (Math.abs(pounds) >= 1_000_000_000) {
                    yield (pounds < 0 ? "−£" : "£") + decimals(Math.abs(pounds) / 1_000_000_000, 2) + " billion";
                }
                if (Math.abs(pounds) >= 1_000_000) {
                    yield (pounds < 0 ? "−£" : "£") + decimals(Math.abs(pounds) / 1_000_000, 1) + " million";
                }
                yield (pounds < 0 ? "−£" : "£") + decimals(Math.abs(pounds), 0);
            }
            case PERCENT -> decimals(value, 1) + "%";
            case COUNT -> decimals(value, 0);
            case RATIO -> decimals(value, 2);
            case SCORE, PER_100K -> decimals(value, Math.abs(value) >= 100 ? 0 : 1);
        };
    }

    /**
     * The value rounded half up to the places, thousands grouped with commas, as UK English writes it
     * ("-1,234.50"). Written out rather than through a {@link java.text.NumberFormat}: a profile page formats
     * two thousand numbers, and a number format is costly to make and not safe to share between threads.
     */
    static String decimals(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, whole, digits.length()).toString();
    }

    static Unit parse(String text) {
        return Slugs.parse(Unit.class, text, values(), Unit::slug, Unit::label);
    }
}

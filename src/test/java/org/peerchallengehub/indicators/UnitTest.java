package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values are shown as people read them. */
class UnitTest {

    @Test
    void pounds_in_thousands_read_as_pounds() {
        assertThat(Unit.GBP_THOUSAND.format(107284)).isEqualTo("£107.3 million");
        assertThat(Unit.GBP_THOUSAND.format(1413489)).isEqualTo("£1.41 billion");
        assertThat(Unit.GBP_THOUSAND.format(950)).isEqualTo("£950,000");
        assertThat(Unit.GBP_THOUSAND.format(-14660)).isEqualTo("−£14.7 million");
        assertThat(Unit.GBP_THOUSAND.format(0)).isEqualTo("£0");
    }

    @Test
    void percentages_ratios_counts_and_scores() {
        assertThat(Unit.PERCENT.format(57.49505984)).isEqualTo("57.5%");
        assertThat(Unit.RATIO.format(7.3905615)).isEqualTo("7.39");
        assertThat(Unit.COUNT.format(1234567)).isEqualTo("1,234,567");
        assertThat(Unit.SCORE.format(7.6)).isEqualTo("7.6");
        assertThat(Unit.PER_100K.format(18231.9)).isEqualTo("18,232");
    }

    @Test
    void numbers_are_written_as_the_uk_number_format_writes_them() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            double value =
                    switch (i % 4) {
                        case 0 -> random.nextGaussian() * 1e9;
                        case 1 -> random.nextGaussian() * 1000;
                        case 2 -> Math.round(random.nextGaussian() * 1e6) / 100.0 + 0.005; // halves at the second place
                        default -> random.nextInt(2_000_001) - 1_000_000;
                    };
            for (int places = 0; places <= 2; places++) {
                java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.UK);
                format.setMinimumFractionDigits(places);
                format.setMaximumFractionDigits(places);
                String expected = format.format(
                        java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP));
                assertThat(Unit.decimals(value, places))
                        .as("%s to %d places", value, places)
                        .isEqualTo(expected);
            }
        }
        assertThat(Unit.decimals(-0.04, 1)).isEqualTo("0.0");
        assertThat(Unit.decimals(999.5, 0)).isEqualTo("1,000");
        assertThat(Unit.decimals(-1234567.891, 2)).isEqualTo("-1,234,567.89");
    }
}

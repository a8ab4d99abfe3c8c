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
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The real data shipped with the application is loaded at start-up, in the background. */
@HubIntegrationTest
class StartingDatasetTest {

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    Indicators indicators;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    @Test
    void a_newcomer_sees_real_councils_with_real_figures() {
        assertThat(indicators.value("net-revenue-expenditure", "E06000034", fy(2017), null))
                .get()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualTo(107284.0);
                    assertThat(v.published()).isEqualTo(LocalDate.of(2018, 11, 30));
                });
        assertThat(indicators.value("borrowing-total", "E06000034", day(2020, 3, 31), null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(1413489.0);
        assertThat(indicators.value("usable-reserves", "E06000034", day(2018, 3, 31), null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(11406.0);
        assertThat(indicators.value("borrowing-to-nre", "E06000034", fy(2017), null))
                .get()
                .extracting(MetricValue::value)
                .satisfies(v -> assertThat(v).isCloseTo(792889.0 / 107284.0, within(1e-9)));
        assertThat(indicators.inspections("E06000034", null)).isNotEmpty();
    }

    @Test
    void loading_again_changes_nothing() {
        assertThat(startingDataset.load()).isZero();
    }

    static Period fy(int startYear) {
        return new Period.FinancialYear(startYear);
    }

    static Period day(int y, int m, int d) {
        return new Period.Day(LocalDate.of(y, m, d));
    }
}

package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Northamptonshire County Council and its seven districts were replaced by North and West
 * Northamptonshire on 1 April 2021. Their values keep their own codes; a successor's history shows
 * its predecessors' series as theirs, never summed or split.
 */
@HubIntegrationTest
class HistoryAcrossReorganisationTest {

    static final String NORTHAMPTONSHIRE = "E10000021";
    static final String NORTH_NORTHAMPTONSHIRE = "E06000061";
    static final String CORBY = "E07000150";

    @Autowired
    Indicators indicators;

    @Autowired
    StartingDataset startingDataset;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    @Test
    void values_keep_the_code_of_their_time() {
        assertThat(indicators.series("net-revenue-expenditure", NORTHAMPTONSHIRE, null))
                .extracting(v -> v.period().label())
                .containsExactly("2015-16", "2016-17", "2017-18");
        assertThat(indicators.value("net-revenue-expenditure", NORTHAMPTONSHIRE, new Period.FinancialYear(2017), null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(421883.8066307113);
        // the section 114 year: no unallocated reserves left at 31 March 2018
        assertThat(indicators.value(
                        "unallocated-reserves",
                        NORTHAMPTONSHIRE,
                        new Period.Day(java.time.LocalDate.of(2018, 3, 31)),
                        null))
                .get()
                .extracting(MetricValue::value)
                .isEqualTo(0.0);
        assertThat(indicators.series("net-revenue-expenditure", NORTH_NORTHAMPTONSHIRE, null))
                .isEmpty();
    }

    @Test
    void a_successors_history_shows_each_predecessor_as_itself() {
        List<CouncilSeries> history = indicators.history("net-revenue-expenditure", NORTH_NORTHAMPTONSHIRE, null);
        assertThat(history.getFirst().council().gss()).isEqualTo(NORTH_NORTHAMPTONSHIRE);
        assertThat(history.getFirst().predecessor()).isFalse();
        assertThat(history.getFirst().values()).isEmpty();
        assertThat(history.subList(1, history.size()))
                .allSatisfy(s -> assertThat(s.predecessor()).isTrue())
                .extracting(s -> s.council().gss())
                .contains(NORTHAMPTONSHIRE, CORBY)
                .doesNotHaveDuplicates();
        CouncilSeries county = history.stream()
                .filter(s -> s.council().gss().equals(NORTHAMPTONSHIRE))
                .findFirst()
                .orElseThrow();
        assertThat(county.council().name()).isEqualTo("Northamptonshire County Council");
        assertThat(county.values())
                .allSatisfy(v -> assertThat(v.area()).isEqualTo(NORTHAMPTONSHIRE))
                .extracting(MetricValue::value)
                .containsExactlyElementsOf(indicators.series("net-revenue-expenditure", NORTHAMPTONSHIRE, null).stream()
                        .map(MetricValue::value)
                        .toList());
        CouncilSeries corby = history.stream()
                .filter(s -> s.council().gss().equals(CORBY))
                .findFirst()
                .orElseThrow();
        assertThat(corby.values())
                .allSatisfy(v -> assertThat(v.area()).isEqualTo(CORBY))
                .hasSize(3);
    }
}

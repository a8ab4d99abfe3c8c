package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue (data) and the code agree: every formula has its code, every format its metrics. */
@HubIntegrationTest
class CatalogueTest {

    @Autowired
    Indicators indicators;

    @Test
    void every_derived_metric_has_a_formula_in_the_catalogue_and_code_that_computes_it() {
        Set<String> withFormula = indicators.metrics().stream()
                .filter(Metric::derived)
                .map(Metric::id)
                .collect(Collectors.toSet());
        Set<String> computed = DerivedMetrics.ALL.stream()
                .map(DerivedMetrics.Derivation::metricId)
                .collect(Collectors.toSet());
        assertThat(computed).isEqualTo(withFormula);
        DerivedMetrics.ALL.forEach(d -> {
            assertThat(indicators.metric(d.metricId()).orElseThrow().periodType())
                    .isEqualTo(d.periodType());
            assertThat(indicators
                            .metric(d.inputs().getFirst().metricId())
                            .orElseThrow()
                            .periodType())
                    .as("%s is driven by an input of its own period type", d.metricId())
                    .isEqualTo(d.periodType());
            d.inputs().forEach(i -> assertThat(indicators.metric(i.metricId())).isPresent());
        });
    }

    @Test
    void every_metric_the_official_formats_fill_is_in_the_catalogue() {
        Set<String> used = new java.util.HashSet<>();
        RevenueOutturnFormat.CSV_COLUMNS.values().forEach(m -> used.add(m.metricId()));
        RevenueOutturnFormat.LINES.values().forEach(m -> used.add(m.metricId()));
        used.addAll(RevenueOutturnFormat.RESERVE_LINES.values());
        used.addAll(BorrowingFormat.CSV_COLUMNS.values());
        used.addAll(AdultSocialCareFormat.MEASURES.values());
        used.add("council-tax-receipts");
        used.add("council-tax-receipts-quarter");
        assertThat(used)
                .allSatisfy(id -> assertThat(indicators.metric(id)).as(id).isPresent());
        assertThat(indicators.metrics()).allSatisfy(m -> {
            assertThat(m.source()).isNotBlank();
            assertThat(m.licence()).isNotBlank();
        });
    }
}

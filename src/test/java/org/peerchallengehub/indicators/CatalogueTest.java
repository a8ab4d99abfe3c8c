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

    @Autowired
    MetricCatalogue catalogue;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

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

    @Test
    void the_catalogue_kept_in_memory_follows_every_committed_change_and_never_a_rolled_back_one()
            throws InterruptedException {
        // read once while nothing changes (the starting dataset may still be loading: wait for a quiet moment)
        for (int attempt = 0; ; attempt++) {
            long before = version();
            MetricCatalogue.Snapshot first = catalogue.snapshot();
            MetricCatalogue.Snapshot second = catalogue.snapshot();
            if (version() == before) {
                assertThat(second).isSameAs(first);
                break;
            }
            assertThat(attempt).as("a quiet moment to compare two reads").isLessThan(100);
            Thread.sleep(100);
        }

        String id = "catalogue-test-" + System.nanoTime();
        Metric metric = new Metric(
                id,
                "Catalogue test",
                "A metric of the test",
                Unit.COUNT,
                Polarity.NEITHER,
                PeriodType.FINANCIAL_YEAR,
                Theme.CONTEXT,
                "Test",
                "None",
                null);
        // defined in a transaction that is rolled back: seen inside it, never after
        org.springframework.transaction.support.TransactionTemplate tx =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            catalogue.define(metric);
            assertThat(catalogue.snapshot().find(id)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(catalogue.snapshot().find(id)).isEmpty();

        // another node's change (a plain statement, not through this bean) is seen at once
        jdbc.sql(
                        """
                        insert into metric (id, title, description, unit, polarity, period_type, theme, source, licence)
                        values (:id, 'Catalogue test', 'A metric of the test', 'COUNT', 'NEITHER', 'FINANCIAL_YEAR',
                                'CONTEXT', 'Test', 'None')
                        """)
                .param("id", id)
                .update();
        assertThat(catalogue.snapshot().find(id)).isPresent();
        jdbc.sql("update metric set title = 'Renamed' where id = :id")
                .param("id", id)
                .update();
        assertThat(catalogue.snapshot().get(id).metric().title()).isEqualTo("Renamed");
        jdbc.sql("delete from metric where id = :id").param("id", id).update();
        assertThat(catalogue.snapshot().find(id)).isEmpty();
    }

    long version() {
        return jdbc.sql("select version from metric_store_version")
                .query(Long.class)
                .single();
    }
}

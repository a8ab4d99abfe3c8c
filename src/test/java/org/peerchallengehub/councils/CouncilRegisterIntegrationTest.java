package org.peerchallengehub.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The register as loaded into PostgreSQL from the shipped data file. */
@HubIntegrationTest
class CouncilRegisterIntegrationTest {

    @Autowired
    CouncilRegister register;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void the_whole_register_kept_in_memory_follows_every_committed_change_and_never_a_rolled_back_one() {
        var all = register.all();
        assertThat(all).isEqualTo(register.search(CouncilQuery.everything()));
        assertThat(register.all()).as("kept while the register is unchanged").isSameAs(all);

        // changed in a transaction that is rolled back: seen inside it, never after
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update council set short_name = 'Renamed in a transaction' where gss_code = 'E06000034'")
                    .update();
            assertThat(shortName("E06000034")).isEqualTo("Renamed in a transaction");
            status.setRollbackOnly();
        });
        assertThat(shortName("E06000034")).isEqualTo("Thurrock");

        // another node's change (a plain statement, not through this bean) is seen at once
        try {
            jdbc.sql("update council set short_name = 'Thurrock (renamed)' where gss_code = 'E06000034'")
                    .update();
            assertThat(shortName("E06000034")).isEqualTo("Thurrock (renamed)");
        } finally {
            jdbc.sql("update council set short_name = 'Thurrock' where gss_code = 'E06000034'")
                    .update();
        }
        assertThat(shortName("E06000034")).isEqualTo("Thurrock");
        assertThat(register.all()).isEqualTo(all);
    }

    private String shortName(String gss) {
        return register.all().stream()
                .filter(c -> c.gss().equals(gss))
                .findFirst()
                .orElseThrow()
                .shortName();
    }

    @Test
    void every_current_english_principal_council_is_loaded_by_type() {
        var current = register.search(CouncilQuery.current());
        assertThat(current).hasSize(317);
        Map<CouncilType, Long> byType =
                current.stream().collect(Collectors.groupingBy(CouncilSummary::type, Collectors.counting()));
        assertThat(byType)
                .containsEntry(CouncilType.COUNTY, 21L)
                .containsEntry(CouncilType.DISTRICT, 164L)
                .containsEntry(CouncilType.UNITARY, 63L)
                .containsEntry(CouncilType.METROPOLITAN_DISTRICT, 36L)
                .containsEntry(CouncilType.LONDON_BOROUGH, 32L)
                .containsEntry(CouncilType.CITY_OF_LONDON, 1L);
        assertThat(current)
                .extracting(CouncilSummary::officialName)
                .contains("City of London Corporation", "Council of the Isles of Scilly", "Thurrock Council");
    }

    @Test
    void abolished_councils_keep_their_history_and_successors() {
        Council northamptonshire = register.get("E10000021");
        assertThat(northamptonshire.officialName()).isEqualTo("Northamptonshire County Council");
        assertThat(northamptonshire.endDate()).hasToString("2021-04-01");
        assertThat(northamptonshire.abolishedOn(java.time.LocalDate.of(2021, 4, 1)))
                .isTrue();
        assertThat(northamptonshire.abolishedOn(java.time.LocalDate.of(2021, 3, 31)))
                .isFalse();
        assertThat(northamptonshire.successors())
                .extracting(CouncilRef::gss)
                .containsExactlyInAnyOrder("E06000061", "E06000062");

        Council north = register.get("E06000061");
        assertThat(north.predecessors())
                .extracting(CouncilRef::name)
                .contains("Northamptonshire County Council", "East Northamptonshire Council");

        assertThat(register.search(new CouncilQuery(null, null, null, CouncilStatus.ABOLISHED)))
                .hasSize(48);
    }

    @Test
    void abolished_councils_without_a_region_in_the_source_take_their_successors_region() {
        // Buckinghamshire County Council has no region in the source data; its successor is in the South East.
        assertThat(register.get("E10000002").region()).isEqualTo(Region.SOUTH_EAST);
    }

    @Test
    void a_former_gss_code_finds_todays_council() {
        assertThat(register.find("E06000048")).map(Council::officialName).hasValue("Northumberland County Council");
        assertThat(register.find("E06000048")).map(Council::gss).hasValue("E06000057");
    }

    @Test
    void names_as_written_in_reports_match_the_register() {
        assertThat(register.matchName("London Borough of Lambeth"))
                .map(CouncilRef::gss)
                .hasValue("E09000022");
        assertThat(register.matchName("Lambeth")).map(CouncilRef::gss).hasValue("E09000022");
        assertThat(register.matchName("  THURROCK council "))
                .map(CouncilRef::gss)
                .hasValue("E06000034");
        assertThat(register.matchName("Stoke-on-Trent City Council"))
                .map(CouncilRef::gss)
                .hasValue("E06000021");
        assertThat(register.matchName("Atlantis Borough Council")).isEmpty();
    }

    @Test
    void search_filters_combine_and_paginate() {
        var london = register.search(new CouncilQuery(null, CouncilType.LONDON_BOROUGH, Region.LONDON, null));
        assertThat(london).hasSize(32);
        var page = register.search(CouncilQuery.current(), new PageRequest(2, 50));
        assertThat(page.total()).isEqualTo(317);
        assertThat(page.items()).hasSize(50);
        assertThat(page.totalPages()).isEqualTo(7);
        assertThat(register.search(new CouncilQuery("thurr", null, null, null)))
                .extracting(CouncilSummary::gss)
                .containsExactly("E06000034");
        assertThat(register.search(new CouncilQuery("100%_\\", null, null, null)))
                .isEmpty();
    }

    @Test
    void malformed_codes_are_simply_not_found() {
        assertThat(register.find("not-a-code")).isEmpty();
        assertThat(register.find("E99999999")).isEmpty();
        assertThat(register.find("e06000034")).map(Council::gss).hasValue("E06000034");
    }
}

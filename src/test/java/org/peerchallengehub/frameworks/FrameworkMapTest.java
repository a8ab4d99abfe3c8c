package org.peerchallengehub.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping between framework versions, without Spring or a database. */
class FrameworkMapTest {

    static FrameworkVersion version(String id, int year, String... componentIds) {
        List<FrameworkComponent> components = new java.util.ArrayList<>();
        for (int i = 0; i < componentIds.length; i++) {
            components.add(new FrameworkComponent(componentIds[i], id, i + 1, componentIds[i], "?"));
        }
        return new FrameworkVersion(id, id, year, LocalDate.of(year, 4, 1), "", components);
    }

    static final FrameworkMap MAP = new FrameworkMap(
            List.of(
                    version("cpc-2024", 2024, "outcomes", "leadership", "governance", "finance-mgmt", "improvement"),
                    version("cpc-2011", 2011, "context", "lead-gov", "fin-org"),
                    version("cpc-2016", 2016, "place", "lop", "olg", "fpv", "ctd")),
            List.of(
                    new ComponentMapping("context", "place", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("lead-gov", "olg", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("lead-gov", "lop", MappingRelation.PART, null),
                    new ComponentMapping("fin-org", "fpv", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("fin-org", "ctd", MappingRelation.PART, null),
                    new ComponentMapping("place", "outcomes", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("lop", "leadership", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("olg", "governance", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("olg", "leadership", MappingRelation.PART, null),
                    new ComponentMapping("fpv", "finance-mgmt", MappingRelation.EQUIVALENT, null),
                    new ComponentMapping("ctd", "improvement", MappingRelation.EQUIVALENT, null)));

    static List<String> ids(List<MappedComponent> mapped) {
        return mapped.stream().map(m -> m.component().id() + ":" + m.relation()).toList();
    }

    @Test
    void versions_are_ordered_by_year() {
        assertThat(MAP.versions()).extracting(FrameworkVersion::id).containsExactly("cpc-2011", "cpc-2016", "cpc-2024");
    }

    @Test
    void a_component_maps_to_itself_in_its_own_version() {
        assertThat(ids(MAP.translate("fpv", "cpc-2016"))).containsExactly("fpv:EQUIVALENT");
    }

    @Test
    void equivalents_chain_across_two_versions() {
        assertThat(ids(MAP.translate("context", "cpc-2024"))).containsExactly("outcomes:EQUIVALENT");
    }

    @Test
    void a_partial_link_anywhere_makes_the_result_partial_and_equivalents_come_first() {
        assertThat(ids(MAP.translate("fin-org", "cpc-2024")))
                .containsExactly("finance-mgmt:EQUIVALENT", "improvement:PART");
        // lead-gov reaches "leadership" by two partial paths and "governance" by equivalents.
        assertThat(ids(MAP.translate("lead-gov", "cpc-2024")))
                .containsExactly("governance:EQUIVALENT", "leadership:PART");
    }

    @Test
    void mapping_works_backwards_from_newer_to_older_versions() {
        assertThat(ids(MAP.translate("finance-mgmt", "cpc-2011"))).containsExactly("fin-org:EQUIVALENT");
        assertThat(ids(MAP.translate("leadership", "cpc-2016"))).containsExactly("lop:EQUIVALENT", "olg:PART");
    }

    @Test
    void the_version_in_use_is_the_latest_started_on_or_before_the_date() {
        assertThat(MAP.inUseOn(LocalDate.of(2016, 3, 31)).id()).isEqualTo("cpc-2011");
        assertThat(MAP.inUseOn(LocalDate.of(2016, 4, 1)).id()).isEqualTo("cpc-2016");
        assertThat(MAP.inUseOn(LocalDate.of(2030, 1, 1)).id()).isEqualTo("cpc-2024");
        assertThat(MAP.inUseOn(LocalDate.of(2005, 1, 1)).id()).isEqualTo("cpc-2011");
    }

    @Test
    void unknown_components_and_versions_are_refused() {
        assertThatThrownBy(() -> MAP.translate("nope", "cpc-2016")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MAP.translate("fpv", "cpc-1999")).isInstanceOf(IllegalArgumentException.class);
    }
}

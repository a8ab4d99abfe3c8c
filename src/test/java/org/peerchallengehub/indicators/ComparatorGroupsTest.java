package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The comparator groups against the real register and starting dataset. */
@HubIntegrationTest
class ComparatorGroupsTest {

    static final String THURROCK = "E06000034";

    @Autowired
    ComparatorGroups groups;

    @Autowired
    CustomGroups customGroups;

    @Autowired
    CouncilRegister register;

    @Autowired
    StartingDataset startingDataset;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void loaded() throws Exception {
        startingDataset.done().get(120, TimeUnit.SECONDS);
    }

    @Test
    void nearest_neighbours_are_fifteen_councils_of_the_same_tier_computed_in_under_five_seconds() {
        NearestNeighbourModel model = groups.recomputeNearestNeighbours();
        assertThat(model.computedAt()).isNotNull();
        assertThat(model.durationMillis()).isLessThan(5000);
        assertThat(model.councils()).isGreaterThan(250);
        assertThat(model.measures())
                .extracting(NearestNeighbourModel.Measure::id)
                .contains("population", "nre-per-head");

        ComparatorGroup group = groups.group(THURROCK, GroupChoice.NEAREST_NEIGHBOURS);
        assertThat(group.members()).hasSize(15);
        assertThat(group.members()).extracting(m -> m.council().gss()).doesNotContain(THURROCK);
        assertThat(group.members())
                .allSatisfy(
                        m -> assertThat(Tier.of(register.get(m.council().gss()).type()))
                                .isEqualTo(Tier.SINGLE_TIER))
                .extracting(ComparatorGroup.Member::distance)
                .isSortedAccordingTo(Double::compare);
        // the same distance both ways, wherever both are neighbours of each other
        for (ComparatorGroup.Member member : group.members()) {
            groups.group(member.council().gss(), GroupChoice.NEAREST_NEIGHBOURS).members().stream()
                    .filter(m -> m.council().gss().equals(THURROCK))
                    .forEach(back -> assertThat(back.distance()).isEqualTo(member.distance()));
        }
        // a county's neighbours are counties
        assertThat(groups.group("E10000012", GroupChoice.NEAREST_NEIGHBOURS).members())
                .hasSize(15)
                .allSatisfy(
                        m -> assertThat(register.get(m.council().gss()).type()).isEqualTo(CouncilType.COUNTY));
        // recomputing gives the same answer
        List<ComparatorGroup.Member> before = group.members();
        groups.recomputeNearestNeighbours();
        assertThat(groups.group(THURROCK, GroupChoice.NEAREST_NEIGHBOURS).members())
                .isEqualTo(before);
        // an abolished council has none, and says why
        ComparatorGroup abolished = groups.group("E10000021", GroupChoice.NEAREST_NEIGHBOURS);
        assertThat(abolished.members()).isEmpty();
        assertThat(abolished.note()).isNotBlank();
    }

    @Test
    void type_region_and_england_groups_stay_within_the_tier_and_exclude_the_council() {
        ComparatorGroup type = groups.group(THURROCK, GroupChoice.SAME_TYPE);
        assertThat(type.members()).isNotEmpty().allSatisfy(m -> assertThat(
                        register.get(m.council().gss()).type())
                .isEqualTo(CouncilType.UNITARY));
        assertThat(type.areas()).first().isEqualTo(THURROCK);
        assertThat(type.members()).extracting(m -> m.council().gss()).doesNotContain(THURROCK);
        ComparatorGroup region = groups.group(THURROCK, GroupChoice.SAME_REGION);
        assertThat(region.members()).isNotEmpty().allSatisfy(m -> {
            var c = register.get(m.council().gss());
            assertThat(c.region().label()).isEqualTo("East of England");
            assertThat(Tier.of(c.type())).isEqualTo(Tier.SINGLE_TIER);
            assertThat(c.endDate()).isNull();
        });
        ComparatorGroup england = groups.group(THURROCK, GroupChoice.ENGLAND);
        assertThat(england.members().size()).isGreaterThan(type.members().size());
        // the London boroughs are single tier too
        assertThat(england.members()).extracting(m -> m.council().gss()).contains("E09000022");
    }

    @Test
    void a_custom_group_belongs_to_its_owner_is_validated_and_audited() {
        CurrentUser owner = user(Demo.ADVISER);
        CurrentUser other = user(Demo.PEER);
        CustomGroups.Saved invalid = customGroups.create(owner, new CustomGroups.Command("  ", List.of("E99999999")));
        assertThat(invalid.group()).isEmpty();
        assertThat(invalid.errors().messageFor("name")).isEqualTo("Enter a name for the group");
        assertThat(invalid.errors().messageFor("areas")).contains("E99999999");
        assertThat(customGroups
                        .create(owner, new CustomGroups.Command("Estuary", List.of()))
                        .errors()
                        .messageFor("areas"))
                .isEqualTo("Choose at least one council");

        CustomGroups.CustomGroup saved = customGroups
                .create(
                        owner,
                        new CustomGroups.Command(
                                "Estuary " + System.nanoTime(), List.of("E06000033", THURROCK, "E07000075")))
                .group()
                .orElseThrow();
        GroupChoice choice = GroupChoice.custom(saved.id());
        assertThat(groups.choicesFor(THURROCK, owner)).contains(choice);
        assertThat(groups.choicesFor(THURROCK, other)).doesNotContain(choice);
        ComparatorGroup group = groups.group(THURROCK, choice, owner, null);
        assertThat(group.members())
                .extracting(m -> m.council().gss())
                .containsExactlyInAnyOrder("E06000033", "E07000075");
        assertThatThrownBy(() -> groups.group(THURROCK, choice, other, null))
                .isInstanceOf(ComparatorGroupNotFound.class);
        assertThatThrownBy(() -> groups.group(THURROCK, choice, null, null))
                .isInstanceOf(ComparatorGroupNotFound.class);
        assertThatThrownBy(() -> customGroups.delete(other, saved.id())).isInstanceOf(ComparatorGroupNotFound.class);

        assertThat(customGroups
                        .create(owner, new CustomGroups.Command(saved.name(), List.of(THURROCK)))
                        .errors()
                        .messageFor("name"))
                .startsWith("You already have a group called");
        CustomGroups.CustomGroup changed = customGroups
                .update(owner, saved.id(), new CustomGroups.Command(saved.name() + " changed", List.of("E06000033")))
                .group()
                .orElseThrow();
        assertThat(changed.members()).extracting(c -> c.gss()).containsExactly("E06000033");
        customGroups.delete(owner, saved.id());
        assertThat(customGroups.owned(saved.id(), owner)).isEmpty();
        assertThat(audit.forSubject("comparator-group", Long.toString(saved.id())))
                .extracting(e -> e.action())
                .containsExactly("comparator-group.deleted", "comparator-group.changed", "comparator-group.created");
    }

    CurrentUser user(String email) {
        return jdbc.sql("select id, email, display_name, role, council_gss from user_account where email = :e")
                .param("e", email)
                .query((rs, n) -> new CurrentUser(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("council_gss")))
                .single();
    }
}

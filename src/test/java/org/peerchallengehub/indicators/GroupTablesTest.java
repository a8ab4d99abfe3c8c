package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.councils.CouncilRef;

/** The group's tables written in Java: GOV.UK table markup, this council marked, every text escaped. */
class GroupTablesTest {

    static final CouncilRef THURROCK = new CouncilRef("E06000034", "Thurrock Council");

    @Test
    void the_members_table_links_each_council_and_shows_distances_for_nearest_neighbours_only() {
        ComparatorGroup nearest = new ComparatorGroup(
                GroupChoice.NEAREST_NEIGHBOURS,
                "Nearest neighbours: 15 most similar unitary authorities",
                THURROCK,
                List.of(new ComparatorGroup.Member(
                        new CouncilRef("E06000033", "Southend-on-Sea City Council"), 1.234)));
        String html = GroupTables.members(nearest);
        assertThat(html)
                .startsWith(
                        "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">"
                                + "Nearest neighbours: 15 most similar unitary authorities</caption>")
                .contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Distance</th>")
                .contains("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" "
                        + "href=\"/councils/E06000033\">Southend-on-Sea City Council</a></td>"
                        + "<td class=\"govuk-table__cell\">E06000033</td>"
                        + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">1.23</td></tr>")
                .endsWith("</tbody></table>");

        ComparatorGroup type = new ComparatorGroup(
                GroupChoice.SAME_TYPE,
                "Same type: unitary authorities",
                THURROCK,
                List.of(new ComparatorGroup.Member(new CouncilRef("E06000033", "Southend"), null)));
        assertThat(GroupTables.members(type)).doesNotContain("Distance").doesNotContain("numeric");
    }

    @Test
    void the_values_table_ranks_the_councils_and_marks_this_council() {
        String html = GroupTables.values(
                "Net revenue expenditure, 2023-24: 2 councils",
                List.of(
                        new BenchmarkingController.BarRow("1", "E06000033", "Southend", "£2 million", false),
                        new BenchmarkingController.BarRow("2", "E06000034", "Thurrock", "£1 million", true)));
        assertThat(html)
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">"
                        + "Net revenue expenditure, 2023-24: 2 councils</caption>")
                .contains("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">1</td>"
                        + "<th scope=\"row\" class=\"govuk-table__header govuk-!-font-weight-regular\">Southend</th>"
                        + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">£2 million</td></tr>")
                .contains(
                        "<th scope=\"row\" class=\"govuk-table__header\"><strong>Thurrock (this council)</strong></th>");
        assertThat(html.indexOf("Southend")).isLessThan(html.indexOf("Thurrock"));
    }

    @Test
    void names_captions_and_links_are_escaped() {
        String evil = "<script>alert('x')</script> & \"co\"";
        String members = GroupTables.members(new ComparatorGroup(
                GroupChoice.custom(7L),
                "Your group: " + evil,
                THURROCK,
                List.of(new ComparatorGroup.Member(new CouncilRef("E06\"><x", evil), null))));
        String values = GroupTables.values(
                evil, List.of(new BenchmarkingController.BarRow("1", "E06000034", evil, evil, true)));
        for (String html : List.of(members, values)) {
            assertThat(html)
                    .doesNotContain("<script>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        }
        assertThat(members).contains("href=\"/councils/E06&quot;&gt;&lt;x\"");
    }
}

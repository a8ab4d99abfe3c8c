package org.peerchallengehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's tables written in Java: GOV.UK table markup, every text and link escaped. */
class ProfileTablesTest {

    static BenchmarkingController.ProfileRow row(String title, String href) {
        return new BenchmarkingController.ProfileRow(
                href,
                "m",
                title,
                "2023-24",
                "£1.2 million",
                "£1 million",
                "3 of 16",
                "Best quarter",
                "Improving",
                "Higher is better");
    }

    @Test
    void one_table_per_theme_with_a_caption_column_headers_and_a_row_header_linking_to_the_metric() {
        Map<Theme, List<BenchmarkingController.ProfileRow>> themes = new LinkedHashMap<>();
        themes.put(
                Theme.FINANCE,
                List.of(row("Net revenue expenditure", "/councils/E06000034/benchmarking/nre?group=type")));
        themes.put(Theme.HOUSING, List.of(row("Homes", "/h"), row("Homelessness", "/hl")));
        String html = ProfileTables.html(themes);
        assertThat(html.split("<table ", -1)).hasSize(3);
        assertThat(html)
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Finance</caption>")
                .contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Value</th>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" "
                        + "href=\"/councils/E06000034/benchmarking/nre?group=type\">Net revenue expenditure</a> "
                        + "<span class=\"govuk-body-s govuk-!-display-block\">Higher is better</span></th>")
                .contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">£1.2 million</td>");
        assertThat(html.indexOf("Finance")).isLessThan(html.indexOf("Housing"));
        assertThat(ProfileTables.html(Map.of())).isEmpty();
    }

    @Test
    void text_and_links_are_escaped() {
        String html = ProfileTables.html(
                Map.of(Theme.FINANCE, List.of(row("<script>alert('x')</script> & \"more\"", "/a?b=1&c=\"2\""))));
        assertThat(html)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("href=\"/a?b=1&amp;c=&quot;2&quot;\"");
    }
}

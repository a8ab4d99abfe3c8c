package org.peerchallengehub.indicators;

import java.util.List;
import java.util.Locale;
import org.peerchallengehub.shared.web.HtmlWriter;

/**
 * The benchmarking tables that have a row per council of the comparator group, written in Java (decision
 * 0019): the group's members, and a metric's values across the group. An all-England group is up to about
 * 300 councils, and in the template these two tables were most of the metric page's time. The same GOV.UK
 * table markup the templates wrote; every text and link escaped by {@link HtmlWriter}.
 */
final class GroupTables {

    private static final String HEADER = "govuk-table__header";
    private static final String NUMERIC_HEADER = "govuk-table__header govuk-table__header--numeric";
    private static final String CELL = "govuk-table__cell";
    private static final String NUMERIC_CELL = "govuk-table__cell govuk-table__cell--numeric";

    private GroupTables() {}

    /** Who is in the group, linked to their pages, with the nearest-neighbour distance where there is one. */
    static String members(ComparatorGroup group) {
        boolean distances = group.choice().kind() == GroupKind.NEAREST_NEIGHBOURS;
        HtmlWriter html = new HtmlWriter(512 + group.members().size() * 260);
        html.start("table", "class", "govuk-table")
                .element("caption", group.label(), "class", "govuk-table__caption govuk-table__caption--s")
                .start("thead", "class", "govuk-table__head")
                .start("tr", "class", "govuk-table__row")
                .element("th", "Council", "scope", "col", "class", HEADER)
                .element("th", "GSS code", "scope", "col", "class", HEADER);
        if (distances) {
            html.element("th", "Distance", "scope", "col", "class", NUMERIC_HEADER);
        }
        html.end("tr").end("thead").start("tbody", "class", "govuk-table__body");
        for (ComparatorGroup.Member m : group.members()) {
            html.start("tr", "class", "govuk-table__row")
                    .start("td", "class", CELL)
                    .element(
                            "a",
                            m.council().name(),
                            "class",
                            "govuk-link",
                            "href",
                            "/councils/" + m.council().gss())
                    .end("td")
                    .element("td", m.council().gss(), "class", CELL);
            if (m.distance() != null) {
                html.element("td", String.format(Locale.UK, "%.2f", m.distance()), "class", NUMERIC_CELL);
            }
            html.end("tr");
        }
        return html.end("tbody").end("table").toString();
    }

    /** A metric's values across the group, best first: rank, council (this council in bold) and value. */
    static String values(String caption, List<BenchmarkingController.BarRow> bars) {
        HtmlWriter html = new HtmlWriter(512 + bars.size() * 300);
        html.start("table", "class", "govuk-table hub-table--compact")
                .element("caption", caption, "class", "govuk-table__caption govuk-table__caption--m")
                .start("thead", "class", "govuk-table__head")
                .start("tr", "class", "govuk-table__row")
                .element("th", "Rank", "scope", "col", "class", HEADER)
                .element("th", "Council", "scope", "col", "class", HEADER)
                .element("th", "Value", "scope", "col", "class", NUMERIC_HEADER)
                .end("tr")
                .end("thead")
                .start("tbody", "class", "govuk-table__body");
        for (BenchmarkingController.BarRow b : bars) {
            html.start("tr", "class", "govuk-table__row").element("td", b.rank(), "class", CELL);
            if (b.highlighted()) {
                html.start("th", "scope", "row", "class", HEADER)
                        .element("strong", b.name() + " (this council)")
                        .end("th");
            } else {
                html.element("th", b.name(), "scope", "row", "class", HEADER + " govuk-!-font-weight-regular");
            }
            html.element("td", b.value(), "class", NUMERIC_CELL).end("tr");
        }
        return html.end("tbody").end("table").toString();
    }
}

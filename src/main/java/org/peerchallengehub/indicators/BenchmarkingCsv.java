package org.peerchallengehub.indicators;

import org.peerchallengehub.councils.Council;
import org.peerchallengehub.shared.csv.CsvWriter;

/**
 * The benchmarking pages' figures as CSV documents: a council's profile, one metric across the group
 * and over time, and a council's nearest neighbours. The controller only sends what this builds.
 */
final class BenchmarkingCsv {

    private BenchmarkingCsv() {}

    /** A council's profile against its group, as known on {@code known} (an ISO date). */
    static String profile(Council council, CouncilProfile profile, String known) {
        CsvWriter csv = new CsvWriter()
                .row(
                        "council_gss",
                        "council",
                        "comparator_group",
                        "as_known_on",
                        "theme",
                        "metric",
                        "metric_title",
                        "unit",
                        "polarity",
                        "period",
                        "value",
                        "group_median",
                        "rank",
                        "ranked",
                        "quartile",
                        "direction");
        for (CouncilProfile.ThemeSection section : profile.themes()) {
            for (CouncilProfile.Row r : section.rows()) {
                csv.row(
                        council.gss(),
                        council.officialName(),
                        profile.group().label(),
                        known,
                        section.theme().label(),
                        r.metric().id(),
                        r.metric().title(),
                        r.metric().unit().label(),
                        r.metric().polarity().slug(),
                        r.period().label(),
                        number(r.value()),
                        r.median() == null ? "" : number(r.median()),
                        r.rank(),
                        r.ranked(),
                        r.quartile(),
                        r.direction().label());
            }
        }
        return csv.toString();
    }

    /** One metric across the group in one period. */
    static String across(Metric metric, MetricAcrossGroup across) {
        CsvWriter csv = new CsvWriter()
                .row(
                        "metric",
                        "period",
                        "comparator_group",
                        "as_known_on",
                        "rank",
                        "council_gss",
                        "council",
                        "value",
                        "selected_council");
        for (MetricAcrossGroup.Bar bar : across.bars()) {
            csv.row(
                    metric.id(),
                    across.period().label(),
                    across.group().label(),
                    across.asOf().toString(),
                    bar.rank(),
                    bar.council().gss(),
                    bar.council().name(),
                    number(bar.value()),
                    bar.highlighted() ? "yes" : "no");
        }
        return csv.toString();
    }

    /** One metric over time for a council, with its group's statistics. */
    static String overTime(Metric metric, Council council, MetricOverTime overTime) {
        CsvWriter csv = new CsvWriter()
                .row(
                        "metric",
                        "council_gss",
                        "council",
                        "comparator_group",
                        "as_known_on",
                        "period",
                        "value",
                        "group_median",
                        "group_lower_quartile",
                        "group_upper_quartile",
                        "councils_with_value");
        for (MetricOverTime.Point p : overTime.points()) {
            csv.row(
                    metric.id(),
                    council.gss(),
                    council.officialName(),
                    overTime.group().label(),
                    overTime.asOf().toString(),
                    p.period().label(),
                    p.value() == null ? "" : number(p.value()),
                    p.median() == null ? "" : number(p.median()),
                    p.lowerQuartile() == null ? "" : number(p.lowerQuartile()),
                    p.upperQuartile() == null ? "" : number(p.upperQuartile()),
                    p.groupValues());
        }
        return csv.toString();
    }

    /** A council's nearest neighbours, closest first. */
    static String nearestNeighbours(Council council, ComparatorGroup group) {
        CsvWriter csv = new CsvWriter().row("council_gss", "council", "rank", "neighbour_gss", "neighbour", "distance");
        int rank = 1;
        for (ComparatorGroup.Member m : group.members()) {
            csv.row(
                    council.gss(),
                    council.officialName(),
                    rank++,
                    m.council().gss(),
                    m.council().name(),
                    m.distance() == null ? "" : number(m.distance()));
        }
        return csv.toString();
    }

    /** A number as written in CSV: plain, with a dot, no grouping, no unit. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

package org.peerchallengehub.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A data pack's content as its template shows it: every figure already written as people read it. */
record DataPack(
        String title,
        String councilName,
        String gss,
        String councilType,
        String region,
        String population,
        @Nullable String context,
        String asOf,
        String generatedOn,
        Profile nearest,
        Profile sameType,
        List<Trend> trends,
        List<Inspection> inspections,
        List<Neighbour> neighbours,
        @Nullable String neighboursNote,
        List<String> neighbourMeasures,
        String neighbourMethod,
        @Nullable String neighboursComputedOn,
        List<String> sources) {

    /** The council's latest figures against a comparator group. */
    record Profile(String groupLabel, int members, List<ThemeRows> themes, int metrics) {}

    record ThemeRows(String theme, List<ProfileRow> rows) {}

    record ProfileRow(
            String metric,
            String period,
            String value,
            String median,
            String quartile,
            String rank,
            String direction) {}

    /**
     * A metric over time against the group.
     *
     * @param svg the chart for the HTML page, null when there is none; the PDF draws the rows' bars instead
     */
    record Trend(
            String id,
            String title,
            String unit,
            String polarity,
            String groupLabel,
            List<TrendRow> rows,
            @Nullable String svg) {}

    /** One period; the percentages size the PDF's bars (the council's value and the group median). */
    record TrendRow(
            String period,
            String value,
            String lowerQuartile,
            String median,
            String upperQuartile,
            int groupValues,
            int valuePercent,
            int medianPercent) {}

    record Inspection(
            String published,
            String framework,
            String overall,
            String leadership,
            String helpAndProtection,
            String inCare,
            String careLeavers,
            String reportUrl) {}

    record Neighbour(String name, String gss, String distance) {}
}

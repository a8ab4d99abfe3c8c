package org.peerchallengehub.shared.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A chart of whole numbers (counts) has whole-number ticks: never 0.5 or 12.5, written rounded. */
class WholeNumberAxisTest {

    private static final Pattern TICK_LABEL = Pattern.compile(">(tick [^<]+)<");

    static List<String> ticks(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TICK_LABEL.matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void a_bar_chart_of_counts_has_whole_number_ticks() {
        for (double highest : new double[] {1, 2, 3, 7, 10, 25, 33, 250}) {
            String svg = GroupBarChart.svg(
                    "c",
                    "Counts",
                    "Counts",
                    List.of(new GroupBarChart.Bar("A", 0, false), new GroupBarChart.Bar("B", highest, true)),
                    List.of(new GroupBarChart.Marker("Median", highest / 2, false)),
                    v -> "tick " + v,
                    true);
            List<String> ticks = ticks(svg);
            assertThat(ticks)
                    .as("up to %s", highest)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(t -> t.endsWith(".0"));
            assertThat(ticks).as("up to %s", highest).doesNotHaveDuplicates().contains("tick 0.0");
            double top = Double.parseDouble(ticks.getLast().substring(5));
            assertThat(top).isGreaterThanOrEqualTo(highest);
        }
    }

    @Test
    void a_line_chart_of_counts_has_whole_number_ticks_and_others_keep_five() {
        List<BandLineChart.Point> points = List.of(
                new BandLineChart.Point("2019", 1.0, 1.5, 1.0, 2.0),
                new BandLineChart.Point("2020", 2.0, 1.5, 1.0, 2.0));
        assertThat(ticks(BandLineChart.svg("l", "Counts", "Counts", "A", points, v -> "tick " + v, true)))
                .containsExactly("tick 0.0", "tick 1.0", "tick 2.0");
        assertThat(ticks(BandLineChart.svg("l", "Shares", "Shares", "A", points, v -> "tick " + v)))
                .containsExactly("tick 0.0", "tick 0.5", "tick 1.0", "tick 1.5", "tick 2.0");
    }
}

package org.peerchallengehub.shared.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The SVG writer: numbers as {@code %.1f} writes them (but for values within a rounding error of a half),
 * well-formed markup, text escaped.
 */
class SvgTest {

    @Test
    void coordinates_are_written_as_the_formatter_writes_them_with_one_decimal() {
        Random random = new Random(23);
        for (int i = 0; i < 200_000; i++) {
            double value =
                    switch (i % 4) {
                        case 0 -> (random.nextDouble() - 0.5) * 2_000;
                        case 1 -> random.nextInt(200_000) / 100.0 - 1_000; // two decimals: some end in 5
                        case 2 -> random.nextInt(2_000) / 10.0; // already one decimal
                        default -> (random.nextDouble() - 0.5) * 0.2; // around zero
                    };
            String expected = String.format(Locale.ROOT, "%.1f", value);
            if (expected.equals("-0.0")) {
                expected = "0.0"; // the formatter keeps the sign of a negative that rounds to zero
            }
            String written = Svg.decimal(new StringBuilder(), value).toString();
            double tenths = Math.abs(value) * 10;
            if (Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-9) {
                // within a rounding error of a half: either neighbour is right (a tenth of a pixel)
                assertThat(Math.abs(Double.parseDouble(written) - Double.parseDouble(expected)))
                        .as("%s", value)
                        .isLessThan(0.1 + 1e-9);
            } else {
                assertThat(written).as("%s", value).isEqualTo(expected);
            }
        }
        assertThat(Svg.point(12.26, -3.04)).isEqualTo("12.3,-3.0 ");
        assertThat(Svg.point(-0.04, 7)).isEqualTo("0.0,7.0 ");
        assertThat(Svg.decimal(new StringBuilder(), Double.NaN).toString()).isEqualTo("0.0");
    }

    @Test
    void a_bar_chart_is_well_formed_labelled_and_escaped() throws Exception {
        String svg = GroupBarChart.svg(
                "across <1>",
                "Spend & \"more\"",
                "<script>alert(1)</script>",
                List.of(
                        new GroupBarChart.Bar("Thurrock", 120.5, true),
                        new GroupBarChart.Bar("Barking & Dagenham", -3.25, false)),
                List.of(new GroupBarChart.Marker("Median", 60, false)),
                v -> String.format(Locale.UK, "%.1f", v));
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Spend & \"more\"");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("<script>alert(1)</script>");
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(svg).doesNotContain("<script>").doesNotContain("NaN");
    }
}

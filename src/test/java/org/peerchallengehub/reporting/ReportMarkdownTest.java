package org.peerchallengehub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report narrative: the safe Markdown subset")
class ReportMarkdownTest {

    @Test
    @DisplayName("headings, lists, emphasis and links are kept; a narrative's # sits below the section heading")
    void subset() {
        String html = ReportMarkdown.html(
                """
                # Housing

                The council has **strong** and *visible* leadership. See [the plan](https://example.org/plan).

                - first point
                - second point

                1. one
                2. two
                """,
                3);
        assertThat(html)
                .contains("<h3>Housing</h3>")
                .contains("<strong>strong</strong>")
                .contains("<em>visible</em>")
                .contains("<a href=\"https://example.org/plan\">the plan</a>")
                .contains("<ul>")
                .contains("<li>first point</li>")
                .contains("<ol>");
    }

    @Test
    @DisplayName("script, raw HTML, javascript: links and images are made inert")
    void inert() {
        String html = ReportMarkdown.html(
                """
                <script>alert(1)</script>

                Text with <img src=x onerror=alert(2)> inline HTML and [a link](javascript:alert(3)).

                ![a chart of reserves](https://example.org/x.png)

                > quoted <b>bold</b>

                    indented code <iframe>
                """,
                2);
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<iframe")
                .doesNotContain("<b>")
                .doesNotContain("javascript:")
                .doesNotContain("onerror=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a chart of reserves")
                .contains("quoted");
        assertThat(ReportMarkdown.text("**Bold** <script>x</script>")).isEqualTo("Bold <script>x</script>");
    }

    @Test
    @DisplayName("deep headings stop at h6; a top level outside 2 to 6 is refused")
    void levels() {
        assertThat(ReportMarkdown.html("#### Deep", 4)).contains("<h6>Deep</h6>");
        assertThatThrownBy(() -> ReportMarkdown.html("x", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

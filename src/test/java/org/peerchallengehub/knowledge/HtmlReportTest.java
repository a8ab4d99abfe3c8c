package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.councils.CouncilNameIndex;

/**
 * Saved web pages as a fourth input format (issue 15, item 3): one page, a ZIP of section pages read
 * in the order of their names, and bad inputs (scripts and huge inline images, a ZIP of 10,000 tiny
 * pages, a page in another language). Plain unit tests: no Spring, no database.
 */
class HtmlReportTest {

    static final ReportParser PARSER = new ReportParser(CouncilNameIndex.fromClasspath());

    static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report</title>"
            + "<script>var council = 'Stafford Borough Council';</script><style>p{color:red}</style></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/x\">Improvement and support</a></nav></header><main>";
    static final String TAIL =
            "</main><footer><p>Local Government Association, 18 Smith Square</p></footer></body></html>";

    static final String INTRO = "<h1>Corporate Peer Challenge – Tamworth Borough Council</h1>"
            + "<p>Feedback report: 3 – 6 October 2016</p>";
    static final String KEY_RECOMMENDATIONS = "<h2>2. Key recommendations</h2>"
            + "<p>The following are the peer team's key recommendations to the council:</p><ol>"
            + "<li><strong>Take robust action on the budget gap.</strong> The savings found so far cover half of it.</li>"
            + "<li><strong>Set out a single narrative for the town centre.</strong> Partners are unsure which plan counts.</li>"
            + "</ol>";
    static final String PEERS = "<h2>3. Summary of the peer challenge approach</h2><h3>The peer team</h3>"
            + "<p>The peers who delivered the peer challenge at Tamworth Borough Council were:</p><ul>"
            + "<li>Margaret Ellory – Chief Executive, Stafford Borough Council</li>"
            + "<li>Cllr Peter Danvers – Leader, Broxtowe Borough Council</li>"
            + "<li>Lucy Ambrose – Peer Challenge Manager, Local Government Association</li></ul>";
    static final String FEEDBACK = "<h2>4. Feedback</h2><h3>4.1 Financial planning and viability</h3>"
            + "<p>The council has a balanced budget for next year.</p>";

    @Test
    void a_saved_page_keeps_its_headings_and_lists() {
        ParsedReport r = PARSER.parse(bytes(HEAD + INTRO + KEY_RECOMMENDATIONS + PEERS + FEEDBACK + TAIL));

        assertThat(r.documentType()).isEqualTo(ParsedReport.DocumentType.PEER_CHALLENGE_REPORT);
        assertThat(r.council()).isEqualTo("Tamworth Borough Council");
        assertThat(r.challengeType()).isEqualTo("Corporate Peer Challenge");
        assertThat(r.onSite().start()).hasToString("2016-10-03");
        assertThat(r.onSite().end()).hasToString("2016-10-06");
        assertThat(r.peerTeam())
                .extracting(ParsedReport.Peer::name, ParsedReport.Peer::role, ParsedReport.Peer::organisation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Margaret Ellory", "Chief Executive", "Stafford Borough Council"),
                        org.assertj.core.groups.Tuple.tuple("Cllr Peter Danvers", "Leader", "Broxtowe Borough Council"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Lucy Ambrose", "Peer Challenge Manager", "Local Government Association"));
        assertThat(r.keyRecommendations())
                .containsExactly(
                        "Take robust action on the budget gap.", "Set out a single narrative for the town centre.");
        assertThat(r.themes()).extracting(ParsedReport.Theme::heading).contains("Financial planning and viability");
    }

    @Test
    void a_web_peer_list_written_as_lines_of_one_paragraph_is_read_line_by_line() {
        String page = HEAD + "<h2>The peer team</h2><p>The peers were:<br>"
                + "Helen Marchbank – Chief Executive, Breckland Council<br>"
                + "Cllr Owen Tagg – Leader, South Holland District Council</p>"
                + "<p>The LGA would like to thank Fenland District Council for hosting the peer challenge.</p>" + TAIL;
        ParsedReport r = PARSER.parse(bytes(page));

        assertThat(r.council()).isEqualTo("Fenland District Council");
        assertThat(r.peerTeam())
                .extracting(ParsedReport.Peer::name)
                .containsExactly("Helen Marchbank", "Cllr Owen Tagg");
    }

    @Test
    void a_zip_of_section_pages_is_read_in_the_order_of_their_names() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        // Stored out of order: page-10 after page-2 by number, not by text.
        pages.put("report/page-10.html", HEAD + FEEDBACK + TAIL);
        pages.put("report/page-1.html", HEAD + INTRO + TAIL);
        pages.put("report/page-2.html", HEAD + KEY_RECOMMENDATIONS + PEERS + TAIL);
        pages.put("report/style.css", "p { color: black }");
        ParsedReport r = PARSER.parse(zip(pages));

        assertThat(r.council()).isEqualTo("Tamworth Borough Council");
        assertThat(r.onSite().start()).hasToString("2016-10-03");
        assertThat(r.peerTeam()).hasSize(3);
        assertThat(r.keyRecommendations()).hasSize(2);
        assertThat(r.themes()).extracting(ParsedReport.Theme::heading).contains("Financial planning and viability");
        assertThat(ReportReadingAccess.text(zip(pages)).indexOf("Key recommendations"))
                .as("page-2 comes before page-10")
                .isLessThan(ReportReadingAccess.text(zip(pages)).indexOf("Financial planning and viability"));
    }

    @Test
    void an_uploaded_zip_of_web_pages_is_one_report_and_a_zip_of_reports_is_not() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("page-1.html", HEAD + INTRO + TAIL);
        pages.put("page-2.html", HEAD + PEERS + TAIL);
        pages.put("images/logo.png", "png");
        assertThat(ZipUploads.isWebPages(zip(pages))).isTrue();

        Map<String, String> reports = new LinkedHashMap<>(pages);
        reports.put("another-report.pdf", "%PDF-1.4");
        assertThat(ZipUploads.isWebPages(zip(reports))).isFalse();
        assertThat(ZipUploads.isWebPages(zip(Map.of("report.txt", "Corporate Peer Challenge"))))
                .isFalse();
    }

    @Test
    void a_peer_line_glued_to_the_next_heading_and_paragraph_is_not_taken_with_a_wrong_organisation() {
        String text = "The peers were:\n- Gordon Blyth, Chief Executive, Brentwood Borough Council\n"
                + "- Alice Penhaligon, Peer Challenge Manager, LGA Scope and focus The peer team considered the"
                + " following five questions which form the core components. These are the areas we believe are critical.\n"
                + "- Kiran Mistry, Assistant Director, Broxbourne Borough Council\n\nAfter.\n";
        ParsedReport r = PARSER.parse(bytes(text));

        assertThat(r.peerTeam())
                .extracting(ParsedReport.Peer::organisation)
                .containsExactly("Brentwood Borough Council", "Broxbourne Borough Council");
    }

    @Test
    void scripts_styles_and_huge_inline_images_are_dropped() {
        byte[] image = new byte[6 * 1024 * 1024];
        String huge = "<img alt=\"chart\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(image) + "\">";
        String page = HEAD + INTRO + huge + "<script>document.write('Cllr Evil Person – Leader, Bad Council')</script>"
                + PEERS + TAIL;
        long start = System.nanoTime();
        ParsedReport r = PARSER.parse(bytes(page));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.council()).isEqualTo("Tamworth Borough Council");
        assertThat(r.peerTeam())
                .extracting(ParsedReport.Peer::name)
                .doesNotContain("Cllr Evil Person")
                .hasSize(3);
        assertThat(ReportReadingAccess.text(bytes(page)))
                .doesNotContain("Stafford Borough Council';", "document.write");
        assertThat(millis).as("an 8 MB page parses in seconds, not minutes").isLessThan(30_000);
    }

    @Test
    void a_zip_of_ten_thousand_tiny_pages_is_refused_with_a_reason() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry("p" + i + ".html"));
                zip.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> PARSER.parse(out.toByteArray()))
                .isInstanceOf(UnreadableReport.class)
                .hasMessageContaining("ZIP");
    }

    @Test
    void a_page_in_another_language_gives_empty_fields_not_invented_ones() {
        String page = "<!DOCTYPE html><html lang=\"cy\"><body><main><h1>Adroddiad adborth</h1>"
                + "<p>Hoffai'r tîm ddiolch i bawb a roddodd o'u hamser.</p><ul><li>Arweinyddiaeth gref, partneriaethau da</li>"
                + "<li>Cynllunio ariannol, cyllideb gytbwys</li></ul></main></body></html>";
        ParsedReport r = PARSER.parse(bytes(page));

        assertThat(r.council()).isNull();
        assertThat(r.peerTeam()).isEmpty();
        assertThat(r.onSite().start()).isNull();
        assertThat(r.documentType()).isEqualTo(ParsedReport.DocumentType.OTHER);
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The bare text the readers give (to check order and what was dropped). */
    static final class ReportReadingAccess {
        static String text(byte[] content) {
            return String.join(
                    "\n",
                    org.peerchallengehub.knowledge.parser.ReportReading.blocks(content).stream()
                            .map(org.peerchallengehub.knowledge.parser.Block::text)
                            .toList());
        }
    }
}

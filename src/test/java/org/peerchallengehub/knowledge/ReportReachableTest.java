package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13 item 6 (decision 0058): an imported report is reachable from its council and its
 * challenge, and its page tells which challenge it reports on.
 */
@HubIntegrationTest
class ReportReachableTest {

    static final String GSS = "E06000017"; // Rutland

    RequestPostProcessor staff() {
        return user(users.loadUserByUsername(Demo.ADMIN));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    String page(String url, RequestPostProcessor... who) throws Exception {
        var request = get(url);
        for (RequestPostProcessor p : who) {
            request = request.with(p);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_imported_report_is_linked_from_its_council_and_its_challenge_and_tells_of_them() throws Exception {
        long reportId = ReportFixtures.importSample(context, GSS, LocalDate.of(2025, 3, 3));
        long challengeId = jdbc.sql("select challenge_id from report where id = :id")
                .param("id", reportId)
                .query(Long.class)
                .single();
        String reportHref = "href=\"/reports/" + reportId + "\"";

        // The public council page and the workspace both link the report from the challenge's row.
        assertThat(page("/councils/" + GSS)).contains(reportHref);
        assertThat(page("/councils/" + GSS + "/workspace", staff()))
                .contains(reportHref)
                .contains("href=\"/challenges/" + challengeId + "\"");

        // The historic challenge links its report and the original file, which downloads as imported.
        String challenge = page("/challenges/" + challengeId, staff());
        assertThat(challenge).contains(reportHref).contains("Read the report on the Hub");
        long documentId = jdbc.sql(
                        "select id from challenge_document where challenge_id = :id and kind = 'PUBLISHED_REPORT'")
                .param("id", challengeId)
                .query(Long.class)
                .single();
        String fileHref = "/challenges/" + challengeId + "/documents/" + documentId;
        assertThat(challenge).contains("href=\"" + fileHref + "\"").contains(GSS + "-matrix.txt");
        byte[] file = mvc.perform(get(fileHref).with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(SampleReport.TEXT);

        // The report's page: the council linked, the type, the dates, the team, the headings as headings.
        String report = page("/reports/" + reportId);
        assertThat(report)
                .contains("href=\"/councils/" + GSS + "\">Rutland County Council</a>")
                .contains("Corporate peer challenge")
                .contains("3 March 2025 to 6 March 2025")
                .contains("Jane Example")
                .contains("Cllr Sam Sample")
                .contains("Lead officer peer")
                .containsPattern("<h3[^>]*>\\s*1\\. Executive Summary\\s*</h3>")
                .containsPattern("<h3[^>]*>\\s*4\\. Feedback\\s*</h3>")
                .containsPattern("<h4[^>]*>\\s*4\\.1 Leadership of Place\\s*</h4>")
                .containsPattern("<h5[^>]*>\\s*Strengths\\s*</h5>")
                .containsPattern("<h4[^>]*>\\s*The peer team\\s*</h4>")
                .doesNotContainPattern("<p[^>]*>\\s*4\\.1 Leadership of Place\\s*</p>")
                // the title page's lines and the list's items stay paragraphs
                .containsPattern("<p[^>]*>\\s*Rutland County Council\\s*</p>")
                .containsPattern("<p[^>]*>\\s*1\\. Leadership of Place: Does the council")
                .containsPattern("<p[^>]*>\\s*Strong partnerships with health and the police\\s*</p>");
    }

    @Autowired
    ReportLinks links;

    @Test
    void a_report_imported_before_the_link_was_kept_is_linked_on_start() throws Exception {
        long reportId = ReportFixtures.importSample(context, GSS, LocalDate.of(2023, 3, 6));
        long challengeId = jdbc.sql("select challenge_id from report where id = :id")
                .param("id", reportId)
                .query(Long.class)
                .single();
        jdbc.sql("update challenge set report_url = null where id = :id")
                .param("id", challengeId)
                .update();
        assertThat(page("/councils/" + GSS)).doesNotContain("href=\"/reports/" + reportId + "\"");
        assertThat(links.linkAll()).isPositive();
        assertThat(page("/councils/" + GSS)).contains("href=\"/reports/" + reportId + "\"");
        assertThat(links.linkAll()).isZero();
    }

    @Test
    void the_original_file_cannot_be_uploaded_by_hand() throws Exception {
        long reportId = ReportFixtures.importSample(context, GSS, LocalDate.of(2024, 3, 4));
        long challengeId = jdbc.sql("select challenge_id from report where id = :id")
                .param("id", reportId)
                .query(Long.class)
                .single();
        String form = page("/challenges/" + challengeId, staff());
        assertThat(form).contains("value=\"SUPPORTING\"").doesNotContain("value=\"PUBLISHED_REPORT\"");
        String refused = mvc.perform(multipart("/challenges/" + challengeId + "/documents")
                        .file(new MockMultipartFile(
                                "file", "mine.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "PUBLISHED_REPORT")
                        .with(staff())
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("comes only from importing the report");
        assertThat(jdbc.sql(
                                "select filename from challenge_document where challenge_id = :id and kind = 'PUBLISHED_REPORT'")
                        .param("id", challengeId)
                        .query(String.class)
                        .list())
                .containsExactly(GSS + "-matrix.txt");
    }
}

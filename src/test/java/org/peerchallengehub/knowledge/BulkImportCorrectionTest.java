package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchallengehub.knowledge.ReportImportPagesTest.STAFF;
import static org.peerchallengehub.knowledge.ReportImportPagesTest.file;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.knowledge.ReportUploads.Upload;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A bulk file refused for a reason a person can fix is not a dead end: it keeps its bytes, the batch
 * page links it to the review page, where it is corrected and saved, or dismissed. A duplicate
 * skipped in bulk can be opened and used to update the recorded challenge. Unreadable files and
 * documents that are not reports stay final.
 */
@HubIntegrationTest
class BulkImportCorrectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportUploads uploads;

    @Autowired
    JdbcClient jdbc;

    static byte[] report(String council, String dates) {
        return BulkImportResumptionTest.report(council, dates);
    }

    UUID upload(String mode, MockMultipartFile... files) throws Exception {
        var request =
                multipart("/reports/import").param("mode", mode).with(STAFF).with(csrf());
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring("/reports/import/".length()));
    }

    List<Upload> settled(UUID batch) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            List<Upload> files = uploads.batch(batch);
            if (files.stream().noneMatch(f -> f.status().equals("WAITING"))) {
                return files;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The batch did not finish in 60 s");
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(STAFF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long contentBytes(long id) {
        return jdbc.sql("select octet_length(content) from report_upload where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    static MockHttpServletRequestBuilder corrected(String url, String council, int day, int month, int year) {
        return corrected(url, council, day, month, year, "Refresh the medium term financial strategy");
    }

    static MockHttpServletRequestBuilder corrected(
            String url, String council, int day, int month, int year, String keyRecommendation) {
        return post(url)
                .with(STAFF)
                .with(csrf())
                .param("council", council)
                .param("challengeType", "CORPORATE")
                .param("startDay", Integer.toString(day))
                .param("startMonth", Integer.toString(month))
                .param("startYear", Integer.toString(year))
                .param("endDay", Integer.toString(day + 2))
                .param("endMonth", Integer.toString(month))
                .param("endYear", Integer.toString(year))
                .param("keyRecommendations", keyRecommendation)
                .param("team", "Jane Example; Chief Executive; Example District Council");
    }

    @Test
    void refused_files_wait_to_be_corrected_or_dismissed_and_unreadable_ones_stay_final() throws Exception {
        byte[] noDates = new String(report("Bedford Borough Council", "REMOVED"), StandardCharsets.UTF_8)
                .replace("REMOVED\n", "")
                .getBytes(StandardCharsets.UTF_8);
        UUID batch = upload(
                "BULK_SKIP",
                file("atlantis.txt", report("Atlantis District Council", "7 – 9 May 2013")),
                file("no-dates.txt", noDates),
                file("broken.pdf", ReportImportPagesTest.BROKEN_PDF),
                file(
                        "letter.txt",
                        "Dear Sir,\n\nThank you for your letter.\n\nYours faithfully"
                                .getBytes(StandardCharsets.UTF_8)));
        List<Upload> files = settled(batch);
        Upload atlantis = files.get(0);
        Upload undated = files.get(1);
        Upload broken = files.get(2);
        Upload letter = files.get(3);
        assertThat(atlantis.status()).isEqualTo("TO_CORRECT");
        assertThat(atlantis.message()).contains("council is not recognised");
        assertThat(undated.status()).isEqualTo("TO_CORRECT");
        assertThat(undated.message()).contains("on-site dates are missing");
        assertThat(List.of(atlantis, undated)).allSatisfy(f -> {
            assertThat(f.reviewable()).isTrue();
            assertThat(contentBytes(f.id())).as("the bytes are kept for review").isPositive();
        });
        assertThat(broken.status()).isEqualTo("UNREADABLE");
        assertThat(letter.status()).isIn("REFUSED", "UNREADABLE");
        assertThat(List.of(broken, letter)).allSatisfy(f -> {
            assertThat(f.reviewable()).isFalse();
            assertThat(contentBytes(f.id())).isZero();
        });

        String batchUrl = "/reports/import/" + batch;
        String batchPage = page(batchUrl);
        assertThat(batchPage)
                .contains("Needs correcting", "2 need you")
                .contains("href=\"" + batchUrl + "/files/" + atlantis.id() + "\"")
                .contains("href=\"" + batchUrl + "/files/" + undated.id() + "\"")
                .doesNotContain("href=\"" + batchUrl + "/files/" + broken.id() + "\"")
                .doesNotContain("href=\"" + batchUrl + "/files/" + letter.id() + "\"");
        mvc.perform(get(batchUrl + "/files/" + broken.id()).with(STAFF)).andExpect(redirectedUrl(batchUrl));

        // Corrected in review and saved: imported, its bytes dropped.
        String atlantisUrl = batchUrl + "/files/" + atlantis.id();
        assertThat(page(atlantisUrl))
                .contains("The bulk import did not save this file", "council is not recognised", "Dismiss file");
        String again = mvc.perform(corrected(atlantisUrl, "Atlantis", 7, 5, 2013))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Enter a council");
        assertThat(uploads.find(atlantis.id()).orElseThrow().status()).isEqualTo("TO_CORRECT");
        mvc.perform(corrected(atlantisUrl, "Bedford Borough Council", 7, 5, 2013))
                .andExpect(redirectedUrl(batchUrl));
        Upload saved = uploads.find(atlantis.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo("IMPORTED");
        assertThat(saved.reportId()).isNotNull();
        assertThat(contentBytes(saved.id())).isZero();
        assertThat(jdbc.sql("select council_gss from report where id = :id")
                        .param("id", saved.reportId())
                        .query(String.class)
                        .single())
                .isEqualTo("E06000055");
        // Saving it again (another tab) changes nothing.
        mvc.perform(corrected(atlantisUrl, "Bedford Borough Council", 7, 5, 2013))
                .andExpect(redirectedUrl(batchUrl));
        assertThat(jdbc.sql("select count(*) from report where file_name = 'atlantis.txt'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Dismissed: final, bytes dropped, recorded; nobody else may dismiss.
        String undatedUrl = batchUrl + "/files/" + undated.id();
        mvc.perform(post(undatedUrl + "/dismiss")
                        .with(user("peer@example.gov.uk").roles("PEER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(undatedUrl + "/dismiss").with(STAFF)).andExpect(status().isForbidden());
        mvc.perform(post(undatedUrl + "/dismiss").with(STAFF).with(csrf())).andExpect(redirectedUrl(batchUrl));
        Upload dismissed = uploads.find(undated.id()).orElseThrow();
        assertThat(dismissed.status()).isEqualTo("DISMISSED");
        assertThat(dismissed.message()).contains("on-site dates are missing");
        assertThat(dismissed.reviewable()).isFalse();
        assertThat(contentBytes(undated.id())).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'report.import-dismissed' and subject_id = :id")
                        .param("id", Long.toString(undated.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post(undatedUrl + "/dismiss").with(STAFF).with(csrf())).andExpect(redirectedUrl(batchUrl));
        mvc.perform(get(undatedUrl).with(STAFF)).andExpect(redirectedUrl(batchUrl));
        assertThat(page(batchUrl)).contains("Dismissed", "All <span>4</span> files dealt with.");
    }

    @Test
    void a_duplicate_skipped_in_bulk_can_be_opened_and_used_to_update_the_recorded_challenge() throws Exception {
        byte[] stoke = report("Stoke-on-Trent City Council", "15 – 17 November 2016");
        List<Upload> first = settled(upload("BULK_SKIP", file("stoke.txt", stoke)));
        assertThat(first.getFirst().status()).isEqualTo("IMPORTED");
        long challenge = first.getFirst().challengeId();

        UUID batch = upload("BULK_SKIP", file("stoke-again.txt", stoke));
        Upload skipped = settled(batch).getFirst();
        assertThat(skipped.status()).isEqualTo("SKIPPED");
        assertThat(skipped.reviewable()).isTrue();
        String batchUrl = "/reports/import/" + batch;
        String url = batchUrl + "/files/" + skipped.id();
        assertThat(page(batchUrl)).contains("Duplicate skipped", "Update or dismiss", "href=\"" + url + "\"");
        assertThat(page(url)).contains("already recorded", "Update: replace its report", "Dismiss file");

        mvc.perform(corrected(
                                url,
                                "Stoke-on-Trent City Council",
                                15,
                                11,
                                2016,
                                "Publish the updated medium term financial strategy")
                        .param("onDuplicate", "UPDATE"))
                .andExpect(redirectedUrl(batchUrl));
        Upload updated = uploads.find(skipped.id()).orElseThrow();
        assertThat(updated.status()).isEqualTo("UPDATED");
        assertThat(updated.challengeId()).isEqualTo(challenge);
        assertThat(updated.reviewable()).isFalse();
        assertThat(contentBytes(updated.id())).isZero();
        assertThat(jdbc.sql("select text from report_finding where challenge_id = :c and kind = 'KEY_RECOMMENDATION'")
                        .param("c", challenge)
                        .query(String.class)
                        .list())
                .contains("Publish the updated medium term financial strategy");
    }
}

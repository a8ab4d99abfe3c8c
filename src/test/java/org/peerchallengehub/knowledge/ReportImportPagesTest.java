package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerchallengehub.knowledge.ReportUploads.Upload;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages: who may use them, bulk uploads with bad files, ZIPs, and the review form. */
@HubIntegrationTest
class ReportImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportUploads uploads;

    @Autowired
    JdbcClient jdbc;

    static final RequestPostProcessor STAFF = user("programme@example.gov.uk").roles("PROGRAMME_TEAM");

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    static byte[] sample() {
        return SampleReport.TEXT.getBytes(StandardCharsets.UTF_8);
    }

    static final byte[] BROKEN_PDF = "%PDF-1.7\nbroken".getBytes(StandardCharsets.ISO_8859_1);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PROGRAMME_TEAM, 200",
        "PEER_CHALLENGE_MANAGER, 200",
        "PRINCIPAL_ADVISER, 403",
        "PEER, 403",
        "COUNCIL, 403"
    })
    void importing_is_for_the_programme_team_and_managers(String role, int expected) throws Exception {
        mvc.perform(get("/reports/import").with(user("someone@example.gov.uk").roles(role)))
                .andExpect(status().is(expected));
        if (expected == 403) {
            mvc.perform(multipart("/reports/import")
                            .file(file("a.txt", sample()))
                            .param("mode", "BULK_SKIP")
                            .with(user("someone@example.gov.uk").roles(role))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void without_signing_in_import_asks_to_sign_in_but_search_is_open() throws Exception {
        mvc.perform(get("/reports/import")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/search")).andExpect(status().isOk());
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
        assertThat(location).startsWith("/reports/import/");
        return UUID.fromString(location.substring("/reports/import/".length()));
    }

    List<Upload> finished(UUID batch) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            List<Upload> files = uploads.batch(batch);
            if (files.stream().noneMatch(f -> f.status().equals("WAITING"))) {
                return files;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The batch did not finish in 30 s");
    }

    @Test
    void a_bad_file_among_good_ones_is_reported_and_the_rest_are_imported() throws Exception {
        UUID batch = upload(
                "BULK_UPDATE",
                file("sample.txt", sample()),
                file("broken.pdf", BROKEN_PDF),
                file(
                        "letter.txt",
                        "Dear Sir,\n\nThank you for your letter.\n\nYours faithfully"
                                .getBytes(StandardCharsets.UTF_8)));
        List<Upload> files = finished(batch);
        assertThat(files).extracting(Upload::fileName).containsExactly("sample.txt", "broken.pdf", "letter.txt");
        assertThat(files.get(0).status()).isIn("IMPORTED", "UPDATED");
        assertThat(files.get(0).reportId()).isNotNull();
        assertThat(files.get(1).status()).isEqualTo("UNREADABLE");
        assertThat(files.get(1).message()).isNotBlank();
        assertThat(files.get(2).status()).isIn("REFUSED", "UNREADABLE");

        String page = mvc.perform(get("/reports/import/" + batch).with(STAFF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("broken.pdf", "Unreadable", "View report");
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'report.%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_zip_with_a_bad_entry_imports_the_good_ones_and_a_zip_bomb_is_refused() throws Exception {
        byte[] zip = zip(
                List.of("reports/sample.txt", "reports/broken.pdf", "__MACOSX/._sample.txt"),
                List.of(sample(), BROKEN_PDF, new byte[] {1, 2}));
        byte[] bomb = zip(List.of("big.txt"), List.of(new byte[20 * 1024 * 1024]));
        UUID batch = upload("BULK_SKIP", file("reports.zip", zip), file("bomb.zip", bomb));
        List<Upload> files = finished(batch);
        assertThat(files)
                .extracting(Upload::fileName)
                .containsExactly("reports.zip › sample.txt", "reports.zip › broken.pdf", "bomb.zip");
        assertThat(files.get(0).status()).isIn("IMPORTED", "SKIPPED");
        assertThat(files.get(1).status()).isEqualTo("UNREADABLE");
        assertThat(files.get(2).status()).isEqualTo("UNREADABLE");
        assertThat(files.get(2).message()).contains("ZIP bomb");
    }

    @Test
    void a_reviewed_report_is_saved_with_the_corrections() throws Exception {
        UUID batch = upload("REVIEW", file("sample-review.txt", sample()));
        Upload upload = uploads.batch(batch).getFirst();
        assertThat(upload.status()).isEqualTo("TO_REVIEW");
        String url = "/reports/import/" + batch + "/files/" + upload.id();
        String page = mvc.perform(get(url).with(STAFF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Rutland", "The report’s text", "Refresh the medium term financial strategy");

        var form = post(url)
                .with(STAFF)
                .with(csrf())
                .param("council", "Rutland")
                .param("challengeType", "CORPORATE")
                .param("startDay", "3")
                .param("startMonth", "3")
                .param("startYear", "2025")
                .param("endDay", "6")
                .param("endMonth", "3")
                .param("endYear", "2025")
                .param("keyRecommendations", "A corrected first recommendation\nA second one")
                .param(
                        "team",
                        "Cllr Ann Example; Leader; Example Borough Council\nBob Example; Chief Executive; Example District Council");
        // The sample may be recorded already by another test: then the page asks to update or skip.
        String answer = mvc.perform(form).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (uploads.find(upload.id()).orElseThrow().status().equals("DUPLICATE")) {
            assertThat(answer).contains("already recorded", "Skip this file");
            mvc.perform(form.param("onDuplicate", "UPDATE")).andExpect(status().is3xxRedirection());
        }
        Upload saved = uploads.find(upload.id()).orElseThrow();
        assertThat(saved.status()).isIn("IMPORTED", "UPDATED");
        assertThat(jdbc.sql(
                                "select text from report_finding where report_id = :r and kind = 'KEY_RECOMMENDATION' order by position")
                        .param("r", saved.reportId())
                        .query(String.class)
                        .list())
                .containsExactly("A corrected first recommendation", "A second one");
        assertThat(jdbc.sql("select team_role from team_member where challenge_id = :c order by id")
                        .param("c", saved.challengeId())
                        .query(String.class)
                        .list())
                .containsExactly("LEAD_MEMBER_PEER", "LEAD_OFFICER_PEER");

        mvc.perform(post(url).with(STAFF).with(csrf()).param("council", "Atlantis"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_review_page_says_why_the_parser_left_a_field_empty() throws Exception {
        String text = "Executive summary\nThe council has made progress since the last peer challenge.\n"
                + "The peer team noted:\n- a clearer focus on residents\n- better use of data\n"
                + "Capacity to deliver\nStaff are proud to work for the council.\n";
        UUID batch = upload("REVIEW", file("page-without-council.txt", text.getBytes(StandardCharsets.UTF_8)));
        Upload upload = uploads.batch(batch).getFirst();
        String page = mvc.perform(get("/reports/import/" + batch + "/files/" + upload.id())
                        .with(STAFF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"parser-notes\"", "Council: left empty because no title names it")
                .contains("Peer team: left empty");
    }

    @Test
    void the_review_form_says_what_is_wrong() throws Exception {
        UUID batch = upload("REVIEW", file("another.txt", sample()));
        Upload upload = uploads.batch(batch).getFirst();
        String page = mvc.perform(post("/reports/import/" + batch + "/files/" + upload.id())
                        .with(STAFF)
                        .with(csrf())
                        .param("council", "Atlantis")
                        .param("challengeType", "CORPORATE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Enter a council", "Enter the first day on site");
        assertThat(uploads.find(upload.id()).orElseThrow().status()).isEqualTo("TO_REVIEW");

        // A team the peer pool would refuse (a name over 200 characters) saves nothing, not half a record.
        String refused = mvc.perform(post("/reports/import/" + batch + "/files/" + upload.id())
                        .with(STAFF)
                        .with(csrf())
                        .param("council", "Thurrock")
                        .param("challengeType", "CORPORATE")
                        .param("startDay", "1")
                        .param("startMonth", "5")
                        .param("startYear", "2013")
                        .param("endDay", "2")
                        .param("endMonth", "5")
                        .param("endYear", "2013")
                        .param("team", "Cllr Ok Person; Leader; Somewhere\n" + "N".repeat(250) + "; Role; Org"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("A peer’s name must be between 1 and 200 characters");
        assertThat(uploads.find(upload.id()).orElseThrow().status()).isEqualTo("TO_REVIEW");
        assertThat(jdbc.sql("select count(*) from challenge where on_site_start = date '2013-05-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from peer where full_name = 'Cllr Ok Person'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(multipart("/reports/import")
                        .param("mode", "REVIEW")
                        .with(STAFF)
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

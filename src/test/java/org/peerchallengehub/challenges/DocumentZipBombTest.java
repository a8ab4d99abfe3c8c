package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A challenge document is checked for what it holds before it is stored, as the report importer checks it. */
@HubIntegrationTest
class DocumentZipBombTest {

    @Autowired
    Challenges challenges;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_docx_that_expands_to_800_mb_is_refused_and_not_stored_and_a_damaged_one_too() throws Exception {
        var manager = ((AuthenticatedUser) users.loadUserByUsername(Demo.MANAGER)).currentUser();
        LocalDate start = LocalDate.of(2033, 2, 7);
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        Demo.COUNCIL_GSS,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        null,
                        null,
                        null,
                        null));
        byte[] bomb = docx(800);
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThatThrownBy(() -> challenges.upload(manager, id, DocumentKind.SUPPORTING, "scope.docx", bomb))
                .isInstanceOf(ChallengeRefused.class)
                .hasMessageContaining("ZIP bomb");
        byte[] damaged = java.util.Arrays.copyOf(docx(1), 300);
        assertThatThrownBy(() -> challenges.upload(manager, id, DocumentKind.SUPPORTING, "scope.docx", damaged))
                .isInstanceOf(ChallengeRefused.class);
        assertThat(jdbc.sql("select count(*) from challenge_document where challenge_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        challenges.upload(manager, id, DocumentKind.SUPPORTING, "fine.docx", docx(0));
    }

    /** A DOCX whose document part is {@code megabytes} MB of zeros (a few lines of XML when 0). */
    static byte[] docx(int megabytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

package org.peerchallengehub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Browser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hostile bytes as an attacker or a careless paste sends them: a null character in any text field or
 * query parameter (anonymous or signed in, page or API) is a 400 with a message, never a 500; truncated
 * multipart bodies and malformed or exploding OOXML files get a clear refusal at every upload; Tomcat's
 * own error pages carry the security headers; redirects never echo the Host header; a CSRF token in the
 * web address is refused.
 */
@HubIntegrationTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void a_null_character_in_a_query_parameter_is_a_400_with_a_message_for_pages_and_the_api() throws Exception {
        for (String path : List.of(
                "/councils?q=Thurr%00ock",
                "/reports/search?q=%00",
                "/councils/E06000034/benchmarking?group=%00",
                "/api/v1/councils?q=a%00b",
                "/api/v1/values?metric=%00&area=E06000034")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("contains a null character");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
    }

    @Test
    void a_null_character_in_any_form_field_is_a_400_whoever_sends_it() throws Exception {
        // Anonymous: the sign-in form.
        MvcResult signIn = mvc.perform(post("/sign-in")
                        .param("email", "admin@demo.local\0")
                        .param("password", "x")
                        .with(csrf()))
                .andReturn();
        assertThat(signIn.getResponse().getStatus()).isEqualTo(400);
        assertThat(signIn.getResponse().getErrorMessage()).isNull();
        assertThat(signIn.getRequest().getAttribute("hub.error.message"))
                .asString()
                .contains("The field ‘email’ contains a null character");
        // Signed in: a form of each kind of user.
        for (var form : List.of(
                post("/comparator-groups").param("name", "Group\0").with(as(Demo.MANAGER)),
                post("/peers").param("fullName", "A\0B").with(as(Demo.ADMIN)),
                post("/challenges").param("notes", "x\0y").with(as(Demo.MANAGER)),
                post("/admin/users").param("displayName", "\0").with(as(Demo.ADMIN)))) {
            assertThat(mvc.perform(form.with(csrf())).andReturn().getResponse().getStatus())
                    .isEqualTo(400);
        }
        // A field's name, too.
        assertThat(mvc.perform(post("/sign-in").param("e\0mail", "x").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void a_null_character_in_a_multipart_text_field_is_a_400() throws Exception {
        MvcResult result = mvc.perform(multipart("/reports/import")
                        .file(new MockMultipartFile("files", "r.txt", "text/plain", "text".getBytes()))
                        .param("mode", "REVIEW\0")
                        .with(as(Demo.ADMIN))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void a_truncated_multipart_body_is_refused_clearly_not_a_500() throws Exception {
        String boundary = "----hub-test-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "PK\u0003\u0004 half a file";
        // The body ends part way through the file: no closing boundary.
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/parse"))
                        .header("Authorization", "Bearer " + Demo.API_TOKEN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(head))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("upload");

        Browser browser = Browser.at(port);
        browser.signIn(Demo.MANAGER, Demo.PASSWORD);
        String token = Browser.csrf(browser.get("/peers/import").body());
        HttpResponse<String> page = browser.postBytes(
                "/peers/import",
                "multipart/form-data; boundary=" + boundary,
                head.getBytes(StandardCharsets.UTF_8),
                token);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The upload was cut short");
    }

    @Test
    void malformed_and_exploding_ooxml_files_are_refused_at_every_upload_never_a_500() throws Exception {
        byte[] notAZip = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        byte[] badXml = zip(
                "[Content_Types].xml",
                "<Types",
                "word/document.xml",
                "<w:document><unclosed",
                "xl/workbook.xml",
                "<workbook");
        byte[] bomb = bomb();
        for (byte[] file : List.of(notAZip, badXml, bomb)) {
            int[] statuses = {
                mvc.perform(multipart("/indicators/imports")
                                .file(new MockMultipartFile("file", "outturn.xlsx", "application/octet-stream", file))
                                .param("format", "revenue-outturn-xlsx")
                                .with(as(Demo.ADMIN))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus(),
                mvc.perform(multipart("/reports/import")
                                .file(new MockMultipartFile("files", "report.docx", "application/octet-stream", file))
                                .param("mode", "REVIEW")
                                .with(as(Demo.ADMIN))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus(),
                mvc.perform(multipart("/api/v1/reports/parse")
                                .file(new MockMultipartFile("file", "report.docx", "application/octet-stream", file))
                                .header("Authorization", "Bearer " + Demo.API_TOKEN))
                        .andReturn()
                        .getResponse()
                        .getStatus(),
                mvc.perform(multipart("/peers/import")
                                .file(new MockMultipartFile("file", "peers.csv", "text/csv", file))
                                .with(as(Demo.ADMIN))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus()
            };
            for (int status : statuses) {
                assertThat(status).isLessThan(500);
            }
        }
    }

    @Test
    void tomcats_own_error_pages_carry_the_security_headers() throws Exception {
        String response = raw("GET /councils/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Content-Security-Policy: default-src 'self'");
        assertThat(response).contains("X-Content-Type-Options: nosniff");
        assertThat(response).doesNotContain("Apache Tomcat");
    }

    @Test
    void redirects_never_take_their_host_from_the_request() throws Exception {
        String response = raw(
                "GET /account HTTP/1.1\r\nHost: attacker.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        String location = response.lines()
                .filter(l -> l.toLowerCase().startsWith("location:"))
                .findFirst()
                .orElseThrow();
        assertThat(location).doesNotContain("attacker.example").isEqualToIgnoringCase("Location: /sign-in");
    }

    @Test
    void a_csrf_token_in_the_web_address_is_refused() throws Exception {
        Browser browser = Browser.at(port);
        browser.signIn(Demo.PEER, Demo.PASSWORD);
        String token = Browser.csrf(browser.get("/account").body());
        HttpResponse<String> inQuery = browser.postRaw("/sign-out?_csrf=" + token, java.util.Map.of());
        assertThat(inQuery.statusCode()).isEqualTo(403);
        HttpResponse<String> inBody = browser.postRaw("/sign-out", java.util.Map.of("_csrf", token));
        assertThat(inBody.statusCode()).isEqualTo(302);
    }

    String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A DOCX and an XLSX in one whose document expands to 800 MB of zeros from well under 1 MB. */
    static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 800; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

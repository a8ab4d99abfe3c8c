package org.peerchallengehub.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.HubIntegrationTest;
import org.peerchallengehub.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** What every deployment relies on: health, size limits, OpenAPI, the real servlet container's answers. */
@HubIntegrationTest
class PlatformTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_up_when_the_database_answers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
    }

    @Test
    void the_openapi_description_covers_the_json_api() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/councils']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/councils/{gss}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/frameworks']").exists());
    }

    @Test
    void static_assets_are_served_with_a_content_hash_and_nothing_else_is_looked_up_as_a_file() throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(css.find())
                .as("hashed stylesheet link")
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(page).containsPattern("src=\"/js/app-[0-9a-f]{32}\\.mjs\"");
        org.assertj.core.api.Assertions.assertThat(page)
                .containsPattern("href=\"/govuk/govuk-frontend\\.min-[0-9a-f]{32}\\.css\"");
        for (String asset : new String[] {
            css.group(1),
            "/css/app.css",
            "/images/favicon.svg",
            "/govuk/govuk-frontend.min.js",
            "/govuk/govuk-frontend.min.css"
        }) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + asset))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            org.assertj.core.api.Assertions.assertThat(response.statusCode())
                    .as(asset)
                    .isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(
                            v -> org.assertj.core.api.Assertions.assertThat(v).contains("max-age="));
        }
        // a page's links are not static files: only the asset folders are mapped
        org.assertj.core.api.Assertions.assertThat(resourceUrls.getForLookupPath("/councils/E06000034"))
                .isNull();
        org.assertj.core.api.Assertions.assertThat(resourceUrls.getHandlerMap().keySet())
                .doesNotContain("/**")
                .contains("/css/**", "/govuk/**");
    }

    @Test
    void the_pages_are_an_lga_service_in_arial_without_the_gov_uk_font_or_crown() throws Exception {
        String css = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/govuk/govuk-frontend.min.css"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        org.assertj.core.api.Assertions.assertThat(css)
                .as("GOV.UK Frontend as built by scripts/build-frontend.sh")
                .contains(".govuk-service-navigation", "font-family:arial,sans-serif")
                .doesNotContain("GDS Transport")
                .doesNotContain("@font-face");
        String page = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("Local Government Association", "govuk-service-navigation__service-name")
                .doesNotContain("govuk-header__logotype")
                .doesNotContain("GOV.UK");
        org.assertj.core.api.Assertions.assertThat(new String(
                        getClass().getResourceAsStream("/static/govuk/VERSION").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .as("GOV.UK Frontend's version")
                .startsWith("6.");
    }

    @Test
    void reading_public_pages_creates_no_session() throws Exception {
        for (String page : new String[] {
            "/",
            "/councils",
            "/councils/E06000034",
            "/councils/E06000034/benchmarking",
            "/councils/E06000034/benchmarking/net-revenue-expenditure?group=type",
            "/councils/E06000034/nearest-neighbours",
            "/indicators/metrics",
            "/reports/search?q=finance"
        }) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            org.assertj.core.api.Assertions.assertThat(response.statusCode())
                    .as(page)
                    .isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.headers().allValues("Set-Cookie"))
                    .as("%s: a session (a database row) for every anonymous page view", page)
                    .isEmpty();
        }
    }

    @Test
    void an_oversized_form_post_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        mvc.perform(post("/sign-in")
                        .contentType("application/x-www-form-urlencoded")
                        .content(body)
                        .with(csrf()))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void an_oversized_request_to_the_real_server_gets_a_413_page() throws Exception {
        RawHttp.Response response = RawHttp.post(
                port,
                "/sign-in",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                new byte[0],
                5 * 1024 * 1024,
                (byte) 'a',
                new byte[0],
                false);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("What you sent is too large");
    }

    @Test
    void an_oversized_body_without_a_declared_length_is_cut_off_with_413() throws Exception {
        // chunked, so no Content-Length to refuse it by: it is counted as it is read and cut off at the limit
        RawHttp.Response response = RawHttp.post(
                port,
                "/sign-in",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                new byte[0],
                4 * 1024 * 1024,
                (byte) 'a',
                new byte[0],
                true);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("What you sent is too large");
    }

    @Test
    void an_upload_over_the_file_limit_is_a_413_page_not_an_error() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(csrf.find()).isTrue();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + org.peerchallengehub.support.Demo.MANAGER
                                + "&password="
                                + java.net.URLEncoder.encode(
                                        org.peerchallengehub.support.Demo.PASSWORD,
                                        java.nio.charset.StandardCharsets.UTF_8)
                                + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String importPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/peers/import"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(importPage);
        org.assertj.core.api.Assertions.assertThat(token.find()).isTrue();
        byte[] head =
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                        .getBytes();
        byte[] tail = "\r\n--b--\r\n".getBytes();
        String cookies = ((java.net.CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .map(java.net.HttpCookie::toString)
                        .collect(java.util.stream.Collectors.joining("; "));
        RawHttp.Response response = RawHttp.post(
                port,
                "/peers/import",
                Map.of(
                        "Content-Type",
                        "multipart/form-data; boundary=b",
                        "X-CSRF-TOKEN",
                        token.group(1),
                        "Accept",
                        "text/html",
                        "Cookie",
                        cookies),
                head,
                30 * 1024 * 1024,
                (byte) 'a',
                tail,
                false);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.text()).contains("What you sent is too large");
    }

    @Test
    void error_pages_never_show_a_stack_trace() throws Exception {
        mvc.perform(get("/councils").param("page", "9999999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }
}

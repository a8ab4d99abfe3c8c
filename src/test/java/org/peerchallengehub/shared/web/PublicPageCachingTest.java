package org.peerchallengehub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.support.Browser;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public pages can be cached by a CDN and revalidated with a 304; signed-in pages stay no-store. */
@HubIntegrationTest
class PublicPageCachingTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_council_page_and_the_register_send_a_validator_and_a_cache_lifetime_to_visitors() throws Exception {
        for (String path : new String[] {"/councils/" + Demo.COUNCIL_GSS, "/councils", "/"}) {
            HttpResponse<String> first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue(PublicPageCaching.PUBLIC);
            assertThat(first.headers().firstValue("Vary")).as(path).hasValue("Cookie");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void signed_in_pages_stay_no_store() throws Exception {
        Browser browser = Browser.at(port);
        browser.signIn(Demo.MANAGER, Demo.PASSWORD);
        HttpResponse<String> page = browser.get("/councils/" + Demo.COUNCIL_GSS);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(get("/sign-in", null).headers().firstValue("Cache-Control").orElseThrow())
                .contains("no-store");
    }
}

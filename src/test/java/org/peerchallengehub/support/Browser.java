package org.peerchallengehub.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser over real HTTP, without JavaScript: keeps its cookies, reads the CSRF token from
 * the page's form and signs in through the form. For tests that need what MockMvc cannot show (the
 * session cookie, the session store, another node).
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static Browser at(int port) {
        return new Browser("http://localhost:" + port);
    }

    /** Another browser with this one's cookies: the same person on another node. */
    public Browser withCookiesAt(String otherBase) {
        Browser other = new Browser(otherBase);
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            HttpCookie copy = (HttpCookie) cookie.clone();
            other.cookies.getCookieStore().add(URI.create(otherBase), copy);
        }
        return other;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form from {@code formPage}, with the CSRF token that page carries. */
    public HttpResponse<String> post(String formPage, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf(get(formPage).body()));
        return postRaw(action, form);
    }

    public HttpResponse<String> postRaw(String action, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts raw bytes (a multipart body, say) with the CSRF token in its header. */
    public HttpResponse<String> postBytes(String action, String contentType, byte[] body, String csrfToken)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", contentType)
                        .header("Accept", "text/html")
                        .header("X-CSRF-TOKEN", csrfToken)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/sign-in", "/sign-in", Map.of("email", email, "password", password));
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("/sign-in").contains("/sign-in")) {
            throw new AssertionError("Sign-in of " + email + " failed: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return response;
    }

    /** The session cookie's value, as the browser holds it. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("HUB_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    public static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return m.group(1);
    }
}

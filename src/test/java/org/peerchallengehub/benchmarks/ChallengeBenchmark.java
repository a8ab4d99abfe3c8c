package org.peerchallengehub.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.challenges.HistoryGenerator;
import org.peerchallengehub.support.Demo;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 3's speed targets, measured over real HTTP against the running application with the
 * generated 15-year history loaded: programme dashboard and challenge page p95 under 150 ms, team
 * proposals (the team page as its manager sees it) under 300 ms. Not part of the test suite: run
 * with {@code scripts/bench-challenges.sh}. Writes target/benchmarks/challenges.txt.
 */
@Tag("benchmark")
@HubIntegrationTest
class ChallengeBenchmark {

    @Autowired
    HistoryGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void dashboard_challenge_page_and_team_proposals_with_fifteen_years_of_history() throws Exception {
        long started = System.nanoTime();
        var generated = generator.generate(15, 800, 2011);
        double generateSeconds = (System.nanoTime() - started) / 1e9;

        HttpClient admin = signedIn(Demo.ADMIN);
        HttpClient manager = signedIn(Demo.MANAGER);
        List<Long> challengeIds = jdbc.sql(
                        "select id from challenge where state not in ('ENQUIRY') order by random() limit 50")
                .query(Long.class)
                .list();
        List<Long> managed = jdbc.sql(
                        """
                        select c.id from challenge c join user_account u on u.id = c.manager_user_id
                        where u.email = :email and c.state in ('BOOKED', 'SCOPING', 'PREPARING') order by c.id limit 20
                        """)
                .param("email", Demo.MANAGER)
                .query(Long.class)
                .list();
        assertThat(managed).isNotEmpty();

        StringBuilder report = new StringBuilder();
        report.append(String.format("Generated %s in %.1f s%n", generated, generateSeconds));
        report.append(measure("programme dashboard (/programme)", admin, i -> "/programme", 200));
        report.append(measure(
                "challenge page (/challenges/{id})",
                admin,
                i -> "/challenges/" + challengeIds.get(i % challengeIds.size()),
                300));
        report.append(measure(
                "team page with proposals (/challenges/{id}/team)",
                manager,
                i -> "/challenges/" + managed.get(i % managed.size()) + "/team",
                200));
        report.append(measure("challenges list (/challenges)", admin, i -> "/challenges", 200));
        System.out.print(report);
        Path out = Path.of("target/benchmarks/challenges.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    interface PathFor {
        String path(int i);
    }

    String measure(String name, HttpClient client, PathFor paths, int n) throws Exception {
        for (int i = 0; i < 20; i++) {
            get(client, paths.path(i));
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = get(client, paths.path(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(response.statusCode()).as(paths.path(i)).isEqualTo(200);
        }
        Arrays.sort(ms);
        return String.format(
                "%-50s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                name, n, ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpClient signedIn(String email) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = get(client, "/sign-in").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return client;
    }
}

package org.peerchallengehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.shared.cluster.ClusterLock;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Browser;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes against one PostgreSQL: the shared test application, and a second instance of the same
 * application started here on the first one's database (as an external database, as a second node
 * would be). A person signs in on one and carries on on the other; an edit on one is seen on the other
 * at once; disabling an account on one ends its session on the other; a job that must run once across
 * the cluster runs on one node only.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PeerPool peers;

    @Autowired
    ClusterLock lock;

    ConfigurableApplicationContext second;
    int secondPort;

    @BeforeAll
    void startTheSecondNode() {
        var hikari = (com.zaxxer.hikari.HikariDataSource) dataSource;
        second = new SpringApplicationBuilder(PeerChallengeHubApplication.class)
                .properties(Map.of(
                        "spring.datasource.url", hikari.getJdbcUrl(),
                        "spring.datasource.username", hikari.getUsername(),
                        "spring.datasource.password", hikari.getPassword(),
                        "spring.datasource.hikari.maximum-pool-size", "4",
                        "server.port", "0",
                        "hub.demo", "false",
                        "hub.indicators.starting-dataset", "never",
                        "logging.level.root", "WARN",
                        "spring.main.banner-mode", "off"))
                .run();
        secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    void stopTheSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void signed_in_on_one_node_a_person_carries_on_on_the_other_and_sees_its_edits_at_once() throws Exception {
        String email = "two.nodes@example.test";
        accounts.create(new NewUserAccount(
                email, "Two Nodes", Role.PROGRAMME_TEAM, null, null, null, "a-long-password-123", false));
        Browser first = Browser.at(port);
        first.signIn(email, "a-long-password-123");
        Browser other = first.withCookiesAt("http://localhost:" + secondPort);
        HttpResponse<String> account = other.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Two Nodes");

        // An edit made through the first node is on the second node's page at once.
        peers.create(new PeerDraft(
                "Edited On Node One",
                PeerKind.OFFICER,
                "Director",
                "Somewhere",
                null,
                null,
                null,
                true,
                null,
                java.util.List.of()));
        assertThat(other.get("/peers?name=Edited+On+Node+One").body()).contains("Edited On Node One");

        // Disabled on the first node, refused on the second.
        accounts.setEnabled(accounts.byEmail(email).orElseThrow().id(), false);
        HttpResponse<String> after = other.get("/account");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void work_that_must_run_once_across_the_cluster_runs_on_one_node() throws Exception {
        ClusterLock secondLock = second.getBean(ClusterLock.class);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread firstNode = Thread.ofVirtual()
                .start(() -> lock.runOnce("two-nodes-test", Duration.ofMinutes(1), () -> {
                    runs.incrementAndGet();
                    running.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        boolean ranOnSecond = secondLock.runOnce("two-nodes-test", Duration.ofMinutes(1), runs::incrementAndGet);
        release.countDown();
        firstNode.join();
        assertThat(ranOnSecond).isFalse();
        assertThat(runs).hasValue(1);
    }
}

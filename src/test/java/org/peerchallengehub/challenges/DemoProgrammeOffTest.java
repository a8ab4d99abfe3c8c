package org.peerchallengehub.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With demo mode off ({@code HUB_DEMO=false}, as with an external database unless {@code HUB_DEMO=true}),
 * the demonstration programme is never created: not at start, and not when the demo runner is run
 * again with every account the programme would need in place.
 */
@HubIntegrationTest
@TestPropertySource(properties = {"hub.demo=false", "hub.demo-programme=true"})
class DemoProgrammeOffTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void nothing_of_the_demo_is_created_when_demo_mode_is_off() throws Exception {
        assertThat(count("challenge")).isZero();
        // The accounts the programme is built for, so that only demo mode can stop it.
        for (var person : new Object[][] {
            {DemoContext.ADMIN, Role.PROGRAMME_TEAM, null},
            {DemoContext.MANAGER, Role.PEER_CHALLENGE_MANAGER, null},
            {DemoContext.ADVISER, Role.PRINCIPAL_ADVISER, null},
            {DemoContext.PEER, Role.PEER, null},
            {DemoContext.COUNCIL, Role.COUNCIL, DemoContext.COUNCIL_GSS}
        }) {
            accounts.create(new NewUserAccount(
                    (String) person[0],
                    "Off " + person[0],
                    (Role) person[1],
                    (String) person[2],
                    null,
                    null,
                    "a-long-password-123",
                    false));
        }
        context.getBean("demoRunner", ApplicationRunner.class).run(new DefaultApplicationArguments());
        assertThat(count("challenge")).isZero();
        assertThat(count("demo_contribution")).isZero();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}

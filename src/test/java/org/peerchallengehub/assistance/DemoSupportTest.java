package org.peerchallengehub.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's support record, applied in a transaction that is rolled back afterwards (the shared test
 * context runs without the demonstration programme): an adviser signing in finds realistic work.
 */
@HubIntegrationTest
class DemoSupportTest {

    @Autowired
    Support support;

    @Autowired
    SupportRecord record;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void the_demo_adviser_has_councils_a_conversation_and_a_finance_peer_review_offered() {
        LocalDate today = LocalDate.now(clock);
        DemoSupport demo = new DemoSupport(support, users);
        assertThat(demo.order()).isEqualTo(510);
        transactions.executeWithoutResult(status -> {
            demo.contribute(new DemoContext(today));

            CouncilSupport thurrock = record.forCouncil(DemoSupport.THURROCK);
            assertThat(thurrock.adviserName()).isEqualTo("Avery Adviser (demo)");
            assertThat(thurrock.lastContact()).isEqualTo(today.minusDays(21));
            assertThat(thurrock.latestSupport()).isNotNull();
            assertThat(thurrock.latestSupport().kind()).isEqualTo(SupportKind.FINANCE_PEER_REVIEW);
            assertThat(thurrock.latestSupport().state()).isEqualTo(SupportState.OFFERED);
            assertThat(record.councilsAdvisedBy(thurrock.adviserUserId()))
                    .contains(DemoSupport.THURROCK, DemoSupport.SOUTHEND, DemoSupport.BASILDON, DemoSupport.ESSEX)
                    .doesNotContain(DemoSupport.LUTON);
            assertThat(record.forCouncil(DemoSupport.SOUTHEND).latestSupport().state())
                    .isEqualTo(SupportState.UNDER_WAY);
            assertThat(record.forCouncil(DemoSupport.LUTON).adviserName()).isEqualTo("Kit Fictional (demo)");
            assertThat(support.sharedSummary(DemoSupport.THURROCK)).isPresent();

            // fictional, marked, and naming nobody: every text says it is demonstration data
            assertThat(jdbc.sql(
                                    "select summary from assistance_conversation where council_gss in ('E06000034', 'E06000033')")
                            .query(String.class)
                            .list())
                    .hasSize(2)
                    .allMatch(s -> s.startsWith("Demonstration data:"));
            assertThat(jdbc.sql("select count(*) from audit_event where action like 'support.%'")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(12);
            status.setRollbackOnly();
        });
    }
}

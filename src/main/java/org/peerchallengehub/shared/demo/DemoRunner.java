package org.peerchallengehub.shared.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the demonstration programme from every module's {@link DemoContributor}, once per database,
 * after the demo accounts exist (they are created at order 20). Several nodes starting together take
 * turns through an advisory lock.
 */
@Component
@Order(100)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoMode demo;
    private final List<DemoContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoRunner(
            DemoMode demo,
            List<DemoContributor> contributors,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.demo = demo;
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isOn() || contributors.isEmpty()) {
            return;
        }
        DemoContext context = new DemoContext(LocalDate.now(clock));
        List<DemoContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoContributor::order).thenComparing(DemoContributor::name))
                .toList();
        ordered.stream().filter(c -> !c.afterStart()).forEach(contributor -> apply(contributor, context));
        List<DemoContributor> later =
                ordered.stream().filter(DemoContributor::afterStart).toList();
        if (!later.isEmpty()) {
            Thread.ofPlatform().daemon().name("demo-after-start").start(() -> later.forEach(c -> apply(c, context)));
        }
    }

    private void apply(DemoContributor contributor, DemoContext context) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('hub.demo'))")
                        .query()
                        .listOfRows();
                boolean done = jdbc.sql("select exists (select 1 from demo_contribution where name = :name)")
                        .param("name", contributor.name())
                        .query(Boolean.class)
                        .single();
                if (done) {
                    return;
                }
                long started = System.nanoTime();
                contributor.contribute(context);
                jdbc.sql("insert into demo_contribution (name) values (:name)")
                        .param("name", contributor.name())
                        .update();
                log.info("Demo: {} added ({} ms)", contributor.name(), (System.nanoTime() - started) / 1_000_000);
            });
        } catch (RuntimeException e) {
            log.warn("Demo: {} could not be added and will be tried again at the next start", contributor.name(), e);
        }
    }
}

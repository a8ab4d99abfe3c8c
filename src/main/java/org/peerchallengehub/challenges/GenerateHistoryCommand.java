package org.peerchallengehub.challenges;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar peer-challenge-hub.jar generate-history [--years=15] [--peers=800] [--seed=2011]}:
 * loads a synthetic programme history into the configured database (after the register and the demo
 * accounts), unless one is already there.
 */
@Component
@Order(100)
class GenerateHistoryCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateHistoryCommand.class);

    private final HistoryGenerator generator;

    GenerateHistoryCommand(HistoryGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains("generate-history")) {
            return;
        }
        if (generator.alreadyGenerated()) {
            log.warn("A generated history is already loaded; nothing to do");
            return;
        }
        int years = intOption(args, "years", 15);
        int peers = intOption(args, "peers", 800);
        long seed = intOption(args, "seed", 2011);
        long started = System.nanoTime();
        var generated = generator.generate(years, peers, seed);
        log.info("Loaded {} in {} ms", generated, (System.nanoTime() - started) / 1_000_000);
    }

    private static int intOption(ApplicationArguments args, String name, int fallback) {
        var values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.getFirst());
    }
}

package org.peerchallengehub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Peer Challenge Hub: one system for the sector-led improvement of English councils.
 *
 * <p>Started with no arguments it serves the web application. Command-line verbs run a task against
 * the configured database without the web server, then exit: {@code generate-history} loads a
 * synthetic programme history (see {@code challenges.HistoryGenerator}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PeerChallengeHubApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PeerChallengeHubApplication.class);
        boolean task = args.length > 0 && args[0].equals("generate-history");
        if (task) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (task) {
            System.exit(SpringApplication.exit(context));
        }
    }
}

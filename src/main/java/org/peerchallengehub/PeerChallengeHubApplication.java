package org.peerchallengehub;

import org.peerchallengehub.knowledge.ReportParserCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Peer Challenge Hub: one system for the sector-led improvement of English councils.
 *
 * <p>Started with no arguments it serves the web application. Later capabilities add command-line
 * verbs (such as {@code parse-report}) that run without the web server.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PeerChallengeHubApplication {

    public static void main(String[] args) {
        if (ReportParserCli.handles(args)) {
            // A command-line verb: no web server, no database.
            System.exit(ReportParserCli.run(args, System.out, System.err));
        }
        SpringApplication.run(PeerChallengeHubApplication.class, args);
    }
}

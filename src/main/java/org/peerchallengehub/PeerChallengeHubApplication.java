package org.peerchallengehub;

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
        SpringApplication.run(PeerChallengeHubApplication.class, args);
    }
}

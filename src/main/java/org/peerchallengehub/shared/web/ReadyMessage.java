package org.peerchallengehub.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, in one line at the end of start-up, that the Hub is ready and where: the address to open, and
 * where to find the demo accounts' password. Without it a first start ends in framework lines only.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;

    ReadyMessage(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        log.info(message(web.getWebServer().getPort(), environment.getProperty("hub.public-url", "")));
    }

    static String message(int port, String publicUrl) {
        String address = publicUrl.isBlank() ? "http://localhost:" + port + "/" : publicUrl;
        return "Peer Challenge Hub is ready: open " + address
                + " (stop it with Ctrl+C; the demo accounts, where demo mode is on, are listed in the README)";
    }
}

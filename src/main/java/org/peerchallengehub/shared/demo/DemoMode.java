package org.peerchallengehub.shared.demo;

import org.peerchallengehub.shared.database.EmbeddedDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation is a demonstration: {@code HUB_DEMO} if set, else on exactly when the
 * database is the embedded one. Nothing of the demo is ever created against an external database
 * unless {@code HUB_DEMO=true}.
 */
@Component
public class DemoMode {

    private final Environment env;

    DemoMode(Environment env) {
        this.env = env;
    }

    public boolean isOn() {
        return isOn(env);
    }

    public static boolean isOn(Environment env) {
        String demo = env.getProperty("hub.demo", "");
        return demo.isBlank() ? EmbeddedDatabaseCondition.isEmbedded(env) : Boolean.parseBoolean(demo.strip());
    }
}

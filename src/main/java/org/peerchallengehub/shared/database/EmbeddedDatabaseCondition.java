package org.peerchallengehub.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured ({@code spring.datasource.url} is unset). */
public final class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    public static boolean isEmbedded(org.springframework.core.env.Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}

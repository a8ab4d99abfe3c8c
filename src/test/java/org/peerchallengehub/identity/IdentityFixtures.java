package org.peerchallengehub.identity;

import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/** For tests outside the module (the access matrix): an API token of a user, whose type stays package-private. */
public final class IdentityFixtures {

    private IdentityFixtures() {}

    /** Creates an API token for the user; the token's id. */
    public static long createApiToken(ApplicationContext context, CurrentUser owner, String name) {
        return context.getBean(ApiTokens.class).create(owner, name).token().id();
    }
}

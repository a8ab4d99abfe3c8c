package org.peerchallengehub.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
record ApiToken(
        long id,
        String name,
        String tokenPrefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}

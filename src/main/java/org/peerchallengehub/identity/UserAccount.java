package org.peerchallengehub.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;

/** A person who can sign in. */
public record UserAccount(
        long id,
        String email,
        String displayName,
        Role role,
        @Nullable String councilGss,
        @Nullable String jobTitle,
        @Nullable String organisation,
        boolean enabled,
        boolean demo,
        Instant createdAt) {

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, email, displayName, role, councilGss);
    }
}

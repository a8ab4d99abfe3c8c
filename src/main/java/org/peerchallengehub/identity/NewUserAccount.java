package org.peerchallengehub.identity;

import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.Role;

/** What is needed to create an account. The password is in clear text here and hashed on save. */
public record NewUserAccount(
        String email,
        String displayName,
        Role role,
        @Nullable String councilGss,
        @Nullable String jobTitle,
        @Nullable String organisation,
        String password,
        boolean demo) {}

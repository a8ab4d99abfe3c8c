package org.peerchallengehub.shared.security;

/** Implemented by the security principal so that modules can read the {@link CurrentUser}. */
public interface AuthenticatedUser {
    CurrentUser currentUser();
}

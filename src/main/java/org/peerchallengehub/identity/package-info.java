/**
 * People, roles and sign-in: user accounts with one role each, form sign-in with throttling, personal
 * API tokens, demo accounts, and the security configuration that applies every module's route rules
 * and denies the rest.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared", "councils"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.identity;

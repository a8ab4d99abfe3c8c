package org.peerchallengehub.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may reach its routes. The security configuration applies every
 * module's rules and then denies everything else: a route nobody declared is unreachable.
 */
public interface RouteRules {

    /** Rules for browser pages. */
    default void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {}

    /** Rules for the JSON API under {@code /api/}. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {}
}

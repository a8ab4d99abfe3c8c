package org.peerchallengehub.risk;

import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Early warning is confidential to principal advisers and the programme team: anyone else signed in —
 * council users, peers, and peer challenge managers (who run challenges with councils and need no
 * concern levels to do it; decision 0080) — gets 404 on every risk page and API route, as if it did not
 * exist. The backtest and the advisers' regions are the programme team's alone (404 for advisers too).
 * Which councils an adviser may see (their region) is checked by {@link RiskAccess} on every request.
 */
@Component
class RiskRoutes implements RouteRules {

    static boolean earlyWarning(Role role) {
        return role == Role.PROGRAMME_TEAM || role == Role.PRINCIPAL_ADVISER;
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        "/risk/backtest",
                        "/risk/backtest.csv",
                        "/risk/backtest/**",
                        "/risk/advisers",
                        "/risk/advisers/**")
                .access(Authorizations.userOrNotFound((user, context) -> user.role() == Role.PROGRAMME_TEAM));
        routes.requestMatchers(HttpMethod.GET, "/risk", "/risk/**")
                .access(Authorizations.userOrNotFound((user, context) -> earlyWarning(user.role())));
        routes.requestMatchers(HttpMethod.POST, "/risk/events", "/risk/events/import")
                .access(Authorizations.userOrNotFound((user, context) -> earlyWarning(user.role())));
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/risk/**")
                .access(Authorizations.userOrNotFound((user, context) -> earlyWarning(user.role())));
    }
}

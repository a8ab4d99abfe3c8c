package org.peerchallengehub.evidence;

import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The board's API changes reach signed-in callers; the controller then asks {@link EvidenceTable}
 * for a seat (404 without one). The board's pages and reading API are under the challenge's own
 * rules (challenges.ChallengeRoutes) and likewise ask for a seat.
 */
@Component
class BoardRoutes implements RouteRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/v1/challenges/{id}/themes/grouping")
                .authenticated();
        routes.requestMatchers(HttpMethod.PATCH, "/api/v1/challenges/{id}/themes/{themeId}")
                .authenticated();
        routes.requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/challenges/{id}/themes/{themeId}/merge",
                        "/api/v1/challenges/{id}/themes/{themeId}/split",
                        "/api/v1/challenges/{id}/themes/{themeId}/move")
                .authenticated();
    }
}

package org.peerchallengehub.evidence;

import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The component suggestion answers any signed-in user: it reveals only component ids and scores, never
 * a note or who wrote it (decision 0063).
 */
@Component
class SuggestRoutes implements RouteRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/v1/frameworks/{frameworkId}/suggest-component")
                .authenticated();
    }
}

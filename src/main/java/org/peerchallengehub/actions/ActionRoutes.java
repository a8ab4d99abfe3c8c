package org.peerchallengehub.actions;

import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A published action plan is public. The plan's own pages live under {@code /challenges/{id}/…} and pass
 * the challenges module's rule first (who may see the challenge), then {@link ActionPlans#access}.
 */
@Component
class ActionRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/action-plans/{slug}").permitAll();
    }
}

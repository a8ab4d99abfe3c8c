package org.peerchallengehub.indicators;

import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The metric catalogue and values API are public, as the same figures are on the public council
 * pages (decision 0017); a comparison with one's own custom group needs the session or a token.
 */
@Component
class IndicatorApiRoutes implements RouteRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/metrics", "/api/v1/values")
                .permitAll();
    }
}

package org.peerchallengehub.frameworks;

import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The framework and the programme rules are public knowledge. */
@Component
class FrameworkRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/frameworks", "/frameworks/{id}", "/programme-rules")
                .permitAll();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/frameworks",
                        "/api/v1/frameworks/**",
                        "/api/v1/programme-rules",
                        "/api/v1/programme-rules/**")
                .permitAll();
    }
}

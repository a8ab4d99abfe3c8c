package org.peerchallengehub.shared;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The start page and fixed pages are public; the audit trail is for the programme team. */
@Component
class SharedRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/", "/accessibility", "/data-sources")
                .permitAll();
        routes.requestMatchers(HttpMethod.GET, "/admin/audit").hasRole(Role.PROGRAMME_TEAM.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/audit").hasRole(Role.PROGRAMME_TEAM.name());
    }
}

package org.peerchallengehub.identity;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class IdentityRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/sign-in").permitAll();
        routes.requestMatchers("/account", "/account/**").authenticated();
        routes.requestMatchers("/admin/users", "/admin/users/**").hasRole(Role.PROGRAMME_TEAM.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
        routes.requestMatchers(HttpMethod.GET, "/api/v1/users").hasRole(Role.PROGRAMME_TEAM.name());
    }
}

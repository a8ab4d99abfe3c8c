package org.peerchallengehub.indicators;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The metric catalogue is public; importing data is for the programme team. */
@Component
class IndicatorRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/indicators/metrics").permitAll();
        routes.requestMatchers(HttpMethod.GET, "/indicators/imports").hasRole(Role.PROGRAMME_TEAM.name());
        routes.requestMatchers(HttpMethod.POST, "/indicators/imports").hasRole(Role.PROGRAMME_TEAM.name());
    }
}

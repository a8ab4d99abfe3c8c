package org.peerchallengehub.indicators;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Benchmarking (decision 0015): the published figures compared are public, like the council page; custom
 * comparator groups are for signed-in users (each sees only their own, checked in the service);
 * recomputing nearest neighbours on demand is for the programme team.
 */
@Component
class ComparisonRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/councils/{gss}/benchmarking",
                        "/councils/{gss}/benchmarking.csv",
                        "/councils/{gss}/benchmarking/{metric}",
                        "/councils/{gss}/benchmarking/{metric}/across.csv",
                        "/councils/{gss}/benchmarking/{metric}/over-time.csv",
                        "/councils/{gss}/nearest-neighbours",
                        "/councils/{gss}/nearest-neighbours.csv",
                        "/indicators/benchmarking",
                        "/indicators/nearest-neighbours")
                .permitAll();
        routes.requestMatchers(HttpMethod.POST, "/indicators/nearest-neighbours")
                .hasRole(Role.PROGRAMME_TEAM.name());
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/comparator-groups",
                        "/comparator-groups/new",
                        "/comparator-groups/{id}/edit",
                        "/comparator-groups/{id}/delete")
                .authenticated();
        routes.requestMatchers(
                        HttpMethod.POST,
                        "/comparator-groups",
                        "/comparator-groups/{id}/edit",
                        "/comparator-groups/{id}/delete")
                .authenticated();
    }
}

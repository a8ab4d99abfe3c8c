package org.peerchallengehub.knowledge;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Parsing reports is for signed-in LGA staff; importing them for the programme team and managers.
 * Published reports are public, so searching them, reading them and finding similar findings across the
 * sector is open to everyone (decisions 0011, 0013).
 */
@Component
class KnowledgeRoutes implements RouteRules {

    private static final String[] IMPORTERS = {Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name()};

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/reports/import", "/reports/import/**").hasAnyRole(IMPORTERS);
        routes.requestMatchers(
                        HttpMethod.GET,
                        "/reports/search",
                        "/reports/notable-practice",
                        "/reports/themes",
                        "/reports/{id:\\d{1,18}}",
                        "/reports/findings/{id:\\d{1,18}}/similar")
                .permitAll();
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/findings/{id:\\d{1,18}}/similar")
                .permitAll();
        routes.requestMatchers(HttpMethod.POST, "/api/v1/reports/parse")
                .hasAnyRole(
                        Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name(), Role.PRINCIPAL_ADVISER.name());
    }
}

package org.peerchallengehub.councils;

import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The register is public; a council's workspace is for LGA staff and that council's own users. */
@Component
class CouncilRoutes implements RouteRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/councils/{gss}/workspace")
                .access(Authorizations.actingForCouncilInPath());
        routes.requestMatchers(HttpMethod.GET, "/councils", "/councils/{gss}").permitAll();
        // reorganisations recorded ahead of time: LGA staff read them, the programme team records them
        routes.requestMatchers(HttpMethod.GET, "/reorganisations/new").hasRole(Role.PROGRAMME_TEAM.name());
        routes.requestMatchers(HttpMethod.POST, "/reorganisations", "/reorganisations/import")
                .hasRole(Role.PROGRAMME_TEAM.name());
        routes.requestMatchers(HttpMethod.GET, "/reorganisations")
                .hasAnyRole(
                        Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name(), Role.PRINCIPAL_ADVISER.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/councils", "/api/v1/councils/{gss}")
                .permitAll();
    }
}

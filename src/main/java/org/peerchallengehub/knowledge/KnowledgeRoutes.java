package org.peerchallengehub.knowledge;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Parsing reports is for signed-in LGA staff. */
@Component
class KnowledgeRoutes implements RouteRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/v1/reports/parse")
                .hasAnyRole(
                        Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name(), Role.PRINCIPAL_ADVISER.name());
    }
}

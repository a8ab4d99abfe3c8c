package org.peerchallengehub.peers;

import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * LGA staff read the pool; the programme team and managers change it; a peer looks after their own entry
 * (the one their account is linked to) at /peer-profile.
 */
@Component
class PeerRoutes implements RouteRules {

    static final String[] STAFF = {
        Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name(), Role.PRINCIPAL_ADVISER.name()
    };
    static final String[] EDITORS = {Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name()};

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/peer-profile").hasRole(Role.PEER.name());
        routes.requestMatchers(HttpMethod.POST, "/peer-profile/**").hasRole(Role.PEER.name());
        routes.requestMatchers(HttpMethod.GET, "/peers/new", "/peers/{id}/edit", "/peers/import")
                .hasAnyRole(EDITORS);
        routes.requestMatchers(HttpMethod.POST, "/peers", "/peers/**").hasAnyRole(EDITORS);
        routes.requestMatchers(HttpMethod.GET, "/peers", "/peers/**").hasAnyRole(STAFF);
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/peers", "/api/v1/peers/**")
                .hasAnyRole(STAFF);
    }
}

package org.peerchallengehub.challenges;

import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * A challenge's pages, downloads and API are reachable only by those who may see that challenge
 * (checked against the database for every request); what they may change is checked again by the
 * services. Booking is for the programme team and managers; the dashboard for the programme team.
 */
@Component
class ChallengeRoutes implements RouteRules {

    private static final String[] BOOKERS = {Role.PROGRAMME_TEAM.name(), Role.PEER_CHALLENGE_MANAGER.name()};

    private final ChallengeAccess access;

    ChallengeRoutes(ChallengeAccess access) {
        this.access = access;
    }

    private AuthorizationManager<RequestAuthorizationContext> mayView() {
        // Another council's challenge, or one a peer is not on, is "not found" (404), not "forbidden".
        return Authorizations.userOrNotFound((user, context) -> {
            String id = context.getVariables().get("id");
            return id != null && id.matches("\\d{1,18}") && access.canView(user, Long.parseLong(id));
        });
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/programme").hasRole(Role.PROGRAMME_TEAM.name());
        routes.requestMatchers(HttpMethod.GET, "/challenges/new").hasAnyRole(BOOKERS);
        routes.requestMatchers(HttpMethod.POST, "/challenges").hasAnyRole(BOOKERS);
        routes.requestMatchers(HttpMethod.GET, "/challenges").authenticated();
        routes.requestMatchers("/challenges/{id}", "/challenges/{id}/**").access(mayView());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/challenges").authenticated();
        routes.requestMatchers(HttpMethod.GET, "/api/v1/challenges/{id}", "/api/v1/challenges/{id}/**")
                .access(mayView());
    }
}

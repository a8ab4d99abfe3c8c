package org.peerchallengehub.evidence;

import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The notes API's changes (POST, PUT, DELETE) are for those with a seat at the challenge's table;
 * anyone else signed in gets 404 (decision 0060). Reading the API and the pages under
 * {@code /challenges/{id}/…} pass the challenges module's rules first, then {@link EvidenceTable}.
 */
@Component
class NotesRoutes implements RouteRules {

    private final ChallengeTeams teams;

    NotesRoutes(ChallengeTeams teams) {
        this.teams = teams;
    }

    private AuthorizationManager<RequestAuthorizationContext> seated() {
        return Authorizations.userOrNotFound((user, context) -> {
            String id = context.getVariables().get("id");
            return id != null
                    && id.matches("\\d{1,18}")
                    && teams.seat(user, Long.parseLong(id)).isPresent();
        });
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.POST, "/api/v1/challenges/{id}/notes").access(seated());
        routes.requestMatchers(HttpMethod.PUT, "/api/v1/challenges/{id}/notes/{noteId}")
                .access(seated());
        routes.requestMatchers(HttpMethod.DELETE, "/api/v1/challenges/{id}/notes/{noteId}")
                .access(seated());
    }
}

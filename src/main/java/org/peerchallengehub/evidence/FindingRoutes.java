package org.peerchallengehub.evidence;

import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The findings API (every method) is reachable only with a seat at the challenge's table: anyone
 * else signed in gets 404, as for a challenge that does not exist (decision 0060). The pages under
 * {@code /challenges/{id}/…} pass the challenges module's rule, then {@link EvidenceTable}.
 */
@Component
class FindingRoutes implements RouteRules {

    private final ChallengeTeams teams;

    FindingRoutes(ChallengeTeams teams) {
        this.teams = teams;
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers("/api/v1/challenges/{id}/findings", "/api/v1/challenges/{id}/findings/**")
                .access(Authorizations.userOrNotFound((user, context) -> {
                    String id = context.getVariables().get("id");
                    return id != null
                            && id.matches("\\d{1,18}")
                            && teams.seat(user, Long.parseLong(id)).isPresent();
                }));
    }
}

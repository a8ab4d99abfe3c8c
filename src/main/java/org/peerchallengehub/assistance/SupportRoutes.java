package org.peerchallengehub.assistance;

import org.peerchallengehub.shared.security.Authorizations;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who reaches the support record (decision 0095): principal advisers and the programme team. Council
 * users, peers and peer challenge managers are answered 404 on every page and API, as if support were
 * not recorded at all; someone signed out is asked to sign in. Writing and sharing the summary a council
 * may read is the programme team's: an adviser, who knows the page, is refused (403).
 */
@Component
class SupportRoutes implements RouteRules {

    private static AuthorizationManager<RequestAuthorizationContext> advisersAndProgrammeTeam() {
        return Authorizations.userOrNotFound((user, context) -> Support.maySee(user));
    }

    /** The programme team; an adviser is refused (403); anyone else signed in is answered 404. */
    private static AuthorizationManager<RequestAuthorizationContext> programmeTeam() {
        return (authentication, context) -> {
            var user = CurrentUsers.from(authentication.get());
            if (user.isPresent() && !Support.maySee(user.get())) {
                context.getRequest().setAttribute(Authorizations.NOT_FOUND, Boolean.TRUE);
            }
            return new AuthorizationDecision(
                    user.map(u -> u.has(Role.PROGRAMME_TEAM)).orElse(false));
        };
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/support/councils/{gss}/summaries/new")
                .access(programmeTeam());
        routes.requestMatchers(
                        HttpMethod.POST, "/support/councils/{gss}/summaries", "/support/councils/{gss}/summaries/**")
                .access(programmeTeam());
        routes.requestMatchers(HttpMethod.GET, "/support", "/support/councils/{gss}", "/support/councils/{gss}/**")
                .access(advisersAndProgrammeTeam());
        routes.requestMatchers(HttpMethod.POST, "/support/councils/{gss}/**").access(advisersAndProgrammeTeam());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/api/v1/support/councils", "/api/v1/support/councils/{gss}")
                .access(advisersAndProgrammeTeam());
    }
}

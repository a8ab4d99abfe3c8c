package org.peerchallengehub.shared.security;

import java.util.function.BiPredicate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Small authorization managers that modules use in their {@link RouteRules}. */
public final class Authorizations {

    private Authorizations() {}

    /** Grants access when the signed-in user satisfies the predicate for this request. */
    public static AuthorizationManager<RequestAuthorizationContext> user(
            BiPredicate<CurrentUser, RequestAuthorizationContext> rule) {
        return (authentication, context) -> new AuthorizationDecision(CurrentUsers.from(authentication.get())
                .map(user -> rule.test(user, context))
                .orElse(false));
    }

    /** LGA staff, or a council user bound to the council in the path variable {@code gss}. */
    public static AuthorizationManager<RequestAuthorizationContext> actingForCouncilInPath() {
        return user((user, context) -> {
            String gss = context.getVariables().get("gss");
            return gss != null && user.mayActFor(gss);
        });
    }
}

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

    /**
     * The request attribute set when a signed-in user is refused an object they may not know exists:
     * the security configuration then answers 404, as for an object that does not exist (decision 0025).
     */
    public static final String NOT_FOUND = Authorizations.class.getName() + ".NOT_FOUND";

    /**
     * Like {@link #user}, but a signed-in user who fails the rule gets 404 rather than 403: another
     * council's challenge, or a challenge a peer is not on, is answered as if it did not exist.
     */
    public static AuthorizationManager<RequestAuthorizationContext> userOrNotFound(
            BiPredicate<CurrentUser, RequestAuthorizationContext> rule) {
        return (authentication, context) -> {
            var user = CurrentUsers.from(authentication.get());
            boolean granted = user.map(u -> rule.test(u, context)).orElse(false);
            if (!granted && user.isPresent()) {
                context.getRequest().setAttribute(NOT_FOUND, Boolean.TRUE);
            }
            return new AuthorizationDecision(granted);
        };
    }

    /** True when the request was refused by a {@link #userOrNotFound} rule. */
    public static boolean refusedAsNotFound(jakarta.servlet.http.HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(NOT_FOUND));
    }

    /** LGA staff, or a council user bound to the council in the path variable {@code gss}. */
    public static AuthorizationManager<RequestAuthorizationContext> actingForCouncilInPath() {
        return user((user, context) -> {
            String gss = context.getVariables().get("gss");
            return gss != null && user.mayActFor(gss);
        });
    }
}

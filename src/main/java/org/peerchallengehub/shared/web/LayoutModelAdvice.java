package org.peerchallengehub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user and the navigation for their role. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    /** A navigation link with whether it is the section being shown. */
    public record NavLink(String label, String href, boolean active) {}

    private final List<NavigationContributor> contributors;

    LayoutModelAdvice(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    /**
     * For a signed-in user, resolves the CSRF token before the page is rendered: the layout's sign-out form
     * needs it. Not for anyone else: the token lives in the session, and resolving it on every anonymous page
     * view made a session — a database row — for each one. A page with a form that posts (sign-in) resolves
     * it while rendering, which is safe because a page is rendered whole before it is sent
     * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing: false}).
     */
    @ModelAttribute
    void csrfToken(HttpServletRequest request) {
        if (CurrentUsers.current().isPresent()
                && request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                        instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavLink> navigation(HttpServletRequest request) {
        Optional<CurrentUser> user = CurrentUsers.current();
        String path = request.getRequestURI();
        return contributors.stream()
                .flatMap(c -> c.navigation(user).stream())
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .map(item -> new NavLink(item.label(), item.href(), path.startsWith(item.activePrefix())))
                .toList();
    }
}

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
     * Resolves the CSRF token before the page is rendered: the layout's sign-out form needs it, and
     * creating it during rendering could need a new session after a long page has started to be sent.
     */
    @ModelAttribute
    void csrfToken(HttpServletRequest request) {
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
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

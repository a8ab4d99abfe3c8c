package org.peerchallengehub.identity;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class IdentityNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        if (user.isEmpty()) {
            return List.of();
        }
        if (user.get().has(Role.PROGRAMME_TEAM)) {
            return List.of(
                    new NavigationItem("Users", "/admin/users", "/admin/users", 80),
                    new NavigationItem("Your account", "/account", "/account", 95));
        }
        return List.of(new NavigationItem("Your account", "/account", "/account", 95));
    }
}

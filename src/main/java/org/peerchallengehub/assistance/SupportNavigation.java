package org.peerchallengehub.assistance;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

/** "My councils" for a principal adviser, "Support" for the programme team; nobody else sees the record. */
@Component
class SupportNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        return user.filter(Support::maySee)
                .map(u -> List.of(new NavigationItem(
                        u.has(Role.PRINCIPAL_ADVISER) ? "My councils" : "Support", "/support", "/support", 12)))
                .orElse(List.of());
    }
}

package org.peerchallengehub.challenges;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class ChallengeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        List<NavigationItem> items = new ArrayList<>();
        user.ifPresent(u -> {
            if (u.has(Role.PROGRAMME_TEAM)) {
                items.add(new NavigationItem("Programme", "/programme", "/programme", 2));
            }
            items.add(new NavigationItem(
                    u.has(Role.PEER) ? "Your challenges" : "Challenges", "/challenges", "/challenges", 3));
        });
        return items;
    }
}

package org.peerchallengehub.councils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class CouncilNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        List<NavigationItem> items = new ArrayList<>();
        user.filter(u -> u.has(Role.COUNCIL) && u.councilGss() != null)
                .ifPresent(u -> items.add(new NavigationItem(
                        "Your council",
                        "/councils/" + u.councilGss() + "/workspace",
                        "/councils/" + u.councilGss() + "/workspace",
                        1)));
        items.add(new NavigationItem("Councils", "/councils", "/councils", 10));
        return items;
    }
}

package org.peerchallengehub.peers;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class PeerNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        if (user.isPresent() && user.get().role() == Role.PEER) {
            return List.of(new NavigationItem("Your peer profile", "/peer-profile", "/peer-profile", 40));
        }
        return user.filter(u -> u.role().isStaff())
                .map(u -> List.of(new NavigationItem("Peers", "/peers", "/peers", 40)))
                .orElse(List.of());
    }
}

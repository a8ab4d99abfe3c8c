package org.peerchallengehub.frameworks;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class FrameworkNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        return List.of(new NavigationItem("Framework", "/frameworks", "/frameworks", 20));
    }
}

package org.peerchallengehub.risk;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

/** "Early warning" in the service navigation, for principal advisers and the programme team only. */
@Component
class RiskNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        return user.filter(u -> RiskRoutes.earlyWarning(u.role()))
                .map(u -> List.of(new NavigationItem("Early warning", "/risk", "/risk", 55)))
                .orElse(List.of());
    }
}

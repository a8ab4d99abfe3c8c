package org.peerchallengehub.indicators;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

/** The programme team imports data. */
@Component
class IndicatorNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        return user.filter(u -> u.has(Role.PROGRAMME_TEAM))
                .map(u -> List.of(new NavigationItem("Data imports", "/indicators/imports", "/indicators/imports", 60)))
                .orElse(List.of());
    }
}

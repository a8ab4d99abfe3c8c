package org.peerchallengehub.shared.audit;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        return user.filter(u -> u.has(Role.PROGRAMME_TEAM))
                .map(u -> List.of(new NavigationItem("Audit trail", "/admin/audit", "/admin/audit", 85)))
                .orElse(List.of());
    }
}

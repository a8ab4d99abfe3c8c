package org.peerchallengehub.knowledge;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NavigationContributor;
import org.peerchallengehub.shared.web.NavigationItem;
import org.springframework.stereotype.Component;

/** Search reports for everyone; importing them for the programme team and managers. */
@Component
class KnowledgeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation(Optional<CurrentUser> user) {
        boolean importer = user.map(u -> u.role() == Role.PROGRAMME_TEAM || u.role() == Role.PEER_CHALLENGE_MANAGER)
                .orElse(false);
        return importer
                ? List.of(
                        new NavigationItem("Reports", "/reports/search", "/reports/search", 25),
                        new NavigationItem("Import reports", "/reports/import", "/reports/import", 26))
                : List.of(new NavigationItem("Reports", "/reports/search", "/reports/search", 25));
    }
}

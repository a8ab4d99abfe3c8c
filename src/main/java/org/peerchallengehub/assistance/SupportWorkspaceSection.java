package org.peerchallengehub.assistance;

import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilSection;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * The support record in a council's workspace. Principal advisers and the programme team see the
 * council's adviser, its conversations and the support offered, with a link to the support page. The
 * council's own users see only the summary the programme team has shared with them, when there is one,
 * and nothing else; peer challenge managers and peers see nothing (decision 0095).
 */
@Component
class SupportWorkspaceSection implements CouncilSection {

    private final Support support;

    SupportWorkspaceSection(Support support) {
        this.support = support;
    }

    @Override
    public Place place() {
        return Place.WORKSPACE;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<View> render(Council council, Optional<CurrentUser> viewer) {
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        CurrentUser user = viewer.get();
        if (Support.maySee(user)) {
            Support.CouncilRecord record = support.record(user, council.gss());
            return Optional.of(new View(
                    "Support from the LGA", "assistance/workspace-section", Map.of("staff", true, "r", record)));
        }
        if (user.has(Role.COUNCIL) && council.gss().equals(user.councilGss())) {
            return support.sharedSummary(council.gss())
                    .map(summary -> new View(
                            "Support from the LGA",
                            "assistance/workspace-section",
                            Map.of("staff", false, "summary", summary)));
        }
        return Optional.empty();
    }
}

package org.peerchallengehub.identity;

import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilSection;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The council workspace lists the council's own people on the Hub. */
@Component
class CouncilUsersSection implements CouncilSection {

    private final UserAccounts accounts;

    CouncilUsersSection(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Place place() {
        return Place.WORKSPACE;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<View> render(Council council, Optional<CurrentUser> viewer) {
        if (viewer.filter(v -> v.mayActFor(council.gss())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new View(
                "People from " + council.shortName() + " on the Hub",
                "identity/council-users",
                Map.of("users", accounts.forCouncil(council.gss()))));
    }
}

package org.peerchallengehub.assistance;

import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.HomeSection;
import org.springframework.stereotype.Component;

/** A principal adviser's councils on their home page: last contact and open offers, or what would fill it. */
@Component
class SupportHomeSection implements HomeSection {

    private final Support support;

    SupportHomeSection(Support support) {
        this.support = support;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<View> render(CurrentUser user) {
        if (!user.has(Role.PRINCIPAL_ADVISER)) {
            return Optional.empty();
        }
        return Optional.of(
                new View("Your councils", "assistance/home-section", Map.of("councils", support.myCouncils(user))));
    }
}

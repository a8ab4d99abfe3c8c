package org.peerchallengehub.risk;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which councils a user may see early warning for: the programme team all of them; a principal adviser
 * the councils of the region the programme team set for them (none until it is set); anyone else none.
 */
@Component
class RiskAccess {

    /** @param region null with {@code all}: every region */
    record Scope(boolean all, @Nullable Region region) {

        boolean covers(Region councilRegion) {
            return all || councilRegion == region;
        }

        public boolean none() {
            return !all && region == null;
        }
    }

    private final RiskRepository repository;
    private final CouncilRegister register;

    RiskAccess(RiskRepository repository, CouncilRegister register) {
        this.repository = repository;
        this.register = register;
    }

    Scope scope(CurrentUser user) {
        if (user.role() == Role.PROGRAMME_TEAM) {
            return new Scope(true, null);
        }
        if (user.role() == Role.PRINCIPAL_ADVISER) {
            return new Scope(
                    false,
                    repository.adviserRegion(user.id()).map(Region::valueOf).orElse(null));
        }
        return new Scope(false, null);
    }

    /** @throws NotFoundException for a council outside the user's scope, or not in the register */
    void requireCouncil(CurrentUser user, String gss) {
        Optional<Region> region = gss.matches("E[0-9]{8}") ? register.find(gss).map(c -> c.region()) : Optional.empty();
        if (region.isEmpty() || !scope(user).covers(region.get())) {
            throw new NotFoundException("Page not found");
        }
    }
}

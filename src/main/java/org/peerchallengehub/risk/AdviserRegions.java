package org.peerchallengehub.risk;

import java.util.List;
import java.util.Map;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region each principal adviser looks after, set by the programme team and audited. */
@Service
class AdviserRegions {

    private final RiskRepository repository;
    private final AuditTrail audit;

    AdviserRegions(RiskRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    List<RiskRepository.Adviser> advisers() {
        return repository.advisers();
    }

    /** @throws EventRefused when the account is not an enabled principal adviser or the region is not one */
    @Transactional
    public void set(CurrentUser by, long adviserId, String regionSlug) {
        Region region = null;
        for (Region r : Region.values()) {
            if (r.slug().equals(regionSlug)) {
                region = r;
            }
        }
        if (region == null) {
            throw EventRefused.of("region", "Choose a region");
        }
        RiskRepository.Adviser adviser = repository.advisers().stream()
                .filter(a -> a.id() == adviserId)
                .findFirst()
                .orElseThrow(() -> EventRefused.of("region", "There is no principal adviser with that account"));
        repository.setAdviserRegion(adviserId, region.name(), by.displayName());
        audit.record(
                by,
                AuditEntry.of(
                                "risk-adviser-region.set",
                                "user",
                                adviserId,
                                adviser.name() + " now looks after " + region.label())
                        .with(Map.of("region", region.name())));
    }
}

package org.peerchallengehub.peers;

import org.peerchallengehub.identity.UserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's peers have their sign-in accounts linked to their pool entries, as the programme team would
 * link them on each peer's page, so that a demo peer signing in finds their own profile with dates,
 * expertise and interests to look after. Runs after the challenges' demo made the pool entries.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoPeerAccounts implements DemoContributor {

    private final UserAccounts accounts;
    private final PeerRepository repository;
    private final PeerPool pool;

    DemoPeerAccounts(UserAccounts accounts, PeerRepository repository, PeerPool pool) {
        this.accounts = accounts;
        this.repository = repository;
        this.pool = pool;
    }

    @Override
    public String name() {
        return "peers.account-links";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void contribute(DemoContext context) {
        for (UserAccount account : accounts.all()) {
            if (account.role() != Role.PEER
                    || !account.demo()
                    || repository.idByAccount(account.id()).isPresent()) {
                continue;
            }
            repository.idByEmail(account.email()).ifPresent(peerId -> {
                repository.link(peerId, account.id(), "Demo programme team (demo)");
                pool.audit()
                        .record(AuditEntry.of(
                                "peer.account-linked",
                                "peer",
                                peerId,
                                "Linked " + pool.get(peerId).fullName() + "’s pool entry to the sign-in account "
                                        + account.email()));
            });
        }
    }
}

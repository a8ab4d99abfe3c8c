package org.peerchallengehub.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.security.UserSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's public API: accounts and their life. Every change is audited. */
@Service
public class UserAccounts {

    /** NCSC guidance: length over complexity rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository repository;
    private final PasswordEncoder passwords;
    private final CouncilRegister councils;
    private final AuditTrail audit;
    private final UserSessions sessions;

    UserAccounts(
            UserAccountRepository repository,
            PasswordEncoder passwords,
            CouncilRegister councils,
            AuditTrail audit,
            UserSessions sessions) {
        this.repository = repository;
        this.passwords = passwords;
        this.councils = councils;
        this.audit = audit;
        this.sessions = sessions;
    }

    public Optional<UserAccount> byEmail(String email) {
        return repository.findByEmail(email);
    }

    public Optional<UserAccount> byId(long id) {
        return repository.findById(id);
    }

    public List<UserAccount> all() {
        return repository.all();
    }

    public List<UserAccount> forCouncil(String gss) {
        return repository.forCouncil(gss);
    }

    /** Creates an account after checking the rules; refusals are {@link AccountRefused}. */
    @Transactional
    public UserAccount create(NewUserAccount account) {
        return create(account, null);
    }

    /** Creates an account; {@code passwordHash}, when given, is used instead of hashing the password. */
    @Transactional
    UserAccount create(NewUserAccount account, @org.jspecify.annotations.Nullable String passwordHash) {
        String email = account.email().trim().toLowerCase();
        if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new AccountRefused("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        if (repository.findByEmail(email).isPresent()) {
            throw new AccountRefused("email", "An account with this email address already exists");
        }
        if (account.displayName().isBlank()) {
            throw new AccountRefused("displayName", "Enter the person's name");
        }
        if (account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused("password", "Enter a password of at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (account.role() == Role.COUNCIL) {
            if (account.councilGss() == null
                    || councils.find(account.councilGss()).isEmpty()) {
                throw new AccountRefused("council", "Select the council this person works for");
            }
        } else if (account.councilGss() != null) {
            throw new AccountRefused("council", "Only council users are bound to a council");
        }
        long id =
                repository.insert(account, passwordHash != null ? passwordHash : passwords.encode(account.password()));
        audit.record(AuditEntry.of(
                        "user.created",
                        "user",
                        id,
                        "Created the " + account.role().label().toLowerCase() + " account " + email)
                .with(Map.of("role", account.role().name(), "demo", account.demo())));
        return repository.findById(id).orElseThrow();
    }

    /**
     * Enables or disables an account. Disabling ends all of its browser sessions at once, in the same
     * transaction (its API tokens stop with it, as they are checked against the account on every use).
     */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new AccountRefused("id", "No such account"));
        if (!enabled && account.enabled()) {
            refuseLosingTheLastProgrammeTeamAccount(account, "disable");
        }
        repository.setEnabled(id, enabled);
        int ended = enabled ? 0 : sessions.endAll(account.email());
        audit.record(AuditEntry.of(
                        "user." + (enabled ? "enabled" : "disabled"),
                        "user",
                        id,
                        (enabled ? "Enabled" : "Disabled") + " the account " + account.email())
                .with(Map.of("sessionsEnded", ended)));
    }

    /**
     * The programme team disables an account on behalf of {@code actorId}: never the actor's own (a
     * colleague does it), never the last active programme team account (nobody could manage users).
     */
    @Transactional
    public void disable(long actorId, long id) {
        refusalToDisable(actorId, id).ifPresent(message -> {
            throw new AccountRefused("account", message);
        });
        setEnabled(id, false);
    }

    /** Why {@code actorId} may not disable account {@code id} now, if they may not. */
    public Optional<String> refusalToDisable(long actorId, long id) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new AccountRefused("id", "No such account"));
        if (actorId == id) {
            return Optional.of("You cannot disable your own account: ask another member of the programme team");
        }
        if (isLastActiveProgrammeTeamAccount(account)) {
            return Optional.of(lastProgrammeTeamMessage(account, "disable"));
        }
        return Optional.empty();
    }

    /**
     * Refuses to disable or demote the only enabled programme team account. Programme team changes are
     * serialised by a transaction-scoped lock, so two people cannot each remove the other at once.
     */
    private void refuseLosingTheLastProgrammeTeamAccount(UserAccount account, String verb) {
        if (account.role() != Role.PROGRAMME_TEAM) {
            return;
        }
        repository.lockProgrammeTeam();
        if (isLastActiveProgrammeTeamAccount(account)) {
            throw new AccountRefused("account", lastProgrammeTeamMessage(account, verb));
        }
    }

    private boolean isLastActiveProgrammeTeamAccount(UserAccount account) {
        return account.role() == Role.PROGRAMME_TEAM
                && account.enabled()
                && repository.countEnabledWithRole(Role.PROGRAMME_TEAM) <= 1;
    }

    private static String lastProgrammeTeamMessage(UserAccount account, String verb) {
        return "You cannot " + verb + " " + account.email()
                + ": it is the only active programme team account, and without one nobody can manage users."
                + " Add or enable another programme team account first";
    }

    /**
     * Gives an account another role (and council, for a council user). Its open sessions end at once: the
     * person signs in again and gets the new role's rights, never a mix of the two.
     */
    @Transactional
    public void changeRole(long id, Role role, @org.jspecify.annotations.Nullable String councilGss) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new AccountRefused("id", "No such account"));
        if (role != Role.PROGRAMME_TEAM) {
            refuseLosingTheLastProgrammeTeamAccount(account, "change the role of");
        }
        if (role == Role.COUNCIL) {
            if (councilGss == null || councils.find(councilGss).isEmpty()) {
                throw new AccountRefused("council", "Select the council this person works for");
            }
        } else if (councilGss != null) {
            throw new AccountRefused("council", "Only council users are bound to a council");
        }
        repository.setRole(id, role, councilGss);
        int ended = sessions.endAll(account.email());
        audit.record(AuditEntry.of(
                        "user.role-changed",
                        "user",
                        id,
                        "Changed the role of " + account.email() + " from "
                                + account.role().label().toLowerCase() + " to "
                                + role.label().toLowerCase())
                .with(Map.of("from", account.role().name(), "to", role.name(), "sessionsEnded", ended)));
    }

    /**
     * Recovery from a lockout (see {@link InitialAccounts}): the account with this email becomes an
     * enabled programme team account again, with this password. Audited.
     */
    @Transactional
    void restoreProgrammeTeamAccess(String email, String password) {
        UserAccount account = repository.findByEmail(email).orElseThrow();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRefused(
                    "password", "HUB_BOOTSTRAP_ADMIN_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        repository.setRole(account.id(), Role.PROGRAMME_TEAM, null);
        repository.setEnabled(account.id(), true);
        repository.updatePassword(account.id(), passwords.encode(password));
        audit.record(AuditEntry.of(
                "user.access-restored",
                "user",
                account.id(),
                "Restored programme team access to " + account.email() + " from the bootstrap admin settings"));
    }

    boolean anyWithRole(Role role) {
        return repository.anyWithRole(role);
    }
}

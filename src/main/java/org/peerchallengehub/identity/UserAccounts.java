package org.peerchallengehub.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.Role;
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

    UserAccounts(
            UserAccountRepository repository, PasswordEncoder passwords, CouncilRegister councils, AuditTrail audit) {
        this.repository = repository;
        this.passwords = passwords;
        this.councils = councils;
        this.audit = audit;
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

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = repository.findById(id).orElseThrow(() -> new AccountRefused("id", "No such account"));
        repository.setEnabled(id, enabled);
        audit.record(AuditEntry.of(
                "user." + (enabled ? "enabled" : "disabled"),
                "user",
                id,
                (enabled ? "Enabled" : "Disabled") + " the account " + account.email()));
    }

    boolean anyWithRole(Role role) {
        return repository.anyWithRole(role);
    }
}

package org.peerchallengehub.identity;

import java.security.SecureRandom;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.demo.DemoMode;
import org.peerchallengehub.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts a fresh installation needs.
 *
 * <p>Demo mode (on by default with the embedded database; with an external database only when
 * {@code HUB_DEMO=true}) creates one account per role and a small, clearly fictional cast. Their
 * password is {@code HUB_DEMO_PASSWORD}, or one generated and printed once, when the accounts are
 * first created. {@code HUB_DEMO_API_TOKEN} becomes an API token of the admin account.
 *
 * <p>Outside demo mode, {@code HUB_BOOTSTRAP_ADMIN_EMAIL} and {@code HUB_BOOTSTRAP_ADMIN_PASSWORD}
 * create the first programme team account when there is none. When there is no active one (every
 * programme team account disabled or demoted) and the email names an existing account, that account
 * is enabled again as programme team with the given password: the recovery path from a lockout.
 */
@Component
@Order(20)
class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    /** Thurrock Council: the demo council user's council. */
    static final String DEMO_COUNCIL_GSS = "E06000034";

    record DemoPerson(
            String email, String name, Role role, @Nullable String council, String jobTitle, String organisation) {}

    static final List<DemoPerson> DEMO_CAST = List.of(
            new DemoPerson(
                    "admin@demo.local",
                    "Ada Admin (demo)",
                    Role.PROGRAMME_TEAM,
                    null,
                    "Programme officer",
                    "Demo programme team"),
            new DemoPerson(
                    "manager@demo.local",
                    "Morgan Manager (demo)",
                    Role.PEER_CHALLENGE_MANAGER,
                    null,
                    "Peer challenge manager",
                    "Demo programme team"),
            new DemoPerson(
                    "adviser@demo.local",
                    "Avery Adviser (demo)",
                    Role.PRINCIPAL_ADVISER,
                    null,
                    "Principal adviser",
                    "Demo programme team"),
            new DemoPerson(
                    "peer@demo.local", "Cllr Pat Peer (demo)", Role.PEER, null, "Leader", "Fictional Borough Council"),
            new DemoPerson(
                    "council@demo.local",
                    "Casey Council (demo)",
                    Role.COUNCIL,
                    DEMO_COUNCIL_GSS,
                    "Head of the chief executive's office",
                    "Thurrock Council"),
            new DemoPerson(
                    "jo.manager@demo.local",
                    "Jo Placeholder (demo)",
                    Role.PEER_CHALLENGE_MANAGER,
                    null,
                    "Peer challenge manager",
                    "Demo programme team"),
            new DemoPerson(
                    "kit.adviser@demo.local",
                    "Kit Fictional (demo)",
                    Role.PRINCIPAL_ADVISER,
                    null,
                    "Principal adviser",
                    "Demo programme team"),
            new DemoPerson(
                    "robin.peer@demo.local",
                    "Cllr Robin Example (demo)",
                    Role.PEER,
                    null,
                    "Cabinet member for resources",
                    "Imaginary District Council"),
            new DemoPerson(
                    "sam.peer@demo.local",
                    "Sam Sample (demo)",
                    Role.PEER,
                    null,
                    "Chief executive",
                    "Notional County Council"),
            new DemoPerson(
                    "lee.peer@demo.local",
                    "Lee Mock (demo)",
                    Role.PEER,
                    null,
                    "Director of finance",
                    "Pretend City Council"));

    private final Environment env;
    private final UserAccounts accounts;
    private final UserAccountRepository repository;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    InitialAccounts(
            Environment env,
            UserAccounts accounts,
            UserAccountRepository repository,
            ApiTokens tokens,
            PasswordEncoder passwords,
            JdbcClient jdbc) {
        this.env = env;
        this.accounts = accounts;
        this.repository = repository;
        this.tokens = tokens;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** Demo mode: HUB_DEMO if set, else on exactly when the database is the embedded one. */
    boolean demoMode() {
        return DemoMode.isOn(env);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // One node at a time (several may start together against one database).
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hub.initial-accounts'))")
                .query()
                .listOfRows();
        if (demoMode()) {
            createDemoAccounts();
        } else {
            bootstrapAdmin();
        }
    }

    private void createDemoAccounts() {
        String given = env.getProperty("hub.demo-password", "");
        boolean created = false;
        String password = given.isBlank() ? generatedPassword() : given;
        // One hash for the whole demo cast: they share one password, and start-up stays fast.
        String hash = null;
        java.util.Map<String, Boolean> checked = new java.util.HashMap<>();
        for (DemoPerson person : DEMO_CAST) {
            var existing = repository.credentials(person.email());
            if (existing.isEmpty()) {
                if (hash == null) {
                    hash = passwords.encode(password);
                }
                accounts.create(
                        new NewUserAccount(
                                person.email(),
                                person.name(),
                                person.role(),
                                person.council(),
                                person.jobTitle(),
                                person.organisation(),
                                password,
                                true),
                        hash);
                created = true;
            } else if (!given.isBlank()
                    && !checked.computeIfAbsent(
                            existing.get().passwordHash(), stored -> passwords.matches(given, stored))) {
                repository.updatePassword(existing.get().account().id(), passwords.encode(given));
            }
        }
        if (created && given.isBlank()) {
            log.warn(
                    "Demo accounts created ({} ...). Their password, shown only this once: {}",
                    DEMO_CAST.getFirst().email(),
                    password);
        } else if (created) {
            log.info("Demo accounts created with the password from HUB_DEMO_PASSWORD");
        }
        String apiToken = env.getProperty("hub.demo-api-token", "");
        if (!apiToken.isBlank()) {
            if (!apiToken.startsWith(ApiTokens.PREFIX) || apiToken.length() < 24) {
                throw new IllegalStateException(
                        "HUB_DEMO_API_TOKEN must start with " + ApiTokens.PREFIX + " and be at least 24 characters");
            }
            long adminId =
                    repository.findByEmail("admin@demo.local").orElseThrow().id();
            tokens.ensure(adminId, "Demo token (HUB_DEMO_API_TOKEN)", apiToken);
        }
    }

    private void bootstrapAdmin() {
        String email = env.getProperty("hub.bootstrap-admin.email", "");
        String password = env.getProperty("hub.bootstrap-admin.password", "");
        if (email.isBlank() || password.isBlank() || accounts.anyWithRole(Role.PROGRAMME_TEAM)) {
            return;
        }
        if (accounts.byEmail(email).isPresent()) {
            // Recovery from a lockout: the account exists but was disabled or given another role.
            accounts.restoreProgrammeTeamAccess(email, password);
            log.warn(
                    "No programme team account was active: {} is enabled again as programme team, with the "
                            + "password from HUB_BOOTSTRAP_ADMIN_PASSWORD",
                    email);
            return;
        }
        accounts.create(
                new NewUserAccount(email, "Administrator", Role.PROGRAMME_TEAM, null, null, null, password, false));
        log.info("Created the first programme team account {}", email);
    }

    private static String generatedPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}

package org.peerchallengehub.identity;

import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private static final String COLUMNS =
            "id, email, display_name, role, council_gss, job_title, organisation, enabled, demo, created_at";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from user_account where email = :email")
                .param("email", email.trim().toLowerCase())
                .query(UserAccount.class)
                .optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = :id")
                .param("id", id)
                .query(UserAccount.class)
                .optional();
    }

    /** The account and its password hash, for sign-in only. */
    Optional<Credentials> credentials(String email) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from user_account where email = :email")
                .param("email", email.trim().toLowerCase())
                .query((rs, n) -> new Credentials(
                        new UserAccount(
                                rs.getLong("id"),
                                rs.getString("email"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("council_gss"),
                                rs.getString("job_title"),
                                rs.getString("organisation"),
                                rs.getBoolean("enabled"),
                                rs.getBoolean("demo"),
                                rs.getTimestamp("created_at").toInstant()),
                        rs.getString("password_hash")))
                .optional();
    }

    record Credentials(UserAccount account, String passwordHash) {}

    List<UserAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from user_account order by role, display_name")
                .query(UserAccount.class)
                .list();
    }

    List<UserAccount> forCouncil(String gss) {
        return jdbc.sql("select " + COLUMNS + " from user_account where council_gss = :gss order by display_name")
                .param("gss", gss)
                .query(UserAccount.class)
                .list();
    }

    long insert(NewUserAccount account, String passwordHash) {
        return jdbc.sql(
                        """
                        insert into user_account (email, display_name, password_hash, role, council_gss, job_title,
                                                  organisation, demo)
                        values (:email, :name, :hash, :role, :council, :jobTitle, :organisation, :demo)
                        returning id
                        """)
                .param("email", account.email().trim().toLowerCase())
                .param("name", account.displayName())
                .param("hash", passwordHash)
                .param("role", account.role().name())
                .param("council", account.councilGss())
                .param("jobTitle", account.jobTitle())
                .param("organisation", account.organisation())
                .param("demo", account.demo())
                .query(Long.class)
                .single();
    }

    void updatePassword(long id, String passwordHash) {
        jdbc.sql(
                        "update user_account set password_hash = :hash, updated_at = now(), version = version + 1 where id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update user_account set enabled = :enabled, updated_at = now(), version = version + 1 where id = :id")
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    void setRole(long id, Role role, @org.jspecify.annotations.Nullable String councilGss) {
        jdbc.sql(
                        """
                        update user_account set role = :role, council_gss = :council, updated_at = now(),
                                                version = version + 1
                        where id = :id
                        """)
                .param("role", role.name())
                .param("council", councilGss)
                .param("id", id)
                .update();
    }

    int countEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from user_account where role = :role and enabled")
                .param("role", role.name())
                .query(Integer.class)
                .single();
    }

    /** Serialises changes that could leave no programme team account, until the transaction ends. */
    void lockProgrammeTeam() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hub.programme-team'))")
                .query()
                .listOfRows();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists(select 1 from user_account where role = :role and enabled)")
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }
}

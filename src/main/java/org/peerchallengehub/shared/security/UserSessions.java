package org.peerchallengehub.shared.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a person's browser sessions on every node at once: the session rows (shared's table, V1) are
 * deleted in the caller's transaction, so the next request of any of them — on any node, before or
 * after a restart — is a visitor's, and a change that is rolled back ends nothing.
 */
@Component
public class UserSessions {

    private final JdbcClient jdbc;

    UserSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session signed in as {@code email}; the number ended. */
    public int endAll(String email) {
        return jdbc.sql("delete from spring_session where principal_name = :email")
                .param("email", email)
                .update();
    }
}

package org.peerchallengehub.risk;

import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo accounts as signed-in users, and the adviser's region, for the risk module's integration tests. */
final class RiskFixtures {

    private RiskFixtures() {}

    static CurrentUser user(JdbcClient jdbc, String email, Role role) {
        return jdbc.sql("select id, display_name from user_account where email = :email")
                .param("email", email)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), email, rs.getString("display_name"), role, null))
                .single();
    }

    static CurrentUser adviser(JdbcClient jdbc) {
        return user(jdbc, Demo.ADVISER, Role.PRINCIPAL_ADVISER);
    }

    static CurrentUser programme(JdbcClient jdbc) {
        return user(jdbc, Demo.ADMIN, Role.PROGRAMME_TEAM);
    }
}

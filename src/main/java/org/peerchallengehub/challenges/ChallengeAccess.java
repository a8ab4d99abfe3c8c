package org.peerchallengehub.challenges;

import java.util.Map;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see which challenge, as one SQL condition used for every list, page, download and API call:
 * the programme team sees all; a manager the challenges they manage (or serve on as the team's peer
 * challenge manager); a principal adviser the challenges they advise on; a peer the challenges whose
 * team they are on; a council user their own council's challenges.
 */
@Component
class ChallengeAccess {

    /** A SQL condition over alias {@code c} and its parameters. */
    record Condition(String sql, Map<String, Object> params) {}

    private static final String ON_TEAM =
            """
            exists (select 1 from team_member t join peers_peer_v p on p.id = t.peer_id
                    where t.challenge_id = c.id and t.status in ('PROPOSED', 'AGREED') and p.email = :accessEmail)
            """;

    private final JdbcClient jdbc;

    ChallengeAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Condition condition(CurrentUser user) {
        return switch (user.role()) {
            case PROGRAMME_TEAM -> new Condition("true", Map.of());
            case PEER_CHALLENGE_MANAGER ->
                new Condition(
                        "(c.manager_user_id = :accessUser or " + ON_TEAM + ")",
                        Map.of("accessUser", user.id(), "accessEmail", user.email()));
            case PRINCIPAL_ADVISER -> new Condition("c.adviser_user_id = :accessUser", Map.of("accessUser", user.id()));
            case PEER -> new Condition(ON_TEAM, Map.of("accessEmail", user.email()));
            case COUNCIL ->
                user.councilGss() == null
                        ? new Condition("false", Map.of())
                        : new Condition("c.council_gss = :accessCouncil", Map.of("accessCouncil", user.councilGss()));
        };
    }

    boolean canView(CurrentUser user, long challengeId) {
        Condition condition = condition(user);
        return jdbc.sql("select exists (select 1 from challenge c where c.id = :id and " + condition.sql() + ")")
                .params(condition.params())
                .param("id", challengeId)
                .query(Boolean.class)
                .single();
    }

    /** Runs the challenge: the programme team, or the challenge's own manager. */
    boolean canManage(CurrentUser user, Challenge challenge) {
        return switch (user.role()) {
            case PROGRAMME_TEAM -> true;
            case PEER_CHALLENGE_MANAGER -> Long.valueOf(user.id()).equals(challenge.managerUserId());
            default -> false;
        };
    }

    /** A user of the council under review itself (not staff acting on its behalf). */
    boolean isOfTheCouncil(CurrentUser user, Challenge challenge) {
        return user.role() == org.peerchallengehub.shared.security.Role.COUNCIL
                && challenge.councilGss().equals(user.councilGss());
    }

    /** Acts for the council under review: its own users (and the people who run the challenge). */
    boolean canActForCouncil(CurrentUser user, Challenge challenge) {
        return canManage(user, challenge)
                || (user.role() == org.peerchallengehub.shared.security.Role.COUNCIL
                        && challenge.councilGss().equals(user.councilGss()));
    }
}

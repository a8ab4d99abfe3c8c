package org.peerchallengehub.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions are kept in PostgreSQL (any node serves any request), but the table holds the SHA-256 of
 * each session id, never the id itself (V60): a read of the table — a backup, a dump, a stolen copy —
 * gives no one a session to replay. The cookie carries the id; each of Spring Session's queries hashes
 * it in SQL before it touches the table, and the row read back carries the id as asked.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final String HASH = "encode(sha256(convert_to(%s, 'UTF8')), 'hex')";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> hashedSessionIds() {
        return repository -> {
            repository.setCreateSessionQuery(
                    """
                    insert into %TABLE_NAME% (primary_id, session_id, creation_time, last_access_time,
                                              max_inactive_interval, expiry_time, principal_name)
                    values (?, """
                            + HASH.formatted("?") + ", ?, ?, ?, ?, ?)");
            repository.setGetSessionQuery(
                    """
                    with asked (session_id) as (select ?::text)
                    select s.primary_id, asked.session_id as session_id, s.creation_time, s.last_access_time,
                           s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes
                    from asked
                    join %TABLE_NAME% s on s.session_id = """
                            + HASH.formatted("asked.session_id")
                            + """

                    left join %TABLE_NAME%_ATTRIBUTES sa on s.primary_id = sa.session_primary_id
                    """);
            repository.setUpdateSessionQuery("update %TABLE_NAME% set session_id = " + HASH.formatted("?")
                    + ", last_access_time = ?, max_inactive_interval = ?, expiry_time = ?, principal_name = ?"
                    + " where primary_id = ?");
            repository.setDeleteSessionQuery("delete from %TABLE_NAME% where session_id = " + HASH.formatted("?")
                    + " and max_inactive_interval >= 0");
        };
    }
}

package org.peerchallengehub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: after too many failed sign-ins for one account (or from one address)
 * within a window, that account (or address) is locked for a while. Kept in PostgreSQL so that
 * every node sees the same counts. The message is the same whether the account exists or not.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${hub.sign-in.max-failures-per-account}") int maxPerAccount,
            @Value("${hub.sign-in.max-failures-per-address}") int maxPerAddress,
            @Value("${hub.sign-in.window}") Duration window,
            @Value("${hub.sign-in.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    /** When the account or address may try again, if either is locked now. */
    Optional<Instant> lockedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbc.sql(
                        "select max(locked_until) from sign_in_throttle where throttle_key in (:keys) and locked_until > :now")
                .param("keys", java.util.List.of(accountKey(email), addressKey(address)))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String address) {
        count(accountKey(email), maxPerAccount);
        count(addressKey(address), maxPerAddress);
    }

    /** A successful sign-in clears the account's count (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
                .param("key", accountKey(email))
                .update();
    }

    private void count(String key, int max) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql(
                        """
                        insert into sign_in_throttle (throttle_key, failures, window_start)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when sign_in_throttle.window_start < :windowStart then 1
                                          else sign_in_throttle.failures + 1 end,
                          window_start = case when sign_in_throttle.window_start < :windowStart then :now
                                              else sign_in_throttle.window_start end
                        """)
                .param("key", key)
                .param("now", now)
                .param("windowStart", now.minus(window))
                .update();
        jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :key and failures >= :max")
                .param("until", now.plus(lockout))
                .param("key", key)
                .param("max", max)
                .update();
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase();
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

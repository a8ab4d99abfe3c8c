package org.peerchallengehub.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock a person out of their account (decision 0032).
 * Failed sign-ins are counted in PostgreSQL (so every node sees the same counts) within a window, under
 * three keys:
 *
 * <ul>
 *   <li><b>the address</b> first: after {@code max-failures-per-address} failures from one address, that
 *       address may not try again until the window has passed (whichever accounts it tried);
 *   <li><b>the account from that address</b>: after {@code max-failures-per-account} failures, that address
 *       must wait before trying that account again, the wait doubling with each further failure (30 s, 1
 *       min, 2 min … at most {@code lockout});
 *   <li><b>the account from anywhere</b>: never refused — each attempt is only answered more slowly, the
 *       delay doubling with the failures (at most {@code max-account-delay}), so guessing from many
 *       addresses is slowed while the account's owner, from an address of their own, still gets in.
 * </ul>
 *
 * The answers are the same whether the account exists or not.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;
    private final Duration accountDelay;
    private final Duration maxAccountDelay;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${hub.sign-in.max-failures-per-account}") int maxPerAccount,
            @Value("${hub.sign-in.max-failures-per-address}") int maxPerAddress,
            @Value("${hub.sign-in.window}") Duration window,
            @Value("${hub.sign-in.lockout}") Duration lockout,
            @Value("${hub.sign-in.account-delay:250ms}") Duration accountDelay,
            @Value("${hub.sign-in.max-account-delay:5s}") Duration maxAccountDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
        this.accountDelay = accountDelay;
        this.maxAccountDelay = maxAccountDelay;
    }

    /** When the address, or this account from this address, may try again, if either must wait now. */
    Optional<Instant> lockedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbc.sql(
                        "select max(locked_until) from sign_in_throttle where throttle_key in (:keys) and locked_until > :now")
                .param("keys", List.of(pairKey(email, address), addressKey(address)))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** How long to hold this attempt back: the account's recent failures from anywhere, never a refusal. */
    Duration delay(String email) {
        int failures = jdbc.sql(
                        "select failures from sign_in_throttle where throttle_key = :key and window_start >= :since")
                .param("key", accountKey(email))
                .param("since", OffsetDateTime.ofInstant(clock.instant().minus(window), ZoneOffset.UTC))
                .query(Integer.class)
                .optional()
                .orElse(0);
        return failures < maxPerAccount
                ? Duration.ZERO
                : doubling(accountDelay, failures - maxPerAccount, maxAccountDelay);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String address) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        count(accountKey(email), now);
        int fromAddress = count(addressKey(address), now);
        if (fromAddress >= maxPerAddress) {
            lock(addressKey(address), now.plus(lockout));
        }
        int pair = count(pairKey(email, address), now);
        if (pair >= maxPerAccount) {
            lock(pairKey(email, address), now.plus(doubling(Duration.ofSeconds(30), pair - maxPerAccount, lockout)));
        }
    }

    /** A successful sign-in clears the account's counts (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email, String address) {
        jdbc.sql("delete from sign_in_throttle where throttle_key in (:keys)")
                .param("keys", List.of(accountKey(email), pairKey(email, address)))
                .update();
    }

    static Duration doubling(Duration base, int steps, Duration max) {
        return steps >= 30 ? max : min(base.multipliedBy(1L << steps), max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private int count(String key, OffsetDateTime now) {
        return jdbc.sql(
                        """
                        insert into sign_in_throttle (throttle_key, failures, window_start)
                        values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when sign_in_throttle.window_start < :windowStart then 1
                                          else sign_in_throttle.failures + 1 end,
                          window_start = case when sign_in_throttle.window_start < :windowStart then :now
                                              else sign_in_throttle.window_start end
                        returning failures
                        """)
                .param("key", key)
                .param("now", now)
                .param("windowStart", now.minus(window))
                .query(Integer.class)
                .single();
    }

    private void lock(String key, OffsetDateTime until) {
        jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :key")
                .param("until", until)
                .param("key", key)
                .update();
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase();
    }

    private static String pairKey(String email, String address) {
        return "account-address:" + email.trim().toLowerCase() + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

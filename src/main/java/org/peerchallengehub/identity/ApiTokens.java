package org.peerchallengehub.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code pch_} and 43 random URL-safe characters (256 bits). Only a SHA-256
 * hash is stored — the secret is shown once, when it is created. A random 256-bit secret needs no
 * slow hash: it cannot be guessed from its hash.
 */
@Service
class ApiTokens {

    static final String PREFIX = "pch_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The secret, shown once, and the stored token. */
    public record Created(String secret, ApiToken token) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Created create(CurrentUser owner, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new AccountRefused("name", "Enter a name for the token of 100 characters or fewer");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = insert(owner.id(), trimmed, secret);
        audit.record(
                owner,
                AuditEntry.of("api-token.created", "api-token", token.id(), "Created the API token “" + trimmed + "”"));
        return new Created(secret, token);
    }

    /** Stores a token whose secret is given (the demo token from HUB_DEMO_API_TOKEN). */
    @Transactional
    void ensure(long userId, String name, String secret) {
        boolean exists = jdbc.sql("select exists(select 1 from api_token where token_hash = :hash)")
                .param("hash", hash(secret))
                .query(Boolean.class)
                .single();
        if (!exists) {
            insert(userId, name, secret);
        }
    }

    private ApiToken insert(long userId, String name, String secret) {
        return jdbc.sql(
                        """
                        insert into api_token (user_id, name, token_hash, token_prefix)
                        values (:user, :name, :hash, :prefix)
                        returning id, name, token_prefix, created_at, last_used_at, revoked_at
                        """)
                .param("user", userId)
                .param("name", name)
                .param("hash", hash(secret))
                .param("prefix", secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6)))
                .query(ApiToken.class)
                .single();
    }

    public List<ApiToken> of(CurrentUser owner) {
        return jdbc.sql(
                        """
                        select id, name, token_prefix, created_at, last_used_at, revoked_at
                        from api_token where user_id = :user order by revoked_at nulls first, created_at desc
                        """)
                .param("user", owner.id())
                .query(ApiToken.class)
                .list();
    }

    /** Revokes one of the owner's own tokens; another person's token is "not found". */
    @Transactional
    public boolean revoke(CurrentUser owner, long tokenId) {
        int changed = jdbc.sql(
                        "update api_token set revoked_at = now() where id = :id and user_id = :user and revoked_at is null")
                .param("id", tokenId)
                .param("user", owner.id())
                .update();
        if (changed == 1) {
            audit.record(owner, AuditEntry.of("api-token.revoked", "api-token", tokenId, "Revoked an API token"));
        }
        return changed == 1;
    }

    /** The enabled account behind an active token. */
    Optional<UserAccount> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<Long> userId = jdbc.sql(
                        """
                        update api_token set last_used_at = now()
                        where token_hash = :hash and revoked_at is null
                        returning user_id
                        """)
                .param("hash", hash(secret))
                .query(Long.class)
                .optional();
        return userId.flatMap(id -> jdbc.sql(
                        """
                                select id, email, display_name, role, council_gss, job_title, organisation, enabled,
                                       demo, created_at
                                from user_account where id = :id and enabled
                                """)
                .param("id", id)
                .query(UserAccount.class)
                .optional());
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.peerchallengehub.identity;

import java.time.Instant;
import java.util.Map;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Form sign-in: refuses locked accounts and addresses, counts failures, audits the outcome. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** Thrown while an account or address is locked after too many failures. */
    static final class SignInThrottled extends AuthenticationException {
        final Instant until;

        SignInThrottled(Instant until) {
            super("Too many failed sign-in attempts");
            this.until = until;
        }
    }

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle, AuditTrail audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName()).trim().toLowerCase();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        var locked = throttle.lockedUntil(email, address);
        if (locked.isPresent()) {
            throw new SignInThrottled(locked.get());
        }
        java.time.Duration delay = throttle.delay(email);
        if (!delay.isZero()) {
            // Guesses at this account from many addresses are slowed down; its owner still gets in.
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(email, address);
            CurrentUsers.from(result)
                    .ifPresent(user ->
                            audit.record(user, AuditEntry.of("sign-in.succeeded", "user", user.id(), "Signed in")));
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            audit.record(
                    null,
                    AuditEntry.of("sign-in.failed", "sign-in", null, "A sign-in failed")
                            .with(Map.of("email", email)));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

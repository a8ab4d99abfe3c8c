package org.peerchallengehub.identity;

import java.util.Collection;
import java.util.List;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: the {@link CurrentUser} plus, during sign-in only, the password hash. */
final class HubUserDetails implements UserDetails, CredentialsContainer, AuthenticatedUser {

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    HubUserDetails(CurrentUser user, boolean enabled, String passwordHash) {
        this.user = user;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HubUserDetails that && that.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }

    @Override
    public String toString() {
        return "HubUserDetails[" + user.email() + "]";
    }
}

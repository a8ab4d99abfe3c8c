package org.peerchallengehub.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class HubUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    HubUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.credentials(email)
                .map(c -> new HubUserDetails(
                        c.account().asCurrentUser(), c.account().enabled(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}

package org.peerchallengehub.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Who you are, and (programme team) who has an account")
class IdentityApiController {

    /** An account as the API shows it. */
    record UserJson(
            long id,
            String email,
            String displayName,
            String role,
            @Nullable String councilGss,
            @Nullable String jobTitle,
            @Nullable String organisation,
            boolean enabled) {
        static UserJson of(UserAccount a) {
            return new UserJson(
                    a.id(),
                    a.email(),
                    a.displayName(),
                    a.role().name(),
                    a.councilGss(),
                    a.jobTitle(),
                    a.organisation(),
                    a.enabled());
        }
    }

    private final UserAccounts accounts;

    IdentityApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user (browser session or Bearer token)")
    UserJson me() {
        long id = CurrentUsers.current().orElseThrow().id();
        return accounts.byId(id).map(UserJson::of).orElseThrow(() -> new NotFoundException("No such account"));
    }

    @GetMapping("/users")
    @Operation(summary = "Every account (programme team only)")
    List<UserJson> users() {
        return accounts.all().stream().map(UserJson::of).toList();
    }
}

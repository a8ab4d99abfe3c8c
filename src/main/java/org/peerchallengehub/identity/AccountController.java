package org.peerchallengehub.identity;

import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your account: who you are, and your personal API tokens (created, shown once, revoked). */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final CouncilRegister councils;

    AccountController(UserAccounts accounts, ApiTokens tokens, CouncilRegister councils) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.councils = councils;
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser user = signedIn();
        UserAccount account = accounts.byId(user.id()).orElseThrow(() -> new NotFoundException("No such account"));
        model.addAttribute("account", account);
        model.addAttribute(
                "council",
                account.councilGss() == null
                        ? null
                        : councils.find(account.councilGss()).orElse(null));
        model.addAttribute("tokens", tokens.of(user));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        CurrentUser user = signedIn();
        try {
            ApiTokens.Created created = tokens.create(user, name);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("newTokenName", created.token().name());
            return "redirect:/account";
        } catch (AccountRefused refused) {
            model.addAttribute("errors", FormErrors.of("name", refused.getMessage()));
            model.addAttribute("tokenName", name);
            return account(model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(signedIn(), id)) {
            throw new NotFoundException("No such API token");
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account";
    }

    private static CurrentUser signedIn() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }
}

package org.peerchallengehub.identity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme team's list of accounts: add a person with a role, disable or enable an account. */
@Controller
class AdminUsersController {

    /** The add-a-user form as posted. */
    record NewUserForm(
            @Nullable String email,
            @Nullable String displayName,
            @Nullable Role role,
            @Nullable String councilGss,
            @Nullable String jobTitle,
            @Nullable String organisation,
            @Nullable String password) {}

    private final UserAccounts accounts;
    private final CouncilRegister councils;

    AdminUsersController(UserAccounts accounts, CouncilRegister councils) {
        this.accounts = accounts;
        this.councils = councils;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return form(model, new NewUserForm(null, null, null, null, null, null, null), List.of());
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute NewUserForm form, Model model, RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        if (blank(form.email())) errors.add(new FormError("email", "Enter an email address"));
        if (blank(form.displayName())) errors.add(new FormError("displayName", "Enter the person's name"));
        if (form.role() == null) errors.add(new FormError("role", "Select a role"));
        if (blank(form.password())) errors.add(new FormError("password", "Enter a first password"));
        if (!errors.isEmpty()) {
            return form(model, form, errors);
        }
        try {
            UserAccount created = accounts.create(new NewUserAccount(
                    form.email(),
                    form.displayName().trim(),
                    form.role(),
                    form.role() == Role.COUNCIL && !blank(form.councilGss()) ? form.councilGss() : null,
                    blank(form.jobTitle()) ? null : form.jobTitle().trim(),
                    blank(form.organisation()) ? null : form.organisation().trim(),
                    form.password(),
                    false));
            redirect.addFlashAttribute("saved", "Account created for " + created.email());
            return "redirect:/admin/users";
        } catch (AccountRefused refused) {
            return form(model, form, List.of(new FormError(refused.field(), refused.getMessage())));
        }
    }

    /** Disabling asks first: a page that says what it does, or why it cannot be done (no script needed). */
    @GetMapping("/admin/users/{id}/disable")
    String confirmDisable(@PathVariable long id, Model model) {
        UserAccount account = account(id);
        List<FormError> errors = accounts.refusalToDisable(signedIn().id(), id).stream()
                .map(message -> new FormError("account", message))
                .toList();
        return confirmation(model, account, errors);
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable long id, Model model, RedirectAttributes redirect) {
        UserAccount account = account(id);
        try {
            accounts.disable(signedIn().id(), id);
        } catch (AccountRefused refused) {
            return confirmation(model, account, List.of(new FormError("account", refused.getMessage())));
        }
        redirect.addFlashAttribute("saved", "Account disabled for " + account.email());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = account(id);
        accounts.setEnabled(id, true);
        redirect.addFlashAttribute("saved", "Account enabled for " + account.email());
        return "redirect:/admin/users";
    }

    private UserAccount account(long id) {
        return accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String confirmation(Model model, UserAccount account, List<FormError> errors) {
        model.addAttribute("account", account);
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("refused", !errors.isEmpty());
        return "identity/disable-user";
    }

    private static CurrentUser signedIn() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    private String form(Model model, NewUserForm form, List<FormError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("roles", Role.values());
        model.addAttribute("councils", councils.search(CouncilQuery.current()));
        return "identity/new-user";
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}

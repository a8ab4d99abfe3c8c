package org.peerchallengehub.identity;

import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security processes the POST; this only shows the form and its errors. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String throttled,
            Model model) {
        if (throttled != null) {
            model.addAttribute(
                    "errors",
                    FormErrors.of(
                            "email", "You have tried to sign in too many times. Wait 15 minutes, then try again."));
        } else if (error != null) {
            // The same words whether the account exists or not: no account enumeration.
            model.addAttribute("errors", FormErrors.of("email", "Enter a correct email address and password"));
        }
        return "identity/sign-in";
    }
}

package org.peerchallengehub.actions;

import static org.peerchallengehub.actions.ActionPlanController.user;

import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A challenge's earlier recommendations and its likely repeats. */
@Controller
class EarlierRecommendationsController {

    private final EarlierRecommendations earlier;

    EarlierRecommendationsController(EarlierRecommendations earlier) {
        this.earlier = earlier;
    }

    private static String to(long id) {
        return "redirect:/challenges/" + id + "/earlier-recommendations";
    }

    @GetMapping("/challenges/{id}/earlier-recommendations")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("p", earlier.page(user(), id));
        Object problems = model.getAttribute("problems");
        FormErrors errors = FormErrors.none();
        if (problems instanceof java.util.List<?> list && !list.isEmpty()) {
            errors = FormErrors.of(list.stream()
                    .map(o -> new FormError("draft", String.valueOf(o)))
                    .toList());
        }
        model.addAttribute("errors", errors);
        return "actions/earlier";
    }

    @PostMapping("/challenges/{id}/earlier-recommendations/check")
    String check(
            @PathVariable long id, @RequestParam(required = false) @Nullable String draft, RedirectAttributes flash) {
        try {
            int added = earlier.check(user(), id, draft);
            flash.addFlashAttribute(
                    "done", added == 0 ? "No new likely repeats." : added + " likely repeats flagged below.");
        } catch (PlanRefused refused) {
            ArrayList<String> messages = new ArrayList<>();
            refused.errors().all().forEach(e -> messages.add(e.message()));
            flash.addFlashAttribute("problems", messages);
        }
        return to(id);
    }

    @PostMapping("/challenges/{id}/earlier-recommendations/flags/{flagId}")
    String decide(
            @PathVariable long id,
            @PathVariable long flagId,
            @RequestParam(required = false) @Nullable String decision,
            RedirectAttributes flash) {
        FlagRepository.State state = null;
        if ("CONFIRMED".equals(decision)) {
            state = FlagRepository.State.CONFIRMED;
        } else if ("DISMISSED".equals(decision)) {
            state = FlagRepository.State.DISMISSED;
        }
        try {
            earlier.decide(user(), id, flagId, state);
            flash.addFlashAttribute(
                    "done",
                    state == FlagRepository.State.CONFIRMED ? "The repeat is confirmed." : "The flag is dismissed.");
        } catch (PlanRefused refused) {
            ArrayList<String> messages = new ArrayList<>();
            refused.errors().all().forEach(e -> messages.add(e.message()));
            flash.addFlashAttribute("problems", messages);
        }
        return to(id) + "#flags";
    }
}

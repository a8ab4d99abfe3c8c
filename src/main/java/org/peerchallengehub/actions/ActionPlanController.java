package org.peerchallengehub.actions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action plan's pages: the plan, a response, an action; comments; publishing; the public page. */
@Controller
class ActionPlanController {

    private final ActionPlans plans;

    ActionPlanController(ActionPlans plans) {
        this.plans = plans;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    private static String to(long id) {
        return "redirect:/challenges/" + id + "/action-plan";
    }

    @GetMapping("/challenges/{id}/action-plan")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("p", plans.page(user(), id));
        Object problems = model.getAttribute("problems");
        model.addAttribute("errors", problems instanceof java.util.List<?> list ? fromFlash(list) : FormErrors.none());
        return "actions/plan";
    }

    @PostMapping("/challenges/{id}/action-plan")
    String start(@PathVariable long id, RedirectAttributes flash) {
        try {
            plans.start(user(), id);
            flash.addFlashAttribute(
                    "done", "The action plan is started: one entry per recommendation of the final report.");
        } catch (PlanRefused refused) {
            flash.addFlashAttribute("problems", flashable(refused.errors()));
        }
        return to(id);
    }

    @PostMapping("/challenges/{id}/action-plan/comments")
    String comment(
            @PathVariable long id, @RequestParam(required = false) @Nullable String comment, RedirectAttributes flash) {
        try {
            plans.comment(user(), id, null, comment);
            flash.addFlashAttribute("done", "Your comment is added.");
        } catch (PlanRefused refused) {
            flash.addFlashAttribute("problems", flashable(refused.errors()));
        }
        return to(id) + "#comments";
    }

    @PostMapping("/challenges/{id}/action-plan/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        try {
            int version = plans.publish(user(), id);
            flash.addFlashAttribute("done", "Version " + version + " of the action plan is published.");
        } catch (PlanRefused refused) {
            flash.addFlashAttribute("problems", flashable(refused.errors()));
        }
        return to(id);
    }

    // --- a response

    @GetMapping("/challenges/{id}/action-plan/entries/{entryId}/response")
    String responseForm(@PathVariable long id, @PathVariable long entryId, Model model) {
        ActionPlans.Page p = plans.page(user(), id);
        PlanView.Entry e = entry(p, entryId);
        model.addAttribute("p", p);
        model.addAttribute("e", e);
        model.addAttribute(
                "response", e.response() == null ? null : e.response().name());
        model.addAttribute("reason", e.reason());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("responses", Response.values());
        return "actions/respond";
    }

    @PostMapping("/challenges/{id}/action-plan/entries/{entryId}/response")
    String respond(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) @Nullable String response,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes flash) {
        Response r = parse(Response.class, response);
        try {
            plans.respond(user(), id, entryId, r, reason);
        } catch (PlanRefused refused) {
            ActionPlans.Page p = plans.page(user(), id);
            model.addAttribute("p", p);
            model.addAttribute("e", entry(p, entryId));
            model.addAttribute("response", response);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", retarget(refused.errors(), "response"));
            model.addAttribute("responses", Response.values());
            return "actions/respond";
        }
        flash.addFlashAttribute("done", "The response is saved.");
        return to(id) + "#entry-" + entryId;
    }

    // --- actions

    @GetMapping("/challenges/{id}/action-plan/entries/{entryId}/actions/new")
    String newAction(@PathVariable long id, @PathVariable long entryId, Model model) {
        ActionPlans.Page p = plans.page(user(), id);
        model.addAttribute("p", p);
        model.addAttribute("e", entry(p, entryId));
        model.addAttribute("a", null);
        model.addAttribute("description", "");
        model.addAttribute("ownerPost", "");
        model.addAttribute("dueOn", DateFields.of(null));
        model.addAttribute("status", ActionStatus.NOT_STARTED.name());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("errors", FormErrors.none());
        return "actions/action";
    }

    @PostMapping("/challenges/{id}/action-plan/entries/{entryId}/actions/new")
    String addAction(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String ownerPost,
            @DateInput("dueOn") DateFields dueOn,
            Model model,
            RedirectAttributes flash) {
        try {
            LocalDate due = due(dueOn);
            plans.addAction(user(), id, entryId, description, ownerPost, due);
        } catch (PlanRefused refused) {
            ActionPlans.Page p = plans.page(user(), id);
            model.addAttribute("p", p);
            model.addAttribute("e", entry(p, entryId));
            model.addAttribute("a", null);
            model.addAttribute("description", description);
            model.addAttribute("ownerPost", ownerPost);
            model.addAttribute("dueOn", dueOn);
            model.addAttribute("status", ActionStatus.NOT_STARTED.name());
            model.addAttribute("statuses", ActionStatus.values());
            model.addAttribute("errors", retarget(refused.errors(), "description"));
            return "actions/action";
        }
        flash.addFlashAttribute("done", "The action is added.");
        return to(id) + "#entry-" + entryId;
    }

    @GetMapping("/challenges/{id}/action-plan/actions/{actionId}")
    String editAction(@PathVariable long id, @PathVariable long actionId, Model model) {
        ActionPlans.Page p = plans.page(user(), id);
        PlanView.Action a = action(p, actionId);
        model.addAttribute("p", p);
        model.addAttribute("e", entry(p, a.entryId()));
        model.addAttribute("a", a);
        model.addAttribute("description", a.description());
        model.addAttribute("ownerPost", a.ownerPost());
        model.addAttribute("dueOn", DateFields.of(a.dueOn()));
        model.addAttribute("status", a.status().name());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("errors", FormErrors.none());
        return "actions/action";
    }

    @PostMapping("/challenges/{id}/action-plan/actions/{actionId}")
    String updateAction(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String ownerPost,
            @DateInput("dueOn") DateFields dueOn,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String evidenceUrl,
            @RequestParam(required = false) @Nullable String evidenceLabel,
            Model model,
            RedirectAttributes flash) {
        try {
            LocalDate due = due(dueOn);
            plans.updateAction(
                    user(),
                    id,
                    actionId,
                    description,
                    ownerPost,
                    due,
                    parse(ActionStatus.class, status),
                    note,
                    evidenceUrl,
                    evidenceLabel);
        } catch (PlanRefused refused) {
            ActionPlans.Page p = plans.page(user(), id);
            PlanView.Action a = action(p, actionId);
            model.addAttribute("p", p);
            model.addAttribute("e", entry(p, a.entryId()));
            model.addAttribute("a", a);
            model.addAttribute("description", description);
            model.addAttribute("ownerPost", ownerPost);
            model.addAttribute("dueOn", dueOn);
            model.addAttribute("status", status);
            model.addAttribute("note", note);
            model.addAttribute("evidenceUrl", evidenceUrl);
            model.addAttribute("evidenceLabel", evidenceLabel);
            model.addAttribute("statuses", ActionStatus.values());
            model.addAttribute("errors", retarget(refused.errors(), "description"));
            return "actions/action";
        }
        flash.addFlashAttribute("done", "The action is updated.");
        return to(id) + "#action-" + actionId;
    }

    // --- the public page

    @GetMapping("/action-plans/{slug}")
    String published(@PathVariable String slug, Model model) {
        ActionPlans.Published p = plans.published(slug).orElseThrow(() -> new NotFoundException("No such action plan"));
        model.addAttribute("pub", p);
        return "actions/public";
    }

    // --- helpers

    /** Flash attributes live in the (database) session: the errors as serialisable "field|message" strings. */
    private static java.util.ArrayList<String> flashable(FormErrors errors) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        errors.all().forEach(e -> out.add(e.field() + "|" + e.message()));
        return out;
    }

    private static FormErrors fromFlash(java.util.List<?> list) {
        return FormErrors.of(list.stream()
                .map(String::valueOf)
                .map(s -> {
                    int bar = s.indexOf('|');
                    String field = bar < 0 ? "plan" : s.substring(0, bar);
                    String f = field.equals("comment") || field.equals("publish") ? field : "plan";
                    return new org.peerchallengehub.shared.web.FormError(f, bar < 0 ? s : s.substring(bar + 1));
                })
                .toList());
    }

    private static @Nullable LocalDate due(DateFields d) {
        if (d.blank()) {
            return null;
        }
        try {
            return d.parse("dueOn", "due date");
        } catch (DateFields.InvalidDate invalid) {
            throw PlanRefused.of("dueOn", invalid.error().message());
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Field errors named for the plan page, pointed at this form's first field instead. */
    private static FormErrors retarget(FormErrors errors, String field) {
        return FormErrors.of(errors.all().stream()
                .map(e -> e.field().equals("dueOn")
                        ? e
                        : new org.peerchallengehub.shared.web.FormError(field, e.message()))
                .toList());
    }

    private static PlanView.Entry entry(ActionPlans.Page p, long entryId) {
        if (p.plan() == null) {
            throw new NotFoundException("No action plan");
        }
        return p.plan().entries().stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such recommendation"));
    }

    private static PlanView.Action action(ActionPlans.Page p, long actionId) {
        if (p.plan() == null) {
            throw new NotFoundException("No action plan");
        }
        return p.plan().entries().stream()
                .flatMap(e -> e.actions().stream())
                .filter(a -> a.id() == actionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such action"));
    }
}

package org.peerchallengehub.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback report's pages under its challenge: the report (or the offer to start it), editing a
 * section, comments, corrections and their decisions, the workflow's moves, the versions and a
 * comparison of two. Every call asks {@link Reports}, which decides who may know of the report.
 */
@Controller
class ReportController {

    private static final String BASE = "/challenges/{id}/report";

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    private static String redirect(long id) {
        return "redirect:/challenges/" + id + "/report";
    }

    // --- the report

    @GetMapping(BASE)
    String report(@PathVariable long id, Model model) {
        return page(id, model, FormErrors.none());
    }

    private String page(long id, Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        Optional<Reports.View> view = reports.view(user(), id);
        if (view.isEmpty()) {
            Reports.Access access = reports.accessToStart(user(), id);
            model.addAttribute("access", access);
            model.addAttribute("subject", access.subject());
            return "reporting/start";
        }
        model.addAttribute("v", view.get());
        model.addAttribute("d", view.get().document());
        model.addAttribute("subject", view.get().access().subject());
        model.addAttribute("kinds", List.of(CommentKind.FACT_CORRECTION, CommentKind.OPINION));
        // the public address in full, as people will share it
        model.addAttribute(
                "publicBase",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                        .toUriString());
        return "reporting/report";
    }

    @PostMapping(BASE)
    String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            reports.start(user(), id);
        } catch (ReportRefused | ChallengeReports.MoveRefused refused) {
            return page(id, model, FormErrors.of("report", refused.getMessage()));
        }
        redirect.addFlashAttribute("saved", "The report is started from the challenge’s record");
        return redirect(id);
    }

    @PostMapping(BASE + "/refresh")
    String refresh(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            int before = reports.view(user(), id)
                    .orElseThrow(() -> new NotFoundException("No report"))
                    .report()
                    .currentVersion();
            int after = reports.refresh(user(), id);
            redirect.addFlashAttribute(
                    "saved",
                    after == before
                            ? "The facts already agree with the challenge’s record"
                            : "The facts are brought up to date with the challenge’s record (version " + after + ")");
        } catch (ReportRefused refused) {
            return page(id, model, FormErrors.of("report", refused.getMessage()));
        }
        return redirect(id);
    }

    // --- a section

    @GetMapping(BASE + "/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String section, Model model) {
        Reports.View v = reports.view(user(), id).orElseThrow(() -> new NotFoundException("No report"));
        ReportSections.Narrative n = ReportSections.narrative(v.document(), section == null ? "" : section)
                .orElseThrow(() -> new NotFoundException("No such section"));
        if (!v.mayEdit(n.key())) {
            throw new NotFoundException("Not editable");
        }
        return editForm(
                model,
                v,
                n,
                ReportSections.text(v.document(), n.key()),
                v.report().currentVersion(),
                null,
                FormErrors.none(),
                null);
    }

    private String editForm(
            Model model,
            Reports.View v,
            ReportSections.Narrative n,
            String text,
            int basedOn,
            @Nullable String reason,
            FormErrors errors,
            @Nullable String saved) {
        model.addAttribute("v", v);
        model.addAttribute("subject", v.access().subject());
        model.addAttribute("section", n);
        model.addAttribute("text", text);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("savedText", saved);
        model.addAttribute("preview", ReportMarkdown.html(text.length() > ReportMarkdown.MAX_LENGTH ? "" : text, 3));
        return "reporting/edit";
    }

    @PostMapping(BASE + "/edit")
    String save(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String narrative,
            @RequestParam(required = false) @Nullable String basedOn,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        Reports.View v = reports.view(user(), id).orElseThrow(() -> new NotFoundException("No report"));
        ReportSections.Narrative n = ReportSections.narrative(v.document(), section == null ? "" : section)
                .orElseThrow(() -> new NotFoundException("No such section"));
        String text = narrative == null ? "" : narrative;
        Integer based = basedOn != null && basedOn.matches("\\d{1,9}") ? Integer.valueOf(basedOn) : null;
        try {
            int version = reports.saveSection(user(), id, n.key(), text, based, reason);
            redirect.addFlashAttribute(
                    "saved",
                    version == v.report().currentVersion()
                            ? "Nothing had changed in “" + n.heading() + "”"
                            : "“" + n.heading() + "” saved as version " + version);
            return redirect(id) + "#section-" + anchor(n.key());
        } catch (ReportRefused refused) {
            String field = refused.field().equals("reason") ? "reason" : "narrative";
            return editForm(
                    model,
                    v,
                    n,
                    text,
                    based == null ? v.report().currentVersion() : based,
                    reason,
                    FormErrors.of(field, refused.getMessage()),
                    null);
        } catch (ReportChangedMeanwhile changed) {
            // nothing is lost: the form keeps this editor's text; the page shows what is saved now
            Reports.View now = reports.view(user(), id).orElseThrow();
            return editForm(
                    model,
                    now,
                    n,
                    text,
                    changed.currentVersion(),
                    reason,
                    FormErrors.of("narrative", changed.getMessage()),
                    ReportSections.text(now.document(), n.key()));
        }
    }

    static String anchor(String key) {
        return key.replaceAll("[^A-Za-z0-9-]", "-");
    }

    // --- the workflow

    @PostMapping(BASE + "/state")
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String target,
            Model model,
            RedirectAttributes redirect) {
        ReportState state = parse(target);
        try {
            reports.move(user(), id, state);
        } catch (ReportRefused | ChallengeReports.MoveRefused refused) {
            return page(id, model, FormErrors.of("state", refused.getMessage()));
        }
        redirect.addFlashAttribute(
                "saved",
                state == ReportState.PUBLISHED
                        ? "The report is published"
                        : "The report is now “" + (state == null ? "" : state.label()) + "”");
        return redirect(id);
    }

    private static @Nullable ReportState parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (ReportState s : ReportState.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }

    @PostMapping(BASE + "/corrections")
    String publishCorrection(
            @PathVariable long id,
            @RequestParam(name = "correctionReason", required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            reports.publishCorrection(user(), id, reason);
        } catch (ReportRefused refused) {
            return page(id, model, FormErrors.of("correctionReason", refused.getMessage()));
        }
        redirect.addFlashAttribute("saved", "The correction is published as a new edition, with its reason");
        return redirect(id);
    }

    // --- comments

    @PostMapping(BASE + "/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(name = "comment-text", required = false) @Nullable String text,
            @RequestParam(name = "comment-wording", required = false) @Nullable String proposedWording,
            Model model,
            RedirectAttributes redirect) {
        CommentKind k = null;
        for (CommentKind c : CommentKind.values()) {
            if (c.name().equals(kind)) {
                k = c;
            }
        }
        try {
            reports.comment(user(), id, section, k, text, proposedWording);
        } catch (ReportRefused refused) {
            model.addAttribute("commentForm", new CommentForm(section, kind, text, proposedWording));
            return page(id, model, FormErrors.of(commentField(refused.field()), refused.getMessage()));
        }
        redirect.addFlashAttribute("saved", "Your comment is added");
        return redirect(id) + "#comments";
    }

    /** What was typed into the comment form, kept when it is refused. */
    record CommentForm(
            @Nullable String section, @Nullable String kind, @Nullable String text, @Nullable String proposedWording) {}

    private static String commentField(String field) {
        return switch (field) {
            case "section" -> "comment-section";
            case "kind" -> "comment-kind";
            case "proposedWording" -> "comment-wording";
            default -> "comment-text";
        };
    }

    @PostMapping(BASE + "/comments/{commentId:\\d{1,18}}/resolve")
    String resolve(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) @Nullable String resolved,
            Model model,
            RedirectAttributes redirect) {
        boolean r = !"false".equals(resolved);
        try {
            reports.resolve(user(), id, commentId, r);
        } catch (ReportRefused refused) {
            return page(id, model, FormErrors.of("comments", refused.getMessage()));
        }
        redirect.addFlashAttribute("saved", r ? "The comment is resolved" : "The comment is open again");
        return redirect(id) + "#comments";
    }

    @PostMapping(BASE + "/comments/{commentId:\\d{1,18}}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam java.util.Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        String reason = form.get("reason-" + commentId);
        Boolean accept = "ACCEPT".equals(decision) ? Boolean.TRUE : "REJECT".equals(decision) ? Boolean.FALSE : null;
        try {
            reports.decide(user(), id, commentId, accept, reason);
        } catch (ReportRefused refused) {
            List<FormError> errors = new ArrayList<>();
            errors.add(new FormError(
                    refused.field().equals("reason") ? "reason-" + commentId : "decision-" + commentId,
                    refused.getMessage()));
            model.addAttribute("decisionFor", commentId);
            model.addAttribute("decisionReason", reason);
            return page(id, model, FormErrors.of(errors));
        }
        redirect.addFlashAttribute(
                "saved", Boolean.TRUE.equals(accept) ? "The correction is accepted" : "The correction is rejected");
        return redirect(id) + "#comments";
    }

    // --- versions

    @GetMapping(BASE + "/versions")
    String versions(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        Reports.View v = reports.view(user(), id).orElseThrow(() -> new NotFoundException("No report"));
        if (v.council()) {
            throw new NotFoundException("No report");
        }
        model.addAttribute("v", v);
        model.addAttribute("subject", v.access().subject());
        model.addAttribute("errors", FormErrors.none());
        if (from != null || to != null) {
            Integer a = from != null && from.matches("\\d{1,9}") ? Integer.valueOf(from) : null;
            Integer b = to != null && to.matches("\\d{1,9}") ? Integer.valueOf(to) : null;
            if (a == null || b == null) {
                model.addAttribute("errors", FormErrors.of("from", "Choose the two versions to compare."));
            } else if (a.equals(b)) {
                model.addAttribute("errors", FormErrors.of("from", "Choose two different versions to compare."));
            } else {
                int older = Math.min(a, b);
                int newer = Math.max(a, b);
                model.addAttribute("older", older);
                model.addAttribute("newer", newer);
                model.addAttribute("diff", reports.compare(user(), id, older, newer));
            }
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "reporting/versions";
    }
}

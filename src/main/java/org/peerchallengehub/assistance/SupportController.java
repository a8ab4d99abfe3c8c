package org.peerchallengehub.assistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support record's pages: an adviser's "My councils", a council's support page, and the forms that
 * assign an adviser, record a conversation, record and move an offer, and write and share the summary
 * a council may read. Every route asks {@link Support}, whose first question is whether the person may
 * see support at all (404 when not). Forms post, then redirect; a refused form is shown again with its
 * messages.
 */
@Controller
class SupportController {

    private final Support support;

    SupportController(Support support) {
        this.support = support;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    private static String councilPage(Council council) {
        return "redirect:/support/councils/" + council.gss();
    }

    @GetMapping("/support")
    String myCouncils(Model model) {
        CurrentUser user = user();
        model.addAttribute("councils", support.myCouncils(user));
        model.addAttribute("adviser", user.has(Role.PRINCIPAL_ADVISER));
        return "assistance/my-councils";
    }

    @GetMapping("/support/councils/{gss}")
    String council(@PathVariable String gss, Model model) {
        CurrentUser user = user();
        Support.CouncilRecord record = support.record(user, gss);
        model.addAttribute("r", record);
        model.addAttribute("programmeTeam", user.has(Role.PROGRAMME_TEAM));
        return "assistance/council";
    }

    // --- adviser

    @GetMapping("/support/councils/{gss}/adviser")
    String assignForm(@PathVariable String gss, Model model) {
        CurrentUser user = user();
        Support.CouncilRecord record = support.record(user, gss);
        String current =
                record.adviser().map(a -> String.valueOf(a.adviserUserId())).orElse("");
        return assignPage(model, user, record.council(), current, FormErrors.none());
    }

    @PostMapping("/support/councils/{gss}/adviser")
    String assign(
            @PathVariable String gss,
            @RequestParam(required = false) @Nullable String adviser,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        try {
            support.assign(user, council.gss(), adviser);
            redirect.addFlashAttribute("saved", "Principal adviser assigned");
            return councilPage(council);
        } catch (SupportRefused refused) {
            return assignPage(model, user, council, adviser == null ? "" : adviser, FormErrors.of(refused.errors()));
        }
    }

    private String assignPage(Model model, CurrentUser user, Council council, String selected, FormErrors errors) {
        model.addAttribute("council", council);
        model.addAttribute("advisers", support.advisers(user));
        model.addAttribute("selected", selected);
        model.addAttribute("errors", errors);
        return "assistance/assign";
    }

    // --- conversations

    @GetMapping("/support/councils/{gss}/conversations/new")
    String newConversation(@PathVariable String gss, Model model) {
        Council council = support.councilFor(user(), gss);
        return conversationPage(
                model,
                council,
                new Support.ConversationDraft(new DateFields(null, null, null), null, null, null),
                FormErrors.none());
    }

    @PostMapping("/support/councils/{gss}/conversations")
    String recordConversation(
            @PathVariable String gss,
            @DateInput("heldOn") DateFields heldOn,
            @RequestParam(required = false) @Nullable String posts,
            @RequestParam(required = false) @Nullable String summary,
            @RequestParam(required = false) @Nullable String nextStep,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        Support.ConversationDraft draft = new Support.ConversationDraft(heldOn, posts, summary, nextStep);
        try {
            support.recordConversation(user, council.gss(), draft);
            redirect.addFlashAttribute("saved", "Conversation recorded");
            return councilPage(council);
        } catch (SupportRefused refused) {
            return conversationPage(model, council, draft, FormErrors.of(refused.errors()));
        }
    }

    private static String conversationPage(
            Model model, Council council, Support.ConversationDraft draft, FormErrors errors) {
        model.addAttribute("council", council);
        model.addAttribute("form", draft);
        model.addAttribute("errors", errors);
        return "assistance/conversation-form";
    }

    // --- offers

    @GetMapping("/support/councils/{gss}/offers/new")
    String newOffer(@PathVariable String gss, @RequestParam(required = false) @Nullable String kind, Model model) {
        Council council = support.councilFor(user(), gss);
        String chosen = Support.kind(kind) == null ? null : kind;
        return offerPage(
                model,
                council,
                new Support.OfferDraft(chosen, null, null, new DateFields(null, null, null)),
                FormErrors.none());
    }

    @PostMapping("/support/councils/{gss}/offers")
    String recordOffer(
            @PathVariable String gss,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String otherKind,
            @RequestParam(required = false) @Nullable String details,
            @DateInput("offeredOn") DateFields offeredOn,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        Support.OfferDraft draft = new Support.OfferDraft(kind, otherKind, details, offeredOn);
        try {
            long id = support.recordOffer(user, council.gss(), draft);
            redirect.addFlashAttribute("saved", "Support offer recorded");
            redirect.addFlashAttribute("savedOffer", id);
            return councilPage(council);
        } catch (SupportRefused refused) {
            return offerPage(model, council, draft, FormErrors.of(refused.errors()));
        }
    }

    private static String offerPage(Model model, Council council, Support.OfferDraft draft, FormErrors errors) {
        model.addAttribute("council", council);
        model.addAttribute("form", draft);
        model.addAttribute("kinds", SelectOption.of(SupportKind.values(), SupportKind::label));
        model.addAttribute("errors", errors);
        return "assistance/offer-form";
    }

    @GetMapping("/support/councils/{gss}/offers/{offerId}")
    String offer(@PathVariable String gss, @PathVariable long offerId, Model model) {
        CurrentUser user = user();
        Offer offer = support.offer(user, gss, offerId);
        return offerStatePage(
                model,
                support.councilFor(user, gss),
                offer,
                null,
                new DateFields(null, null, null),
                null,
                FormErrors.none());
    }

    @PostMapping("/support/councils/{gss}/offers/{offerId}")
    String move(
            @PathVariable String gss,
            @PathVariable long offerId,
            @RequestParam(required = false) @Nullable String to,
            @DateInput("on") DateFields on,
            @RequestParam(required = false) @Nullable String outcome,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        try {
            Offer moved = support.move(user, council.gss(), offerId, to, on, outcome);
            redirect.addFlashAttribute(
                    "saved",
                    moved.what() + " is now " + SupportRules.lower(moved.state().label()));
            return councilPage(council);
        } catch (SupportRefused refused) {
            Offer offer = support.offer(user, council.gss(), offerId);
            return offerStatePage(model, council, offer, to, on, outcome, FormErrors.of(refused.errors()));
        }
    }

    private static String offerStatePage(
            Model model,
            Council council,
            Offer offer,
            @Nullable String to,
            DateFields on,
            @Nullable String outcome,
            FormErrors errors) {
        model.addAttribute("council", council);
        model.addAttribute("offer", offer);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (SupportState s : SupportState.values()) {
            if (offer.dateOf(s) != null) {
                steps.add(Map.of("state", s, "on", offer.dateOf(s)));
            }
        }
        model.addAttribute("steps", steps);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("on", on);
        model.addAttribute("outcome", outcome);
        model.addAttribute("errors", errors);
        return "assistance/offer";
    }

    // --- the summary shared with the council

    @GetMapping("/support/councils/{gss}/summaries/new")
    String newSummary(@PathVariable String gss, Model model) {
        CurrentUser user = user();
        Support.requireProgrammeTeam(user);
        return summaryPage(model, support.councilFor(user, gss), null, FormErrors.none());
    }

    @PostMapping("/support/councils/{gss}/summaries")
    String writeSummary(
            @PathVariable String gss,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String share,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        boolean sharing = "yes".equals(share);
        try {
            support.writeSummary(user, council.gss(), text, sharing);
            redirect.addFlashAttribute(
                    "saved", sharing ? "Summary shared with " + council.officialName() : "Summary saved as a draft");
            return councilPage(council);
        } catch (SupportRefused refused) {
            return summaryPage(model, council, text, FormErrors.of(refused.errors()));
        }
    }

    private static String summaryPage(Model model, Council council, @Nullable String text, FormErrors errors) {
        model.addAttribute("council", council);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "assistance/summary-form";
    }

    @PostMapping("/support/councils/{gss}/summaries/{summaryId}/share")
    String share(@PathVariable String gss, @PathVariable long summaryId, RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        support.share(user, council.gss(), summaryId);
        redirect.addFlashAttribute("saved", "Summary shared with " + council.officialName());
        return councilPage(council);
    }

    @PostMapping("/support/councils/{gss}/summaries/withdraw")
    String withdraw(@PathVariable String gss, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        Council council = support.councilFor(user, gss);
        try {
            support.withdraw(user, council.gss());
            redirect.addFlashAttribute("saved", "The summary is no longer shared with " + council.officialName());
        } catch (SupportRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return councilPage(council);
    }
}

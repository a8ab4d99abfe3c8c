package org.peerchallengehub.peers;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
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
 * A peer looks after their own pool entry (issue 13, item 9): their unavailable dates, expertise and
 * declared interests, through the entry their sign-in account is explicitly linked to. Everything goes through {@link PeerPool}, validated and
 * audited as when the programme team changes it. The staff link and unlink an account on the peer's page
 * ({@link PeerController}).
 */
@Controller
class PeerProfileController {

    private final PeerPool pool;
    private final CouncilRegister councils;

    PeerProfileController(PeerPool pool, CouncilRegister councils) {
        this.pool = pool;
        this.councils = councils;
    }

    @GetMapping("/peer-profile")
    String profile(Model model) {
        Optional<Peer> entry = pool.ownEntry(user());
        model.addAttribute("peer", entry.orElse(null));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (entry.isPresent()) {
            model.addAttribute("tags", pool.expertiseTags());
            model.addAttribute("tagLabels", pool.tagLabels());
            model.addAttribute("councilOptions", councilOptions());
            model.addAttribute(
                    "linkedBy",
                    pool.linkedAccount(entry.get().id())
                            .map(PeerPool.LinkedAccount::linkedBy)
                            .orElse(null));
        }
        return "peers/profile";
    }

    @PostMapping("/peer-profile/unavailability")
    String addUnavailability(
            @DateInput("from") DateFields fromFields,
            @DateInput("to") DateFields toFields,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        Optional<Peer> entry = pool.ownEntry(user());
        if (entry.isEmpty()) {
            return "redirect:/peer-profile";
        }
        try {
            var from = fromFields.parse("from", "the first unavailable day");
            var to = toFields.parse("to", "the last unavailable day");
            pool.addUnavailability(entry.get().id(), from, to, reason);
            redirect.addFlashAttribute("saved", "Unavailable dates added");
            return "redirect:/peer-profile#unavailability";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            model.addAttribute("errors", FormErrors.of(List.of(invalid.error())));
        }
        model.addAttribute("fromFields", fromFields);
        model.addAttribute("toFields", toFields);
        model.addAttribute("reason", reason);
        return profile(model);
    }

    @PostMapping("/peer-profile/unavailability/{unavailabilityId}/remove")
    String removeUnavailability(@PathVariable long unavailabilityId, RedirectAttributes redirect) {
        pool.ownEntry(user()).ifPresent(peer -> {
            // only the peer's own dates: the repository removes by peer and id together
            if (peer.unavailability().stream().anyMatch(u -> u.id() == unavailabilityId)) {
                pool.removeUnavailability(peer.id(), unavailabilityId);
                redirect.addFlashAttribute("saved", "Unavailable dates removed");
            }
        });
        return "redirect:/peer-profile#unavailability";
    }

    @PostMapping("/peer-profile/expertise")
    String changeExpertise(
            @RequestParam(required = false) @Nullable List<String> expertise,
            Model model,
            RedirectAttributes redirect) {
        Optional<Peer> entry = pool.ownEntry(user());
        if (entry.isEmpty()) {
            return "redirect:/peer-profile";
        }
        try {
            pool.changeExpertise(entry.get().id(), expertise == null ? List.of() : expertise);
            redirect.addFlashAttribute("saved", "Expertise saved");
            return "redirect:/peer-profile#expertise";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            return profile(model);
        }
    }

    @PostMapping("/peer-profile/interests")
    String declareInterest(
            @RequestParam(defaultValue = "") String council,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect) {
        Optional<Peer> entry = pool.ownEntry(user());
        if (entry.isEmpty()) {
            return "redirect:/peer-profile";
        }
        try {
            pool.declareInterest(entry.get().id(), council, description);
            redirect.addFlashAttribute("saved", "Interest declared");
            return "redirect:/peer-profile#interests";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            model.addAttribute("description", description);
            return profile(model);
        }
    }

    @PostMapping("/peer-profile/interests/{gss}/remove")
    String withdrawInterest(@PathVariable String gss, RedirectAttributes redirect) {
        pool.ownEntry(user()).ifPresent(peer -> {
            if (peer.interests().stream().anyMatch(i -> i.councilGss().equals(gss))) {
                pool.withdrawInterest(peer.id(), gss);
                redirect.addFlashAttribute("saved", "Interest withdrawn");
            }
        });
        return "redirect:/peer-profile#interests";
    }

    private List<SelectOption> councilOptions() {
        return councils.search(CouncilQuery.current()).stream()
                .map(c -> new SelectOption(c.gss(), c.officialName()))
                .toList();
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }
}

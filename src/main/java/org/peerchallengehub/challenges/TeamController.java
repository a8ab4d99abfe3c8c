package org.peerchallengehub.challenges;

import static org.peerchallengehub.challenges.ChallengeController.user;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PeerQuery;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team page: the team with the council's answers, warnings, ranked proposals, and adding a peer. */
@Controller
class TeamController {

    private final Challenges challenges;
    private final TeamBuilding teams;
    private final PeerPool peers;

    TeamController(Challenges challenges, TeamBuilding teams, PeerPool peers) {
        this.challenges = challenges;
        this.teams = teams;
        this.peers = peers;
    }

    @GetMapping("/challenges/{id}/team")
    String team(@PathVariable long id, Model model) {
        ChallengeView v = challenges.view(user(), id);
        model.addAttribute("v", v);
        // the council's own users answer; the manager only records an answer the council e-mailed
        model.addAttribute("answersAsCouncil", challenges.isOfTheCouncil(user(), v.challenge()));
        if (v.canManage()) {
            model.addAttribute("proposals", teams.proposals(user(), id));
            model.addAttribute(
                    "peerOptions",
                    peers.search(new PeerQuery(null, null, null, false)).stream()
                            .map(p -> new SelectOption(
                                    String.valueOf(p.id()), p.fullName() + " – " + p.roleAndOrganisation()))
                            .toList());
        }
        model.addAttribute("roles", SelectOption.of(TeamRole.values(), TeamRole::label));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "challenges/team";
    }

    @PostMapping("/challenges/{id}/team")
    String propose(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long peerId,
            @RequestParam(required = false) @Nullable TeamRole role,
            Model model,
            RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        try {
            if (peerId == null) {
                throw new ChallengeRefused("peerId", "Select a peer");
            }
            if (role == null) {
                throw new ChallengeRefused("role", "Select the role on the team");
            }
            teams.propose(user(), id, peerId, role);
            redirect.addFlashAttribute("saved", "Peer proposed to the council");
            return "redirect:/challenges/" + id + "/team";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            return team(id, model);
        }
    }

    @PostMapping("/challenges/{id}/team/{memberId}/agree")
    String agree(@PathVariable long id, @PathVariable long memberId, Model model, RedirectAttributes redirect) {
        return decide(id, memberId, true, null, model, redirect);
    }

    @PostMapping("/challenges/{id}/team/{memberId}/decline")
    String decline(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        return decide(id, memberId, false, reason, model, redirect);
    }

    @PostMapping("/challenges/{id}/team/{memberId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long memberId, Model model, RedirectAttributes redirect) {
        try {
            teams.withdraw(user(), id, memberId);
            redirect.addFlashAttribute("saved", "Peer withdrawn from the team");
            return "redirect:/challenges/" + id + "/team";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of("peerId", refused.getMessage()));
            return team(id, model);
        }
    }

    /** The manager records the council's answer, received by e-mail: agree or decline (with the reason). */
    @PostMapping("/challenges/{id}/team/{memberId}/emailed-answer")
    String recordEmailedAnswer(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        try {
            if (!"agree".equals(answer) && !"decline".equals(answer)) {
                throw new ChallengeRefused("emailed", "Select the council’s answer: agreed or declined");
            }
            boolean agree = "agree".equals(answer);
            teams.recordEmailedAnswer(user(), id, memberId, agree, reason);
            redirect.addFlashAttribute(
                    "saved", (agree ? "Council’s agreement" : "Council’s refusal") + " received by e-mail recorded");
            return "redirect:/challenges/" + id + "/team";
        } catch (ChallengeRefused refused) {
            model.addAttribute(
                    "errors",
                    FormErrors.of(List.of(new org.peerchallengehub.shared.web.FormError(
                            "emailed-" + memberId, refused.getMessage()))));
            return team(id, model);
        }
    }

    private String decide(
            long id, long memberId, boolean agree, @Nullable String reason, Model model, RedirectAttributes redirect) {
        try {
            teams.decide(user(), id, memberId, agree, reason);
            redirect.addFlashAttribute("saved", agree ? "Peer agreed" : "Peer declined");
            return "redirect:/challenges/" + id + "/team";
        } catch (ChallengeRefused refused) {
            model.addAttribute(
                    "errors",
                    FormErrors.of(List.of(new org.peerchallengehub.shared.web.FormError(
                            "reason-" + memberId, refused.getMessage()))));
            return team(id, model);
        }
    }
}

package org.peerchallengehub.risk;

import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Region;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme team sets the region each principal adviser looks after. */
@Controller
class AdviserRegionController {

    private final AdviserRegions regions;

    AdviserRegionController(AdviserRegions regions) {
        this.regions = regions;
    }

    @GetMapping("/risk/advisers")
    String list(Model model) {
        model.addAttribute("advisers", regions.advisers());
        model.addAttribute(
                "regions",
                java.util.Arrays.stream(Region.values())
                        .map(r -> new SelectOption(r.slug(), r.label()))
                        .toList());
        model.addAttribute(
                "labels",
                java.util.Arrays.stream(Region.values())
                        .collect(java.util.stream.Collectors.toMap(Region::name, Region::label)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "risk/advisers";
    }

    @PostMapping("/risk/advisers/{id}/region")
    String set(
            @PathVariable String id,
            @RequestParam java.util.Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException("Page not found");
        }
        @Nullable String region = form.get("region-" + id);
        try {
            regions.set(RiskController.user(), Long.parseLong(id), region == null ? "" : region.strip());
        } catch (EventRefused refused) {
            model.addAttribute("errors", FormErrors.of("region-" + id, refused.getMessage()));
            return list(model);
        }
        redirect.addFlashAttribute("saved", "Region saved");
        return "redirect:/risk/advisers";
    }
}

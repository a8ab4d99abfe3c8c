package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.indicators.DataPacks;
import org.peerchallengehub.indicators.Indicators;
import org.peerchallengehub.indicators.Metric;
import org.peerchallengehub.shared.security.CurrentUser;
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

/**
 * A challenge's council data pack: the form to generate one (for those who may manage the challenge)
 * and a generated pack's page (for everyone who may see the challenge; its PDF downloads like any
 * other document).
 */
@Controller
class DataPackController {

    private final ChallengeDataPacks packs;
    private final Indicators indicators;

    DataPackController(ChallengeDataPacks packs, Indicators indicators) {
        this.packs = packs;
        this.indicators = indicators;
    }

    @GetMapping("/challenges/{id}/data-pack/new")
    String form(@PathVariable long id, Model model) {
        Challenge c = packs.manageable(ChallengeController.user(), id);
        return form(model, c, DateFields.of(packs.defaultAsOf(c)), packs.defaultTrendMetrics(), FormErrors.none());
    }

    @PostMapping("/challenges/{id}/data-pack")
    String generate(
            @PathVariable long id,
            @DateInput("asOf") DateFields date,
            @RequestParam(required = false) @Nullable List<String> metrics,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = ChallengeController.user();
        Challenge c = packs.manageable(user, id);
        List<String> chosen = ChallengeDataPacks.split(metrics);
        try {
            LocalDate asOf = date.parse("asOf", "the date the figures are as known on");
            if (chosen.isEmpty()) {
                throw new ChallengeRefused("metrics", "Choose at least one metric to show the trend of");
            }
            long documentId = packs.generate(user, id, asOf, chosen);
            redirect.addFlashAttribute("saved", "Data pack generated and added to the challenge's documents");
            return "redirect:/challenges/" + id + "/data-packs/" + documentId;
        } catch (DateFields.InvalidDate invalid) {
            return form(model, c, date, chosen, FormErrors.of(List.of(invalid.error())));
        } catch (ChallengeRefused refused) {
            return form(model, c, date, chosen, FormErrors.of(refused.field(), refused.getMessage()));
        }
    }

    @GetMapping("/challenges/{id}/data-packs/{documentId}")
    String page(@PathVariable long id, @PathVariable long documentId, Model model) {
        ChallengeDataPacks.Page page = packs.page(ChallengeController.user(), id, documentId)
                .orElseThrow(() -> new NotFoundException("There is no such data pack"));
        model.addAttribute("page", page);
        return "challenges/data-pack";
    }

    private String form(Model model, Challenge c, DateFields asOf, List<String> chosen, FormErrors errors) {
        Map<String, List<Metric>> byTheme = indicators.metrics().stream()
                .collect(Collectors.groupingBy(m -> m.theme().label(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("challenge", c);
        model.addAttribute("asOf", asOf);
        model.addAttribute("chosen", chosen);
        model.addAttribute("themes", byTheme);
        model.addAttribute("maxTrends", DataPacks.MAX_TRENDS);
        model.addAttribute("errors", errors);
        return "challenges/data-pack-new";
    }
}

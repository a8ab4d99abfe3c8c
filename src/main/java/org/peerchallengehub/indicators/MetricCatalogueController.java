package org.peerchallengehub.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of metrics: what each measures, its unit, direction, period, source and licence. */
@Controller
class MetricCatalogueController {

    private final Indicators indicators;

    MetricCatalogueController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicators/metrics")
    String metrics(Model model) {
        Map<Theme, List<Metric>> byTheme = indicators.metrics().stream()
                .collect(Collectors.groupingBy(Metric::theme, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("themes", byTheme);
        return "indicators/metrics";
    }
}

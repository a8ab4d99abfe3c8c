package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Framework versions, how their components map onto each other, and the programme rules. */
@Controller
class FrameworkController {

    private final Frameworks frameworks;

    FrameworkController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/frameworks")
    String list(Model model) {
        FrameworkMap map = frameworks.map();
        model.addAttribute("versions", map.versions());
        model.addAttribute("current", map.inUseOn(LocalDate.now()));
        return "frameworks/list";
    }

    @GetMapping("/frameworks/{id}")
    String version(@PathVariable String id, Model model) {
        FrameworkMap map = frameworks.map();
        FrameworkVersion version =
                map.version(id).orElseThrow(() -> new NotFoundException("There is no framework version " + id));
        // For each component: its counterparts in every other version.
        Map<FrameworkComponent, Map<FrameworkVersion, List<MappedComponent>>> counterparts = new LinkedHashMap<>();
        for (FrameworkComponent component : version.components()) {
            Map<FrameworkVersion, List<MappedComponent>> byVersion = new LinkedHashMap<>();
            for (FrameworkVersion other : map.versions()) {
                if (!other.id().equals(id)) {
                    byVersion.put(other, map.translate(component.id(), other.id()));
                }
            }
            counterparts.put(component, byVersion);
        }
        model.addAttribute("version", version);
        model.addAttribute(
                "others",
                map.versions().stream().filter(v -> !v.id().equals(id)).toList());
        model.addAttribute("counterparts", counterparts);
        return "frameworks/version";
    }

    @GetMapping("/programme-rules")
    String rules(Model model) {
        model.addAttribute("rules", frameworks.allRules());
        model.addAttribute("inForce", frameworks.rulesInForceOn(LocalDate.now()));
        return "frameworks/rules";
    }
}

package org.peerchallengehub.frameworks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.BadRequestException;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Frameworks", description = "Framework versions, mappings between them, and programme rules")
class FrameworkApiController {

    /** A version with its mappings to the other versions' components. */
    record MappingJson(String to, String relation, @Nullable String note) {}

    private final Frameworks frameworks;

    FrameworkApiController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Every framework version with its components")
    List<FrameworkVersion> versions() {
        return frameworks.versions();
    }

    @GetMapping("/frameworks/{id}")
    @Operation(summary = "One framework version")
    FrameworkVersion version(@PathVariable String id) {
        return frameworks.version(id).orElseThrow(() -> new NotFoundException("There is no framework version " + id));
    }

    @GetMapping("/frameworks/mappings")
    @Operation(summary = "The stored links between components of adjacent versions")
    List<ComponentMapping> mappings() {
        return frameworks.map().mappings();
    }

    @GetMapping("/frameworks/components/{componentId}/counterparts")
    @Operation(summary = "The components of another version that a component maps to, closest first")
    List<MappedComponent> counterparts(@PathVariable String componentId, @RequestParam String framework) {
        FrameworkMap map = frameworks.map();
        if (map.component(componentId).isEmpty()) {
            throw new NotFoundException("There is no framework component " + componentId);
        }
        if (map.version(framework).isEmpty()) {
            throw new BadRequestException("framework must be one of: "
                    + String.join(
                            ", ",
                            map.versions().stream().map(FrameworkVersion::id).toList()));
        }
        return map.translate(componentId, framework);
    }

    @GetMapping("/programme-rules")
    @Operation(summary = "Every version of the programme rules, oldest first")
    List<ProgrammeRules> rules() {
        return frameworks.allRules();
    }

    @GetMapping("/programme-rules/in-force")
    @Operation(summary = "The rules in force on a date, with the deadlines for a visit ending that day")
    RulesInForce inForce(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ProgrammeRules rules = frameworks.rulesInForceOn(on);
        return new RulesInForce(rules, rules.deadlines(on));
    }

    record RulesInForce(ProgrammeRules rules, ProgrammeRules.Deadlines deadlinesForVisitEndingThatDay) {}
}

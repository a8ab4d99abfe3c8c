package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Region;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The watch list, a council's assessment with its breakdown, and the method. Advisers (their region) and the programme team. */
@Controller
class RiskController {

    private final Assessments assessments;
    private final RiskAccess access;
    private final RiskEvents events;

    RiskController(Assessments assessments, RiskAccess access, RiskEvents events) {
        this.assessments = assessments;
        this.access = access;
        this.events = events;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    /** A council on the watch list: its assessment and its level a month earlier. */
    record Row(Assessment assessment, @Nullable ConcernLevel monthEarlier) {}

    @GetMapping("/risk")
    String watchList(
            @DateInput("asOf") DateFields asOfFields,
            @RequestParam(required = false) @Nullable String region,
            Model model) {
        CurrentUser user = user();
        FormErrors errors = FormErrors.none();
        LocalDate asOf = assessments.today();
        try {
            LocalDate chosen = asOfFields.parseOptional("asOf", "The date to look from");
            if (chosen != null && chosen.isAfter(asOf)) {
                errors = FormErrors.of("asOf", "The date to look from must be today or in the past");
            } else if (chosen != null) {
                asOf = chosen;
            }
        } catch (DateFields.InvalidDate e) {
            errors = FormErrors.of(java.util.List.of(e.error()));
        }
        RiskAccess.Scope scope = access.scope(user);
        Region shown = scope.all() ? parseRegion(region) : scope.region();
        List<Row> rows = new ArrayList<>();
        Map<ConcernLevel, Integer> counts = new EnumMap<>(ConcernLevel.class);
        if (!scope.none()) {
            List<Assessment> now = assessments.all(asOf).stream()
                    .filter(a -> shown == null || a.region().equals(shown.label()))
                    .toList();
            Map<String, ConcernLevel> before = new HashMap<>();
            assessments.all(asOf.minusMonths(1)).forEach(a -> before.put(a.gss(), a.level()));
            for (Assessment a : now) {
                counts.merge(a.level(), 1, Integer::sum);
                if (a.level().atLeastWatch()) {
                    rows.add(new Row(a, before.get(a.gss())));
                }
            }
            rows.sort(Comparator.comparingInt((Row r) -> -r.assessment().score())
                    .thenComparing(r -> r.assessment().name()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("levels", ConcernLevel.values());
        model.addAttribute("scope", scope);
        model.addAttribute("region", shown);
        model.addAttribute(
                "regions",
                SelectOption.of(Region.values(), Region::label).stream()
                        .map(o -> new SelectOption(Region.valueOf(o.value()).slug(), o.label()))
                        .toList());
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfFields", errors.any() ? asOfFields : DateFields.of(asOf));
        model.addAttribute("today", assessments.today());
        model.addAttribute("errors", errors);
        model.addAttribute("programme", user.role() == Role.PROGRAMME_TEAM);
        return "risk/watch-list";
    }

    @GetMapping("/risk/councils/{gss}")
    String council(@PathVariable String gss, @DateInput("asOf") DateFields asOfFields, Model model) {
        CurrentUser user = user();
        access.requireCouncil(user, gss);
        FormErrors errors = FormErrors.none();
        LocalDate asOf = assessments.today();
        try {
            LocalDate chosen = asOfFields.parseOptional("asOf", "The date to look from");
            if (chosen != null && chosen.isAfter(asOf)) {
                errors = FormErrors.of("asOf", "The date to look from must be today or in the past");
            } else if (chosen != null) {
                asOf = chosen;
            }
        } catch (DateFields.InvalidDate e) {
            errors = FormErrors.of(java.util.List.of(e.error()));
        }
        model.addAttribute("assessment", assessments.one(gss, asOf).orElse(null));
        model.addAttribute("gss", gss);
        model.addAttribute("events", events.forCouncil(gss));
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfFields", errors.any() ? asOfFields : DateFields.of(asOf));
        model.addAttribute("errors", errors);
        return "risk/council";
    }

    /** A signal as the method page shows it. */
    record SignalView(String id, String title, String family, String rationale, Map<String, String> parameters) {}

    @GetMapping("/risk/method")
    String method(Model model) {
        Combination combination = assessments.combination();
        List<SignalView> signals = new ArrayList<>();
        for (Signal signal : combination.signals()) {
            Thresholds.SignalParameters p = combination.thresholds().of(signal.id());
            Map<String, String> parameters = new java.util.LinkedHashMap<>(p.values());
            parameters.remove("title");
            parameters.remove("rationale");
            parameters.remove("what");
            signals.add(new SignalView(signal.id(), p.title(), signal.family().label(), p.rationale(), parameters));
        }
        Thresholds.SignalParameters c = combination.thresholds().of("combination");
        model.addAttribute("signals", signals);
        model.addAttribute("combination", c.values());
        model.addAttribute("combinationRationale", c.rationale());
        return "risk/method";
    }

    private static @Nullable Region parseRegion(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        for (Region r : Region.values()) {
            if (r.slug().equals(slug.strip())) {
                return r;
            }
        }
        return null;
    }
}

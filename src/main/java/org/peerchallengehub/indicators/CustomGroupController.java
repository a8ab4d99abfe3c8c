package org.peerchallengehub.indicators;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.councils.CouncilType;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's own comparator groups: list, create, change, delete (GOV.UK forms, post-redirect-get). */
@Controller
class CustomGroupController {

    private final CustomGroups customGroups;
    private final CouncilRegister register;

    CustomGroupController(CustomGroups customGroups, CouncilRegister register) {
        this.customGroups = customGroups;
        this.register = register;
    }

    @GetMapping("/comparator-groups")
    String list(Model model) {
        model.addAttribute("groups", customGroups.owned(user()));
        return "indicators/comparator-groups";
    }

    @GetMapping("/comparator-groups/new")
    String create(@RequestParam(required = false) @Nullable String council, Model model) {
        return form(model, null, "", council == null ? Set.of() : Set.of(council), FormErrors.none());
    }

    @PostMapping("/comparator-groups")
    String created(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> areas,
            Model model,
            RedirectAttributes redirect) {
        CustomGroups.Command command =
                new CustomGroups.Command(name == null ? "" : name, areas == null ? List.of() : areas);
        CustomGroups.Saved saved = customGroups.create(user(), command);
        if (saved.errors().any()) {
            return form(model, null, command.name(), Set.copyOf(command.areas()), saved.errors());
        }
        redirect.addFlashAttribute(
                "saved", "Group \"" + saved.group().orElseThrow().name() + "\" saved");
        return "redirect:/comparator-groups";
    }

    @GetMapping("/comparator-groups/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CustomGroups.CustomGroup group = owned(id);
        return form(
                model,
                group.id(),
                group.name(),
                group.members().stream().map(c -> c.gss()).collect(Collectors.toSet()),
                FormErrors.none());
    }

    @PostMapping("/comparator-groups/{id}/edit")
    String edited(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> areas,
            Model model,
            RedirectAttributes redirect) {
        owned(id);
        CustomGroups.Command command =
                new CustomGroups.Command(name == null ? "" : name, areas == null ? List.of() : areas);
        CustomGroups.Saved saved = customGroups.update(user(), id, command);
        if (saved.errors().any()) {
            return form(model, id, command.name(), Set.copyOf(command.areas()), saved.errors());
        }
        redirect.addFlashAttribute(
                "saved", "Group \"" + saved.group().orElseThrow().name() + "\" changed");
        return "redirect:/comparator-groups";
    }

    @GetMapping("/comparator-groups/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("group", owned(id));
        return "indicators/comparator-group-delete";
    }

    @PostMapping("/comparator-groups/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CustomGroups.CustomGroup group = owned(id);
        customGroups.delete(user(), id);
        redirect.addFlashAttribute("saved", "Group \"" + group.name() + "\" deleted");
        return "redirect:/comparator-groups";
    }

    /** A council to choose, grouped by type. */
    record Choice(String gss, String name, boolean checked) {}

    private String form(Model model, @Nullable Long id, String name, Set<String> chosen, FormErrors errors) {
        Map<String, List<Choice>> byType = new LinkedHashMap<>();
        List<CouncilSummary> councils = register.search(CouncilQuery.current()).stream()
                .sorted(Comparator.comparing(CouncilSummary::officialName))
                .toList();
        for (CouncilType type : CouncilType.values()) {
            List<Choice> choices = councils.stream()
                    .filter(c -> c.type() == type)
                    .map(c -> new Choice(c.gss(), c.officialName(), chosen.contains(c.gss())))
                    .toList();
            if (!choices.isEmpty()) {
                byType.put(type.label(), choices);
            }
        }
        model.addAttribute("groupId", id);
        model.addAttribute("name", name);
        model.addAttribute("byType", byType);
        model.addAttribute("chosen", chosen.size());
        model.addAttribute("errors", errors);
        return "indicators/comparator-group-form";
    }

    private CustomGroups.CustomGroup owned(long id) {
        return customGroups.owned(id, user()).orElseThrow(() -> ComparatorGroupNotFound.custom(id));
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in to keep comparator groups"));
    }
}

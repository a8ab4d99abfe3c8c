package org.peerchallengehub.councils;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.peerchallengehub.shared.web.SelectOption;
import org.peerchallengehub.shared.web.Table;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The councils list (filter, search, paginate), the council page and the council workspace. */
@Controller
class CouncilController {

    static final int PAGE_SIZE = 50;

    private final CouncilRegister register;
    private final List<CouncilSection> sections;

    private final Reorganisations reorganisations;

    CouncilController(CouncilRegister register, List<CouncilSection> sections, Reorganisations reorganisations) {
        this.register = register;
        this.reorganisations = reorganisations;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CouncilSection::order))
                .toList();
    }

    @GetMapping("/councils")
    String list(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable CouncilType type,
            @RequestParam(required = false) @Nullable Region region,
            @RequestParam(required = false) @Nullable CouncilStatus status,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        CouncilQuery query = new CouncilQuery(name, type, region, status);
        PageResult<CouncilSummary> result = register.search(query, PageRequest.of(page, null, PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("suggestions", result.total() == 0 && query.name() != null ? register.nearest(query) : null);
        model.addAttribute("table", table(result, register.today()));
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute(
                "types",
                java.util.Arrays.stream(CouncilType.values())
                        .map(t -> new SelectOption(t.slug(), t.label()))
                        .toList());
        model.addAttribute(
                "regions",
                java.util.Arrays.stream(Region.values())
                        .map(r -> new SelectOption(r.slug(), r.label()))
                        .toList());
        model.addAttribute(
                "statuses",
                List.of(
                        new SelectOption("current", "Current councils"),
                        new SelectOption("abolished", "Abolished councils"),
                        new SelectOption("all", "Current and abolished")));
        model.addAttribute("today", register.today());
        model.addAttribute(
                "staff", CurrentUsers.current().map(u -> u.role().isStaff()).orElse(false));
        return "councils/list";
    }

    @GetMapping("/councils/{gss}")
    String council(@PathVariable String gss, Model model) {
        Council council = register.get(gss);
        if (!council.gss().equals(gss)) {
            return "redirect:/councils/" + council.gss();
        }
        Optional<CurrentUser> viewer = CurrentUsers.current();
        model.addAttribute("council", council);
        LocalDate today = register.today();
        model.addAttribute("abolished", council.abolishedOn(today));
        model.addAttribute(
                "notYetVested",
                council.startDate() != null && council.startDate().isAfter(today));
        model.addAttribute("reorganisationNotes", reorganisationNotes(council, today));
        model.addAttribute("sections", render(CouncilSection.Place.PUBLIC_PAGE, council, viewer));
        model.addAttribute(
                "mayOpenWorkspace", viewer.map(u -> u.mayActFor(council.gss())).orElse(false));
        return "councils/council";
    }

    /** What the recorded reorganisations mean for this council, as sentences (issue 13, item 11). */
    private List<String> reorganisationNotes(Council council, LocalDate today) {
        List<String> notes = new java.util.ArrayList<>();
        for (Reorganisation r : reorganisations.involving(council.gss())) {
            String day = r.vestingDay().format(GOVUK_DATE);
            String shadow = r.shadowFrom() == null
                    ? ""
                    : "; shadow authorities from " + r.shadowFrom().format(GOVUK_DATE);
            List<CouncilRef> replacing = r.replacing(council.gss());
            List<CouncilRef> replaced = r.replacedBy(council.gss());
            if (!replacing.isEmpty() && !r.vested(today)) {
                notes.add("Being reorganised: from " + day + " this council is replaced by " + names(replacing)
                        + " (the " + r.name() + " reorganisation" + shadow + ").");
            }
            if (!replaced.isEmpty()) {
                notes.add(
                        r.vested(today)
                                ? "Formed on " + day + " by the " + r.name() + " reorganisation, replacing "
                                        + names(replaced) + "."
                                : "A new council: it takes over from " + names(replaced) + " on " + day
                                        + ", its vesting day"
                                        + (r.inShadowPeriod(today) ? ", and is a shadow authority until then" : "")
                                        + " (the " + r.name() + " reorganisation" + shadow + ").");
            }
        }
        return notes;
    }

    static final java.time.format.DateTimeFormatter GOVUK_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private static String names(List<CouncilRef> councils) {
        List<String> names = councils.stream().map(CouncilRef::name).toList();
        return names.size() <= 1
                ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** Reached only by LGA staff and this council's own users (see CouncilRoutes). */
    @GetMapping("/councils/{gss}/workspace")
    String workspace(@PathVariable String gss, Model model) {
        Council council = register.get(gss);
        model.addAttribute("council", council);
        model.addAttribute("sections", render(CouncilSection.Place.WORKSPACE, council, CurrentUsers.current()));
        return "councils/workspace";
    }

    private static Table table(PageResult<CouncilSummary> result, LocalDate today) {
        List<List<Table.Cell>> rows = result.items().stream()
                .map(c -> List.of(
                        Table.Cell.link(c.officialName(), "/councils/" + c.gss())
                                .tagged(c.abolishedOn(today) ? "Abolished" : null),
                        Table.Cell.of(c.gss()),
                        Table.Cell.of(c.type().label()),
                        Table.Cell.of(c.region().label()),
                        Table.Cell.of(c.population() == null ? "" : String.format("%,d", c.population()))))
                .toList();
        String caption = result.total() == 0
                ? "No councils match"
                : "Councils " + result.firstItem() + " to " + result.lastItem() + " of " + result.total();
        return new Table(
                caption,
                List.of(
                        Table.Column.text("Council"),
                        Table.Column.text("GSS code"),
                        Table.Column.text("Type"),
                        Table.Column.text("Region"),
                        Table.Column.number("Population (2020)")),
                rows);
    }

    private List<CouncilSection.View> render(
            CouncilSection.Place place, Council council, Optional<CurrentUser> viewer) {
        return sections.stream()
                .filter(s -> s.place() == place)
                .flatMap(s -> s.render(council, viewer).stream())
                .toList();
    }
}

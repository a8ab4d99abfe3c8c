package org.peerchallengehub.risk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.councils.CouncilSummary;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events at councils: the list, the form for one event and the CSV import. Advisers and the programme team. */
@Controller
class RiskEventController {

    private final RiskEvents events;
    private final RiskAccess access;
    private final CouncilRegister register;

    RiskEventController(RiskEvents events, RiskAccess access, CouncilRegister register) {
        this.events = events;
        this.access = access;
        this.register = register;
    }

    /** An event as listed: with its council's name. */
    record Listed(RiskEvent event, String council) {}

    @GetMapping("/risk/events")
    String list(Model model) {
        CurrentUser user = RiskController.user();
        RiskAccess.Scope scope = access.scope(user);
        List<Listed> listed = new ArrayList<>();
        for (RiskEvent e : events.recent(200)) {
            register.find(e.gss())
                    .filter(c -> scope.covers(c.region()))
                    .ifPresent(c -> listed.add(new Listed(e, c.officialName())));
        }
        model.addAttribute("events", listed);
        return "risk/events";
    }

    /** The form as typed. */
    record EventForm(
            @Nullable String council,
            @Nullable String kind,
            DateFields eventDate,
            DateFields knownOn,
            @Nullable String source,
            @Nullable String note) {}

    @GetMapping("/risk/events/new")
    String form(@RequestParam(required = false) @Nullable String council, Model model) {
        return form(
                model,
                new EventForm(council, null, DateFields.of(null), DateFields.of(null), null, null),
                FormErrors.none());
    }

    @PostMapping("/risk/events")
    String record(
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable String kind,
            @DateInput("eventDate") DateFields eventDate,
            @DateInput("knownOn") DateFields knownOn,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = RiskController.user();
        EventForm form = new EventForm(council, kind, eventDate, knownOn, source, note);
        List<FormError> dateProblems = new ArrayList<>();
        java.time.LocalDate happened = null;
        java.time.LocalDate known = null;
        try {
            happened = eventDate.parseOptional("eventDate", "the date it happened");
        } catch (DateFields.InvalidDate e) {
            dateProblems.add(e.error());
        }
        try {
            known = knownOn.parseOptional("knownOn", "the date it became known");
        } catch (DateFields.InvalidDate e) {
            dateProblems.add(e.error());
        }
        EventRules.Draft draft = new EventRules.Draft(council, kind, happened, known, source, note);
        if (!dateProblems.isEmpty()) {
            // Every problem at once: the dates' own, then the rules' for the other fields.
            List<FormError> problems = new ArrayList<>(dateProblems);
            events.problems(user, draft).stream()
                    .filter(p -> dateProblems.stream().noneMatch(d -> d.field().equals(p.field())))
                    .forEach(problems::add);
            return form(model, form, FormErrors.of(order(problems)));
        }
        try {
            events.record(user, draft);
        } catch (EventRefused refused) {
            return form(model, form, FormErrors.of(refused.problems()));
        }
        redirect.addFlashAttribute("saved", "Event recorded");
        String gss = council == null ? "" : council.strip().toUpperCase(java.util.Locale.ROOT);
        boolean mayOpen = register.find(gss)
                .filter(c -> access.scope(user).covers(c.region()))
                .isPresent();
        return mayOpen ? "redirect:/risk/councils/" + gss + "#events" : "redirect:/risk/events";
    }

    @GetMapping("/risk/events/import")
    String importForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("columns", RiskEvents.COLUMNS);
        model.addAttribute("kinds", EventKind.values());
        return "risk/events-import";
    }

    @PostMapping("/risk/events/import")
    String importCsv(
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = RiskController.user();
        model.addAttribute("columns", RiskEvents.COLUMNS);
        model.addAttribute("kinds", EventKind.values());
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", FormErrors.of("file", "Select a CSV file of events"));
            return "risk/events-import";
        }
        String name = file.getOriginalFilename() == null ? "events.csv" : file.getOriginalFilename();
        try {
            int imported = events.importCsv(user, name, file.getBytes());
            redirect.addFlashAttribute("saved", "Imported " + imported + (imported == 1 ? " event" : " events"));
            return "redirect:/risk/events";
        } catch (EventRefused refused) {
            List<String> problems =
                    refused.problems().stream().map(FormError::message).toList();
            model.addAttribute(
                    "errors",
                    FormErrors.of(
                            "file",
                            problems.size() == 1 && !problems.getFirst().startsWith("Line ")
                                    ? problems.getFirst()
                                    : "Nothing was imported: " + problems.size()
                                            + (problems.size() == 1 ? " line needs" : " lines need") + " correcting"));
            model.addAttribute(
                    "problems", problems.size() == 1 && !problems.getFirst().startsWith("Line ") ? null : problems);
            return "risk/events-import";
        }
    }

    /** The errors in the order the fields appear. */
    static List<FormError> order(List<FormError> problems) {
        List<String> fields = List.of("council", "kind", "eventDate", "knownOn", "source", "note");
        return problems.stream()
                .sorted(Comparator.comparingInt(p -> fields.indexOf(p.field())))
                .toList();
    }

    private String form(Model model, EventForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "councils",
                register.all().stream()
                        .sorted(Comparator.comparing(CouncilSummary::officialName))
                        .map(c -> new SelectOption(
                                c.gss(),
                                c.officialName()
                                        + (c.endDate() == null
                                                ? ""
                                                : " (abolished " + c.endDate().getYear() + ")")))
                        .toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(EventKind.values())
                        .map(k -> new SelectOption(k.name(), k.label()))
                        .toList());
        return "risk/event-form";
    }
}

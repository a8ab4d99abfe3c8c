package org.peerchallengehub.challenges;

import static org.peerchallengehub.challenges.ChallengeController.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The on-site programme: sessions by day; adding one or several (pasted as a table), changing them,
 * removing them after a confirmation page; the printable timetable.
 */
@Controller
class ProgrammeController {

    /** The add-a-session form as posted. */
    record SessionForm(
            @Nullable SessionKind kind,
            @Nullable String title,
            @Nullable String day,
            @Nullable String startsAt,
            @Nullable String endsAt,
            @Nullable String place,
            @Nullable StakeholderGroup stakeholderGroup,
            @Nullable String peopleMet,
            @Nullable List<Long> members) {}

    /** The paste-a-table form as posted: the pasted text and the members attending every session in it. */
    record PasteForm(@Nullable String sessions, @Nullable List<Long> members) {}

    private final Challenges challenges;
    private final OnSiteProgramme programme;

    ProgrammeController(Challenges challenges, OnSiteProgramme programme) {
        this.challenges = challenges;
        this.programme = programme;
    }

    @GetMapping("/challenges/{id}/programme")
    String programme(@PathVariable long id, Model model) {
        ChallengeView v = challenges.view(user(), id);
        model.addAttribute("v", v);
        model.addAttribute("byDay", byDay(v.sessions()));
        choices(model, v);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SessionForm(null, null, null, "09:00", "10:00", null, null, "0", List.of()));
        }
        return "challenges/programme";
    }

    private static void choices(Model model, ChallengeView v) {
        model.addAttribute("memberNames", memberNames(v));
        model.addAttribute("kinds", SelectOption.of(SessionKind.values(), SessionKind::label));
        model.addAttribute("groups", SelectOption.of(StakeholderGroup.values(), StakeholderGroup::label));
        model.addAttribute(
                "days",
                v.challenge().hasVisitDates()
                        ? v.challenge()
                                .onSiteStart()
                                .datesUntil(v.challenge().onSiteEnd().plusDays(1))
                                .map(d -> new SelectOption(d.toString(), TeamRules.DAY.format(d)))
                                .toList()
                        : List.of());
    }

    @PostMapping("/challenges/{id}/programme")
    String add(@PathVariable long id, @ModelAttribute SessionForm form, Model model, RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        try {
            programme.add(user(), id, session(form));
            redirect.addFlashAttribute("saved", "Session added");
            return "redirect:/challenges/" + id + "/programme";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            model.addAttribute("form", form);
            return programme(id, model);
        }
    }

    @GetMapping("/challenges/{id}/programme/{sessionId}/edit")
    String edit(@PathVariable long id, @PathVariable long sessionId, Model model) {
        ProgrammeSession s = programme.manageableSession(user(), id, sessionId);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new SessionForm(
                            s.kind(),
                            s.title(),
                            s.day().toString(),
                            s.startsAt().toString(),
                            s.endsAt().toString(),
                            s.place(),
                            s.stakeholderGroup(),
                            Integer.toString(s.peopleMet()),
                            s.memberIds()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        ChallengeView v = challenges.view(user(), id);
        model.addAttribute("v", v);
        model.addAttribute("entry", s);
        choices(model, v);
        return "challenges/programme-edit";
    }

    @PostMapping("/challenges/{id}/programme/{sessionId}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long sessionId,
            @ModelAttribute SessionForm form,
            Model model,
            RedirectAttributes redirect) {
        programme.manageableSession(user(), id, sessionId);
        try {
            programme.update(user(), id, sessionId, session(form));
            redirect.addFlashAttribute("saved", "Session changed");
            return "redirect:/challenges/" + id + "/programme";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            model.addAttribute("form", form);
            return edit(id, sessionId, model);
        }
    }

    @GetMapping("/challenges/{id}/programme/paste")
    String paste(@PathVariable long id, Model model) {
        challenges.manageable(user(), id);
        ChallengeView v = challenges.view(user(), id);
        model.addAttribute("v", v);
        choices(model, v);
        model.addAttribute("columns", ProgrammeTable.COLUMNS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PasteForm(null, List.of()));
        }
        return "challenges/programme-paste";
    }

    @PostMapping("/challenges/{id}/programme/paste")
    String pasted(@PathVariable long id, @ModelAttribute PasteForm form, Model model, RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        List<Long> members = form.members() == null ? List.of() : form.members();
        List<FormError> errors = new ArrayList<>();
        ProgrammeTable.Parsed parsed = ProgrammeTable.parse(form.sessions(), members);
        if (members.isEmpty()) {
            errors.add(new FormError("members", "Select the team members attending these sessions"));
        }
        List<String> rowProblems = new ArrayList<>(parsed.problems());
        if (!rowProblems.isEmpty() && !members.isEmpty()) {
            // the rows that could be read are checked against the rules too, so every problem shows at once
            rowProblems.addAll(programme.problems(user(), id, parsed.sessions()));
            rowProblems.sort(java.util.Comparator.comparingInt(ProgrammeController::rowNumber));
        }
        rowProblems.forEach(p -> errors.add(new FormError("sessions", p)));
        if (parsed.sessions().isEmpty() && parsed.problems().isEmpty()) {
            errors.add(new FormError("sessions", "Paste at least one session, one to a line"));
        }
        if (errors.isEmpty()) {
            try {
                int added = programme.addAll(user(), id, parsed.sessions()).size();
                redirect.addFlashAttribute("saved", added + (added == 1 ? " session added" : " sessions added"));
                return "redirect:/challenges/" + id + "/programme";
            } catch (OnSiteProgramme.RowsRefused refused) {
                refused.messages().forEach(m -> errors.add(new FormError("sessions", m)));
            } catch (ChallengeRefused refused) {
                errors.add(new FormError("sessions", refused.getMessage()));
            }
        }
        model.addAttribute("errors", FormErrors.of(errors));
        model.addAttribute("form", form);
        return paste(id, model);
    }

    @GetMapping("/challenges/{id}/programme/{sessionId}/remove")
    String confirmRemove(@PathVariable long id, @PathVariable long sessionId, Model model) {
        ProgrammeSession s = programme.manageableSession(user(), id, sessionId);
        ChallengeView v = challenges.view(user(), id);
        model.addAttribute("v", v);
        model.addAttribute("entry", s);
        model.addAttribute("memberNames", memberNames(v));
        return "challenges/programme-remove";
    }

    /** Removes the session only when the confirmation page's button sent it; otherwise asks first. */
    @PostMapping("/challenges/{id}/programme/{sessionId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) @Nullable String confirm,
            RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        if (!"yes".equals(confirm)) {
            return "redirect:/challenges/" + id + "/programme/" + sessionId + "/remove";
        }
        if (programme.remove(user(), id, sessionId)) {
            redirect.addFlashAttribute("saved", "Session removed");
        }
        return "redirect:/challenges/" + id + "/programme";
    }

    private static int rowNumber(String problem) {
        int colon = problem.indexOf(':');
        try {
            return Integer.parseInt(problem.substring("Row ".length(), colon));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static OnSiteProgramme.NewSession session(SessionForm form) {
        if (form.kind() == null) {
            throw new ChallengeRefused("kind", "Select the kind of session");
        }
        LocalDate day = parse(() -> LocalDate.parse(form.day()), "day", "Select the day");
        LocalTime start =
                parse(() -> LocalTime.parse(form.startsAt()), "startsAt", "Enter the start time as hh:mm, like 09:30");
        LocalTime end =
                parse(() -> LocalTime.parse(form.endsAt()), "endsAt", "Enter the end time as hh:mm, like 10:30");
        int people = parse(
                () -> Integer.parseInt(
                        form.peopleMet() == null || form.peopleMet().isBlank()
                                ? "0"
                                : form.peopleMet().strip()),
                "peopleMet",
                "Enter the number of people met as a whole number");
        return new OnSiteProgramme.NewSession(
                form.kind(),
                form.title() == null ? "" : form.title(),
                day,
                start,
                end,
                form.place(),
                form.stakeholderGroup(),
                people,
                form.members() == null ? List.of() : form.members());
    }

    @GetMapping("/challenges/{id}/programme/timetable")
    String timetable(@PathVariable long id, Model model) {
        ChallengeView v = challenges.view(user(), id);
        Map<Long, String> names = memberNames(v);
        Map<String, List<ProgrammeSession>> byPeer = new LinkedHashMap<>();
        for (TeamMember m : v.team()) {
            if (m.status().onTeam()) {
                byPeer.put(
                        m.peerName(),
                        v.sessions().stream()
                                .filter(s -> s.memberIds().contains(m.id()))
                                .toList());
            }
        }
        model.addAttribute("v", v);
        model.addAttribute("byDay", byDay(v.sessions()));
        model.addAttribute("byPeer", byPeer);
        model.addAttribute("memberNames", names);
        return "challenges/timetable";
    }

    private static Map<LocalDate, List<ProgrammeSession>> byDay(List<ProgrammeSession> sessions) {
        Map<LocalDate, List<ProgrammeSession>> byDay = new TreeMap<>();
        for (ProgrammeSession s : sessions) {
            byDay.computeIfAbsent(s.day(), d -> new java.util.ArrayList<>()).add(s);
        }
        return byDay;
    }

    private static Map<Long, String> memberNames(ChallengeView v) {
        Map<Long, String> names = new LinkedHashMap<>();
        v.team().stream().filter(m -> m.status().onTeam()).forEach(m -> names.put(m.id(), m.peerName()));
        return names;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse, String field, String message) {
        try {
            return parse.get();
        } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
            throw new ChallengeRefused(field, message);
        }
    }
}

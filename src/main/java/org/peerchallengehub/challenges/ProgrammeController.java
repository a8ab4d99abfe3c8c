package org.peerchallengehub.challenges;

import static org.peerchallengehub.challenges.ChallengeController.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The on-site programme: sessions by day, adding and removing them, the printable timetable. */
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
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SessionForm(null, null, null, "09:00", "10:00", null, null, "0", List.of()));
        }
        return "challenges/programme";
    }

    @PostMapping("/challenges/{id}/programme")
    String add(@PathVariable long id, @ModelAttribute SessionForm form, Model model, RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        try {
            if (form.kind() == null) {
                throw new ChallengeRefused("kind", "Select the kind of session");
            }
            LocalDate day = parse(() -> LocalDate.parse(form.day()), "day", "Select the day");
            LocalTime start = parse(
                    () -> LocalTime.parse(form.startsAt()), "startsAt", "Enter the start time as hh:mm, like 09:30");
            LocalTime end =
                    parse(() -> LocalTime.parse(form.endsAt()), "endsAt", "Enter the end time as hh:mm, like 10:30");
            int people = parse(
                    () -> Integer.parseInt(
                            form.peopleMet() == null || form.peopleMet().isBlank()
                                    ? "0"
                                    : form.peopleMet().strip()),
                    "peopleMet",
                    "Enter the number of people met as a whole number");
            programme.add(
                    user(),
                    id,
                    new OnSiteProgramme.NewSession(
                            form.kind(),
                            form.title() == null ? "" : form.title(),
                            day,
                            start,
                            end,
                            form.place(),
                            form.stakeholderGroup(),
                            people,
                            form.members() == null ? List.of() : form.members()));
            redirect.addFlashAttribute("saved", "Session added");
            return "redirect:/challenges/" + id + "/programme";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            model.addAttribute("form", form);
            return programme(id, model);
        }
    }

    @PostMapping("/challenges/{id}/programme/{sessionId}/remove")
    String remove(@PathVariable long id, @PathVariable long sessionId) {
        programme.remove(user(), id, sessionId);
        return "redirect:/challenges/" + id + "/programme";
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

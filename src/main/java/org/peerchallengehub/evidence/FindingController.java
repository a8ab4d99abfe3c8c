package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.frameworks.FindingKind;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
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
 * The findings pages of a challenge's evidence: the findings by component and focus area with their
 * corroboration, a finding with its notes, drafting and changing one (blank or from a theme), the key
 * recommendations and the sign-off. Everything asks {@link Findings}, which asks {@link EvidenceTable}.
 */
@Controller
class FindingController {

    /** The finding form as posted: notes and numbers as text, so that nothing posted fails to bind. */
    record FindingForm(
            @Nullable String place,
            @Nullable String kind,
            @Nullable String text,
            @Nullable List<String> notes,
            @Nullable String theme,
            @Nullable String version,
            @Nullable String action) {}

    private static final String BASE = "/challenges/{id}/evidence/findings";

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    private static String base(long id) {
        return "/challenges/" + id + "/evidence/findings";
    }

    // --- the list

    @GetMapping(BASE)
    String list(@PathVariable long id, Model model) {
        Findings.Overview o = findings.overview(user(), id);
        model.addAttribute("o", o);
        model.addAttribute("seat", o.seat());
        model.addAttribute("when", Findings.WHEN);
        return "evidence/findings/list";
    }

    @GetMapping(BASE + "/{findingId:\\d{1,18}}")
    String detail(@PathVariable long id, @PathVariable long findingId, Model model) {
        Findings.Detail d = findings.detail(user(), id, findingId);
        model.addAttribute("d", d);
        model.addAttribute("seat", d.seat());
        model.addAttribute("f", d.listed().finding());
        model.addAttribute("c", d.listed().corroboration());
        model.addAttribute("when", Findings.WHEN);
        return "evidence/findings/detail";
    }

    // --- drafting and changing

    @GetMapping(BASE + "/new")
    String blank(@PathVariable long id, @RequestParam(required = false) @Nullable String theme, Model model) {
        Seat seat = findings.seat(user(), id);
        FindingForm form = new FindingForm(null, null, "", List.of(), null, null, null);
        if (theme != null && theme.matches("\\d{1,18}")) {
            Findings.Draft draft = findings.fromTheme(user(), id, Long.parseLong(theme));
            form = new FindingForm(
                    draft.place(),
                    null,
                    draft.text(),
                    draft.noteIds().stream().map(String::valueOf).toList(),
                    String.valueOf(draft.themeId()),
                    null,
                    null);
        } else if (theme != null) {
            throw new org.peerchallengehub.shared.web.NotFoundException("No such theme");
        }
        return form(seat, null, form, FormErrors.none(), model);
    }

    @PostMapping(BASE)
    String create(@PathVariable long id, @ModelAttribute FindingForm form, Model model, RedirectAttributes redirect) {
        Seat seat = findings.seat(user(), id);
        if ("notes".equals(form.action())) {
            return form(seat, null, form, FormErrors.none(), model);
        }
        try {
            Finding f = findings.create(user(), id, change(form));
            redirect.addFlashAttribute("saved", "Finding saved");
            return "redirect:" + base(id) + "/" + f.id();
        } catch (FindingRefused refused) {
            return form(seat, null, form, FormErrors.of(refused.field(), refused.getMessage()), model);
        } catch (EvidenceRefused refused) {
            return form(seat, null, form, FormErrors.of("text", refused.getMessage()), model);
        }
    }

    @GetMapping(BASE + "/{findingId:\\d{1,18}}/edit")
    String edit(@PathVariable long id, @PathVariable long findingId, Model model) {
        Seat seat = findings.seat(user(), id);
        Finding f = findings.get(user(), id, findingId);
        FindingForm form = new FindingForm(
                f.place(),
                f.kind().name(),
                f.text(),
                f.noteIds().stream().map(String::valueOf).toList(),
                null,
                String.valueOf(f.version()),
                null);
        return form(seat, f, form, FormErrors.none(), model);
    }

    @PostMapping(BASE + "/{findingId:\\d{1,18}}/edit")
    String update(
            @PathVariable long id,
            @PathVariable long findingId,
            @ModelAttribute FindingForm form,
            Model model,
            RedirectAttributes redirect) {
        Seat seat = findings.seat(user(), id);
        Finding f = findings.get(user(), id, findingId);
        if ("notes".equals(form.action())) {
            return form(seat, f, form, FormErrors.none(), model);
        }
        try {
            int version = form.version() != null && form.version().strip().matches("\\d{1,9}")
                    ? Integer.parseInt(form.version().strip())
                    : -1;
            findings.update(user(), id, findingId, version, change(form));
            redirect.addFlashAttribute("saved", "Finding saved");
            return "redirect:" + base(id) + "/" + findingId;
        } catch (FindingChangedMeanwhile changed) {
            Finding current = changed.current();
            model.addAttribute("conflict", changed.getMessage());
            model.addAttribute("theirs", current);
            // the editor's own words stay in the form; saving again overwrites the current version
            FindingForm kept = new FindingForm(
                    form.place(),
                    form.kind(),
                    form.text(),
                    form.notes(),
                    null,
                    String.valueOf(current.version()),
                    null);
            return form(seat, current, kept, FormErrors.none(), model);
        } catch (FindingRefused refused) {
            return form(seat, f, form, FormErrors.of(refused.field(), refused.getMessage()), model);
        } catch (EvidenceRefused refused) {
            return form(seat, f, form, FormErrors.of("text", refused.getMessage()), model);
        }
    }

    private String form(Seat seat, @Nullable Finding f, FindingForm form, FormErrors errors, Model model) {
        CurrentUser user = user();
        List<Long> linked = ids(form.notes());
        model.addAttribute("seat", seat);
        model.addAttribute("finding", f);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "places",
                findings.places(seat).stream()
                        .map(p -> new SelectOption(p.value(), p.label()))
                        .toList());
        model.addAttribute(
                "kinds",
                Findings.KINDS.stream()
                        .map(k -> new SelectOption(k.name(), k.label()))
                        .toList());
        model.addAttribute("notes", findings.candidateNotes(user, seat.challengeId(), form.place(), linked));
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", null);
            model.addAttribute("theirs", null);
        }
        return "evidence/findings/form";
    }

    private static Findings.Change change(FindingForm form) {
        List<Long> notes = new ArrayList<>();
        for (String n : form.notes() == null ? List.<String>of() : form.notes()) {
            if (n == null || !n.strip().matches("\\d{1,18}")) {
                throw new FindingRefused("notes", "Select the notes from the list");
            }
            notes.add(Long.parseLong(n.strip()));
        }
        Long theme = form.theme() != null && form.theme().strip().matches("\\d{1,18}")
                ? Long.parseLong(form.theme().strip())
                : null;
        return new Findings.Change(form.place(), form.kind(), form.text(), notes, theme);
    }

    private static List<Long> ids(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .distinct()
                .toList();
    }

    // --- deleting

    @GetMapping(BASE + "/{findingId:\\d{1,18}}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long findingId, Model model) {
        Findings.Detail d = findings.detail(user(), id, findingId);
        model.addAttribute("d", d);
        model.addAttribute("seat", d.seat());
        model.addAttribute("f", d.listed().finding());
        return "evidence/findings/delete";
    }

    @PostMapping(BASE + "/{findingId:\\d{1,18}}/delete")
    String delete(
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestParam(required = false) @Nullable String confirm,
            @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect) {
        findings.get(user(), id, findingId);
        if (!"yes".equals(confirm)) {
            return "redirect:" + base(id) + "/" + findingId + "/delete";
        }
        try {
            Integer v =
                    version != null && version.strip().matches("\\d{1,9}") ? Integer.valueOf(version.strip()) : null;
            findings.delete(user(), id, findingId, v);
            redirect.addFlashAttribute("saved", "Finding deleted");
            return "redirect:" + base(id);
        } catch (FindingChangedMeanwhile changed) {
            redirect.addFlashAttribute(
                    "problem",
                    changed.current().updatedByName()
                            + " changed this finding while you were deciding: check it before deleting it");
            return "redirect:" + base(id) + "/" + findingId;
        } catch (EvidenceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + base(id) + "/" + findingId;
        }
    }

    // --- agreeing

    @PostMapping(BASE + "/{findingId:\\d{1,18}}/agree")
    String agree(
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestParam(required = false) @Nullable String agreed,
            @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect) {
        findings.get(user(), id, findingId);
        boolean yes = !"false".equals(agreed);
        try {
            findings.agree(user(), id, findingId, yes);
            redirect.addFlashAttribute("saved", yes ? "Finding agreed" : "Agreement withdrawn");
        } catch (EvidenceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + base(id) + ("list".equals(back) ? "" : "/" + findingId);
    }

    // --- key recommendations

    @GetMapping(BASE + "/key-recommendations")
    String keyRecommendations(@PathVariable long id, Model model) {
        Findings.Overview o = findings.overview(user(), id);
        model.addAttribute("o", o);
        model.addAttribute("seat", o.seat());
        return "evidence/findings/key-recommendations";
    }

    @PostMapping(BASE + "/key-recommendations")
    String moveKeyRecommendation(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String finding,
            @RequestParam(required = false) @Nullable String move,
            RedirectAttributes redirect) {
        findings.seat(user(), id);
        Findings.KeyMove m = null;
        for (Findings.KeyMove candidate : Findings.KeyMove.values()) {
            if (candidate.name().equals(move)) {
                m = candidate;
            }
        }
        if (m == null || finding == null || !finding.strip().matches("\\d{1,18}")) {
            redirect.addFlashAttribute("problem", "Choose a recommendation and what to do with it");
            return "redirect:" + base(id) + "/key-recommendations";
        }
        try {
            findings.key(user(), id, Long.parseLong(finding.strip()), m);
            redirect.addFlashAttribute(
                    "saved",
                    switch (m) {
                        case ADD -> "Added to the key recommendations";
                        case REMOVE -> "Taken out of the key recommendations";
                        case UP, DOWN -> "Key recommendation moved";
                    });
        } catch (FindingRefused | EvidenceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + base(id) + "/key-recommendations";
    }

    // --- sign-off

    @GetMapping(BASE + "/sign-off")
    String signOffPage(@PathVariable long id, Model model) {
        Findings.Overview o = findings.overview(user(), id);
        model.addAttribute("o", o);
        model.addAttribute("seat", o.seat());
        model.addAttribute("when", Findings.WHEN);
        model.addAttribute("seatLabel", SignOffRules.label(o.seat().role()));
        model.addAttribute(
                "seats",
                List.of(
                        org.peerchallengehub.challenges.ChallengeTeams.SeatRole.LEAD_PEER,
                        org.peerchallengehub.challenges.ChallengeTeams.SeatRole.MANAGER));
        return "evidence/findings/sign-off";
    }

    @PostMapping(BASE + "/sign-off")
    String signOff(@PathVariable long id, RedirectAttributes redirect) {
        Seat seat = findings.seat(user(), id);
        try {
            SignOffState state = findings.signOff(user(), id);
            redirect.addFlashAttribute(
                    "saved",
                    state.signedOffByBoth()
                            ? "The findings are signed off by the lead peer and the manager"
                            : "Findings signed off as " + SignOffRules.label(seat.role()));
        } catch (FindingRefused | EvidenceRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + base(id) + "/sign-off";
    }

    /** The kinds' tag colours by name, for the templates. */
    @ModelAttribute("colours")
    java.util.Map<String, String> colours() {
        java.util.Map<String, String> colours = new java.util.HashMap<>();
        for (FindingKind k : FindingKind.values()) {
            colours.put(k.name(), colour(k));
        }
        return colours;
    }

    static String colour(FindingKind kind) {
        return switch (kind) {
            case STRENGTH -> "turquoise";
            case CHALLENGE -> "orange";
            case RECOMMENDATION, KEY_RECOMMENDATION -> "blue";
            case NOTABLE_PRACTICE -> "purple";
        };
    }
}

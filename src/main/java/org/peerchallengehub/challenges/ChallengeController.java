package org.peerchallengehub.challenges;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Challenges: the list, booking, the challenge page, details, life cycle, scope and documents. */
@Controller
class ChallengeController {

    /** The booking and details form as posted; dates as GOV.UK date fields. */
    record ChallengeForm(
            @Nullable String councilGss,
            @Nullable ChallengeType type,
            @Nullable Long reviewsChallengeId,
            @Nullable String onSiteStartDay,
            @Nullable String onSiteStartMonth,
            @Nullable String onSiteStartYear,
            @Nullable String onSiteEndDay,
            @Nullable String onSiteEndMonth,
            @Nullable String onSiteEndYear,
            @Nullable PoliticalControl politicalControl,
            @Nullable Long managerUserId,
            @Nullable Long adviserUserId,
            @Nullable String notes,
            @Nullable Integer version) {

        public DateFields start() {
            return new DateFields(onSiteStartDay, onSiteStartMonth, onSiteStartYear);
        }

        public DateFields end() {
            return new DateFields(onSiteEndDay, onSiteEndMonth, onSiteEndYear);
        }

        static ChallengeForm of(Challenge c) {
            DateFields s = DateFields.of(c.onSiteStart());
            DateFields e = DateFields.of(c.onSiteEnd());
            return new ChallengeForm(
                    c.councilGss(),
                    c.type(),
                    c.reviewsChallengeId(),
                    s.day(),
                    s.month(),
                    s.year(),
                    e.day(),
                    e.month(),
                    e.year(),
                    c.politicalControl(),
                    c.managerUserId(),
                    c.adviserUserId(),
                    c.notes(),
                    c.version());
        }
    }

    private final Challenges challenges;
    private final ProgrammeDashboard dashboard;
    private final CouncilRegister councils;
    private final ChallengeDataPacks dataPacks;

    private final ChallengeTeams teams;

    ChallengeController(
            Challenges challenges,
            ProgrammeDashboard dashboard,
            CouncilRegister councils,
            ChallengeDataPacks dataPacks,
            ChallengeTeams teams) {
        this.teams = teams;
        this.challenges = challenges;
        this.dashboard = dashboard;
        this.councils = councils;
        this.dataPacks = dataPacks;
    }

    static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    @GetMapping("/challenges")
    String list(
            @RequestParam(required = false) @Nullable ChallengeState state,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable ChallengeType type,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        CurrentUser user = user();
        if (year != null && (year < 2000 || year > 2100)) {
            throw new org.peerchallengehub.shared.web.BadRequestException("year must be between 2000 and 2100");
        }
        PageResult<Challenge> result = challenges.list(
                user, new ChallengeRepository.ListFilter(state, year, null, type), PageRequest.of(page, null, 50));
        model.addAttribute("result", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("type", type);
        model.addAttribute("states", SelectOption.of(ChallengeState.values(), ChallengeState::label));
        model.addAttribute("types", SelectOption.of(ChallengeType.values(), ChallengeType::label));
        model.addAttribute("canBook", user.role() == Role.PROGRAMME_TEAM || user.role() == Role.PEER_CHALLENGE_MANAGER);
        model.addAttribute(
                "overdue",
                user.role() == Role.PEER_CHALLENGE_MANAGER || user.role() == Role.PRINCIPAL_ADVISER
                        ? dashboard.overdueFor(user)
                        : List.of());
        return "challenges/list";
    }

    @GetMapping("/challenges/new")
    String newChallenge(
            @RequestParam(required = false) @Nullable String council,
            @RequestParam(required = false) @Nullable Long reviews,
            Model model) {
        return bookingForm(
                model,
                new ChallengeForm(
                        council,
                        reviews == null ? ChallengeType.CORPORATE : ChallengeType.PROGRESS_REVIEW,
                        reviews,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        user().role() == Role.PEER_CHALLENGE_MANAGER ? user().id() : null,
                        null,
                        null,
                        null),
                FormErrors.none());
    }

    @PostMapping("/challenges")
    String book(@ModelAttribute ChallengeForm form, Model model, RedirectAttributes redirect) {
        try {
            if (form.councilGss() == null || form.councilGss().isBlank()) {
                throw new ChallengeRefused("councilGss", "Select the council");
            }
            if (form.type() == null) {
                throw new ChallengeRefused("type", "Select the kind of challenge");
            }
            LocalDate start = form.start().parseOptional("onSiteStart", "the first day on site");
            LocalDate end = form.end().parseOptional("onSiteEnd", "the last day on site");
            long id = challenges.book(
                    user(),
                    new Challenges.Booking(
                            form.councilGss(),
                            form.type(),
                            form.reviewsChallengeId(),
                            start,
                            end,
                            form.politicalControl(),
                            form.managerUserId(),
                            form.adviserUserId(),
                            form.notes()));
            redirect.addFlashAttribute("saved", "Challenge recorded");
            return "redirect:/challenges/" + id;
        } catch (ChallengeRefused refused) {
            return bookingForm(model, form, FormErrors.of(refused.field(), refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            return bookingForm(model, form, FormErrors.of(List.of(invalid.error())));
        }
    }

    @GetMapping("/challenges/{id}")
    String challenge(@PathVariable long id, Model model) {
        model.addAttribute("v", challenges.view(user(), id));
        model.addAttribute("packPages", dataPacks.packDocuments(id));
        // the link to the team's evidence, only for those with a seat at its table (decision 0060)
        model.addAttribute("evidenceSeat", teams.seat(user(), id).isPresent());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        boolean staff = user().role().isStaff();
        model.addAttribute(
                "kinds",
                SelectOption.of(
                        java.util.Arrays.stream(DocumentKind.values())
                                .filter(DocumentKind::uploadable)
                                .filter(k -> staff || !k.lgaOnly())
                                .toArray(DocumentKind[]::new),
                        DocumentKind::label));
        return "challenges/challenge";
    }

    @GetMapping("/challenges/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Challenge c = challenges.manageable(user(), id);
        model.addAttribute("challenge", c);
        return detailsForm(model, ChallengeForm.of(c), FormErrors.none());
    }

    @PostMapping("/challenges/{id}")
    String update(@PathVariable long id, @ModelAttribute ChallengeForm form, Model model, RedirectAttributes redirect) {
        Challenge c = challenges.manageable(user(), id);
        model.addAttribute("challenge", c);
        try {
            if (form.version() == null) {
                throw new ChallengeRefused(
                        "onSiteStart", "The form was incomplete; open the challenge again and make your change");
            }
            LocalDate start = form.start().parseOptional("onSiteStart", "the first day on site");
            LocalDate end = form.end().parseOptional("onSiteEnd", "the last day on site");
            challenges.updateDetails(
                    user(),
                    id,
                    form.version(),
                    start,
                    end,
                    form.politicalControl(),
                    form.managerUserId(),
                    form.adviserUserId(),
                    form.notes());
            redirect.addFlashAttribute("saved", "Changes saved");
            return "redirect:/challenges/" + id;
        } catch (ChallengeRefused refused) {
            return detailsForm(model, form, FormErrors.of(refused.field(), refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            return detailsForm(model, form, FormErrors.of(List.of(invalid.error())));
        } catch (ChallengeChangedMeanwhile changed) {
            // Nothing is lost: the form keeps what this person typed; the page shows what is saved now.
            model.addAttribute("current", c);
            ChallengeForm kept = new ChallengeForm(
                    form.councilGss(),
                    form.type(),
                    form.reviewsChallengeId(),
                    form.onSiteStartDay(),
                    form.onSiteStartMonth(),
                    form.onSiteStartYear(),
                    form.onSiteEndDay(),
                    form.onSiteEndMonth(),
                    form.onSiteEndYear(),
                    form.politicalControl(),
                    form.managerUserId(),
                    form.adviserUserId(),
                    form.notes(),
                    c.version());
            return detailsForm(model, kept, FormErrors.of("onSiteStart", changed.getMessage()));
        }
    }

    @PostMapping("/challenges/{id}/transitions")
    String transition(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ChallengeState target,
            @RequestParam(required = false) @Nullable String note,
            @DateInput("date") DateFields dateFields,
            @RequestParam(required = false) @Nullable String url,
            Model model,
            RedirectAttributes redirect) {
        challenges.manageable(user(), id);
        try {
            if (target == null) {
                throw new TransitionRefused("Choose the state to move the challenge to");
            }
            if (target.movesWithReport()) {
                throw new TransitionRefused("A challenge moves to “" + target.label()
                        + "” with its feedback report: open the report to move it on.");
            }
            LocalDate date = dateFields.parseOptional("date", "the date");
            challenges.transition(user(), id, target, note, date, url);
            redirect.addFlashAttribute("saved", "The challenge is now “" + target.label() + "”");
            return "redirect:/challenges/" + id;
        } catch (TransitionRefused refused) {
            model.addAttribute("errors", FormErrors.of("transition", refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            model.addAttribute("errors", FormErrors.of("transition", invalid.getMessage()));
        }
        return challenge(id, model);
    }

    @PostMapping("/challenges/{id}/focus-areas")
    String addFocusArea(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String questions,
            Model model,
            RedirectAttributes redirect) {
        try {
            challenges.addFocusArea(user(), id, title, Arrays.asList(questions.split("\\R")));
            redirect.addFlashAttribute("saved", "Focus area added");
            return "redirect:/challenges/" + id + "#scope";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            return challenge(id, model);
        }
    }

    @PostMapping("/challenges/{id}/focus-areas/{focusAreaId}/remove")
    String removeFocusArea(@PathVariable long id, @PathVariable long focusAreaId, Model model) {
        try {
            challenges.removeFocusArea(user(), id, focusAreaId);
            return "redirect:/challenges/" + id + "#scope";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of("title", refused.getMessage()));
            return challenge(id, model);
        }
    }

    @PostMapping("/challenges/{id}/scope/agree")
    String agreeScope(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            challenges.agreeScope(user(), id);
            redirect.addFlashAttribute("saved", "Scope agreed");
            return "redirect:/challenges/" + id + "#scope";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of("title", refused.getMessage()));
            return challenge(id, model);
        }
    }

    @PostMapping("/challenges/{id}/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable DocumentKind kind,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        challenges.actingForCouncil(user(), id);
        try {
            if (file == null || file.isEmpty()) {
                throw new ChallengeRefused("file", "Select a file to upload");
            }
            challenges.upload(
                    user(),
                    id,
                    kind == null ? DocumentKind.SUPPORTING : kind,
                    file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("saved", "Document uploaded");
            return "redirect:/challenges/" + id + "#documents";
        } catch (ChallengeRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            return challenge(id, model);
        }
    }

    @GetMapping("/challenges/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        Challenges.Download d = challenges.download(user(), id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.info().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.info().filename())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(d.content());
    }

    private String bookingForm(Model model, ChallengeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "councilOptions",
                councils.search(CouncilQuery.current()).stream()
                        .map(c -> new SelectOption(c.gss(), c.officialName()))
                        .toList());
        model.addAttribute("types", SelectOption.of(ChallengeType.values(), ChallengeType::label));
        addPeople(model);
        model.addAttribute(
                "earlier",
                form.councilGss() == null || form.councilGss().isBlank()
                        ? List.of()
                        : challenges
                                .list(
                                        user(),
                                        new ChallengeRepository.ListFilter(null, null, form.councilGss(), null),
                                        new PageRequest(1, 50))
                                .items()
                                .stream()
                                .map(c -> new SelectOption(String.valueOf(c.id()), c.reference() + " – " + c.title()))
                                .toList());
        return "challenges/new";
    }

    private String detailsForm(Model model, ChallengeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addPeople(model);
        return "challenges/edit";
    }

    private void addPeople(Model model) {
        model.addAttribute("controls", SelectOption.of(PoliticalControl.values(), PoliticalControl::label));
        model.addAttribute("managers", staff(Role.PEER_CHALLENGE_MANAGER));
        model.addAttribute("advisers", staff(Role.PRINCIPAL_ADVISER));
    }

    /** Accounts that can manage or advise, for a select list. */
    private List<SelectOption> staff(Role role) {
        return challenges.staff(role);
    }
}

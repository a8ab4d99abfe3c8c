package org.peerchallengehub.councils;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reorganisations recorded ahead of time (issue 13, item 11): the list for LGA staff, and for the
 * programme team a form for one reorganisation (up to four new councils) and a CSV import of several.
 */
@Controller
class ReorganisationController {

    /** New councils on the form; more come by CSV. */
    static final int FORM_COUNCILS = 4;

    static final long MAX_CSV_BYTES = 1_000_000;

    /** The form as posted: the reorganisation and up to {@link #FORM_COUNCILS} new councils. */
    record ReorganisationForm(
            @Nullable String name,
            @Nullable String source,
            @Nullable List<String> gss,
            @Nullable List<String> officialName,
            @Nullable List<String> region,
            @Nullable List<String> replaces) {

        public String at(@Nullable List<String> values, int i) {
            return values == null || values.size() <= i || values.get(i) == null
                    ? ""
                    : values.get(i).strip();
        }

        static ReorganisationForm empty() {
            return new ReorganisationForm(null, null, null, null, null, null);
        }
    }

    private final Reorganisations reorganisations;
    private final CouncilRegister register;

    ReorganisationController(Reorganisations reorganisations, CouncilRegister register) {
        this.reorganisations = reorganisations;
        this.register = register;
    }

    @GetMapping("/reorganisations")
    String list(Model model) {
        model.addAttribute("reorganisations", reorganisations.all());
        model.addAttribute("today", register.today());
        model.addAttribute("columns", String.join(",", Reorganisations.CSV_COLUMNS));
        model.addAttribute(
                "mayRecord",
                CurrentUsers.current()
                        .map(u -> u.role() == org.peerchallengehub.shared.security.Role.PROGRAMME_TEAM)
                        .orElse(false));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "councils/reorganisations";
    }

    @GetMapping("/reorganisations/new")
    String form(Model model) {
        return form(model, ReorganisationForm.empty(), FormErrors.none());
    }

    @PostMapping("/reorganisations")
    String record(
            @ModelAttribute ReorganisationForm form,
            @DateInput("vestingDay") DateFields vestingFields,
            @DateInput("shadowFrom") DateFields shadowFields,
            Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        LocalDate vesting = null;
        LocalDate shadow = null;
        try {
            vesting = vestingFields.parse("vestingDay", "the vesting day");
        } catch (DateFields.InvalidDate invalid) {
            errors.add(invalid.error());
        }
        if (!shadowFields.blank()) {
            try {
                shadow = shadowFields.parse("shadowFrom", "the first day of the shadow period");
            } catch (DateFields.InvalidDate invalid) {
                errors.add(invalid.error());
            }
        }
        List<ReorganisationDraft.NewCouncil> councils = new ArrayList<>();
        for (int i = 0; i < FORM_COUNCILS; i++) {
            String gss = form.at(form.gss(), i).toUpperCase();
            String name = form.at(form.officialName(), i);
            String region = form.at(form.region(), i);
            String replaces = form.at(form.replaces(), i);
            if (gss.isEmpty() && name.isEmpty() && replaces.isEmpty()) {
                continue;
            }
            Region chosen = Arrays.stream(Region.values())
                    .filter(r -> r.slug().equals(region))
                    .findFirst()
                    .orElse(null);
            councils.add(
                    new ReorganisationDraft.NewCouncil(0, gss, name, null, chosen, Reorganisations.split(replaces)));
        }
        if (errors.isEmpty()) {
            try {
                reorganisations.record(
                        new ReorganisationDraft(
                                form.name() == null ? "" : form.name(), vesting, shadow, form.source(), councils),
                        CurrentUsers.current().orElseThrow().displayName());
                redirect.addFlashAttribute(
                        "saved", "Reorganisation “" + form.name().strip() + "” recorded");
                return "redirect:/reorganisations";
            } catch (ReorganisationRefused refused) {
                refused.problems().forEach(p -> errors.add(new FormError("name", p)));
            }
        }
        model.addAttribute("vestingDayFields", vestingFields);
        model.addAttribute("shadowFromFields", shadowFields);
        return form(model, form, FormErrors.of(errors));
    }

    @PostMapping("/reorganisations/import")
    String importCsv(
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        String problem = null;
        if (file == null || file.isEmpty()) {
            problem = "Choose a CSV file of reorganisations";
        } else if (file.getSize() > MAX_CSV_BYTES) {
            problem = "The file must be smaller than 1 MB";
        }
        if (problem == null) {
            try {
                java.io.StringWriter text = new java.io.StringWriter();
                try (var reader = org.peerchallengehub.shared.csv.CsvReader.strictUtf8(file.getInputStream())) {
                    reader.transferTo(text); // a byte order mark is left for the CSV reader, which ignores it
                }
                List<Long> ids = reorganisations.importCsv(
                        text.toString(), CurrentUsers.current().orElseThrow().displayName());
                redirect.addFlashAttribute(
                        "saved",
                        ids.size() == 1 ? "1 reorganisation recorded" : ids.size() + " reorganisations recorded");
                return "redirect:/reorganisations";
            } catch (CharacterCodingException e) {
                problem = "The file must be a CSV saved as UTF-8";
            } catch (ReorganisationRefused refused) {
                model.addAttribute("importProblems", refused.problems());
                problem = "Nothing was imported: correct the file and import it again";
            }
        }
        model.addAttribute("errors", FormErrors.of("file", problem));
        return list(model);
    }

    private String form(Model model, ReorganisationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "slots",
                java.util.stream.IntStream.range(0, FORM_COUNCILS).boxed().toList());
        model.addAttribute(
                "regions",
                Arrays.stream(Region.values())
                        .map(r -> new SelectOption(r.slug(), r.label()))
                        .toList());
        return "councils/reorganisation-form";
    }
}

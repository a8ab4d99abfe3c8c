package org.peerchallengehub.peers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.CouncilQuery;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The peer pool pages: list and filter, a peer's profile, add and edit, CSV import and export. */
@Controller
class PeerController {

    /** The add/edit form as posted. */
    record PeerForm(
            @Nullable String fullName,
            @Nullable PeerKind kind,
            @Nullable String jobTitle,
            @Nullable String organisation,
            @Nullable String organisationGss,
            @Nullable PoliticalGroup politicalGroup,
            @Nullable String email,
            @Nullable Boolean active,
            @Nullable String notes,
            @Nullable List<String> expertise,
            @Nullable Integer version) {

        static PeerForm of(Peer p) {
            return new PeerForm(
                    p.fullName(),
                    p.kind(),
                    p.jobTitle(),
                    p.organisation(),
                    p.organisationGss(),
                    p.politicalGroup(),
                    p.email(),
                    p.active(),
                    p.notes(),
                    p.expertise(),
                    p.version());
        }

        PeerDraft draft() {
            return new PeerDraft(
                    fullName == null ? "" : fullName,
                    kind,
                    jobTitle,
                    organisation,
                    organisationGss,
                    politicalGroup,
                    email,
                    active == null || active,
                    notes,
                    expertise == null ? List.of() : expertise);
        }
    }

    static final int PAGE_SIZE = 50;

    private final PeerPool pool;
    private final PeerCsv csv;
    private final CouncilRegister councils;
    private final ObjectProvider<PeerHistory> history;

    PeerController(PeerPool pool, PeerCsv csv, CouncilRegister councils, ObjectProvider<PeerHistory> history) {
        this.pool = pool;
        this.csv = csv;
        this.councils = councils;
        this.history = history;
    }

    @GetMapping("/peers")
    String list(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable PeerKind kind,
            @RequestParam(required = false) @Nullable String expertise,
            @RequestParam(required = false) @Nullable Integer page,
            HttpServletRequest request,
            Model model) {
        PeerQuery query = new PeerQuery(name, kind, expertise, true);
        PageResult<Peer> result = pool.search(query, PageRequest.of(page, null, PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("pagination", Pagination.of(result, request));
        model.addAttribute("kinds", SelectOption.of(PeerKind.values(), PeerKind::label));
        model.addAttribute(
                "tags",
                pool.expertiseTags().stream()
                        .map(t -> new SelectOption(t.id(), t.label()))
                        .toList());
        model.addAttribute("tagLabels", pool.tagLabels());
        return "peers/list";
    }

    @GetMapping("/peers/{id}")
    String peer(@PathVariable long id, Model model) {
        Peer peer = pool.get(id);
        model.addAttribute("peer", peer);
        model.addAttribute("account", pool.linkedAccount(id).orElse(null));
        model.addAttribute("tagLabels", pool.tagLabels());
        model.addAttribute(
                "history",
                history.stream().flatMap(h -> h.historyOf(id).stream()).toList());
        model.addAttribute("accreditationKinds", SelectOption.of(AccreditationKind.values(), AccreditationKind::label));
        model.addAttribute("councilOptions", councilOptions());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "peers/peer";
    }

    @GetMapping("/peers/new")
    String newPeer(Model model) {
        return form(
                model,
                new PeerForm(null, null, null, null, null, null, null, true, null, List.of(), null),
                null,
                FormErrors.none());
    }

    @PostMapping("/peers")
    String create(@ModelAttribute PeerForm form, Model model, RedirectAttributes redirect) {
        if (form.kind() == null) {
            return form(model, form, null, FormErrors.of("kind", "Select what kind of peer this is"));
        }
        try {
            long id = pool.create(form.draft());
            redirect.addFlashAttribute("saved", "Peer added");
            return "redirect:/peers/" + id;
        } catch (PeerRefused refused) {
            return form(model, form, null, FormErrors.of(refused.field(), refused.getMessage()));
        }
    }

    @GetMapping("/peers/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, PeerForm.of(pool.get(id)), id, FormErrors.none());
    }

    @PostMapping("/peers/{id}")
    String update(@PathVariable long id, @ModelAttribute PeerForm form, Model model, RedirectAttributes redirect) {
        if (form.kind() == null) {
            return form(model, form, id, FormErrors.of("kind", "Select what kind of peer this is"));
        }
        if (form.version() == null) {
            return form(
                    model,
                    form,
                    id,
                    FormErrors.of("fullName", "The form was incomplete; open the peer again and make your change"));
        }
        try {
            pool.update(id, form.version(), form.draft());
            redirect.addFlashAttribute("saved", "Changes saved");
            return "redirect:/peers/" + id;
        } catch (PeerRefused refused) {
            return form(model, form, id, FormErrors.of(refused.field(), refused.getMessage()));
        } catch (PeerChangedMeanwhile changed) {
            // Keep what this person typed, and show them the version that won.
            model.addAttribute("current", pool.get(id));
            PeerForm kept = new PeerForm(
                    form.fullName(),
                    form.kind(),
                    form.jobTitle(),
                    form.organisation(),
                    form.organisationGss(),
                    form.politicalGroup(),
                    form.email(),
                    form.active(),
                    form.notes(),
                    form.expertise(),
                    pool.get(id).version());
            return form(model, kept, id, FormErrors.of("fullName", changed.getMessage()));
        }
    }

    @PostMapping("/peers/{id}/accreditations")
    String addAccreditation(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable AccreditationKind kind,
            @RequestParam(defaultValue = "") String title,
            @DateInput("achieved") DateFields achievedFields,
            @DateInput("expires") DateFields expiresFields,
            Model model,
            RedirectAttributes redirect) {
        List<FormError> errors = new ArrayList<>();
        try {
            if (kind == null) {
                throw new PeerRefused("kind", "Select the kind of accreditation or training");
            }
            var achieved = achievedFields.parse("achieved", "the date it was achieved");
            var expires = expiresFields.parseOptional("expires", "the expiry date");
            pool.addAccreditation(id, kind, title, achieved, expires);
            redirect.addFlashAttribute("saved", "Accreditation recorded");
            return "redirect:/peers/" + id + "#accreditation";
        } catch (PeerRefused refused) {
            errors.add(new FormError(refused.field(), refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            errors.add(invalid.error());
        }
        model.addAttribute("achievedFields", achievedFields);
        model.addAttribute("expiresFields", expiresFields);
        model.addAttribute("errors", FormErrors.of(errors));
        return peer(id, model);
    }

    @PostMapping("/peers/{id}/accreditations/{accreditationId}/remove")
    String removeAccreditation(@PathVariable long id, @PathVariable long accreditationId) {
        pool.removeAccreditation(id, accreditationId);
        return "redirect:/peers/" + id + "#accreditation";
    }

    @PostMapping("/peers/{id}/unavailability")
    String addUnavailability(
            @PathVariable long id,
            @DateInput("from") DateFields fromFields,
            @DateInput("to") DateFields toFields,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        try {
            var from = fromFields.parse("from", "the first unavailable day");
            var to = toFields.parse("to", "the last unavailable day");
            pool.addUnavailability(id, from, to, reason);
            redirect.addFlashAttribute("saved", "Unavailable dates recorded");
            return "redirect:/peers/" + id + "#unavailability";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
        } catch (DateFields.InvalidDate invalid) {
            model.addAttribute("errors", FormErrors.of(List.of(invalid.error())));
        }
        model.addAttribute("fromFields", fromFields);
        model.addAttribute("toFields", toFields);
        return peer(id, model);
    }

    @PostMapping("/peers/{id}/unavailability/{unavailabilityId}/remove")
    String removeUnavailability(@PathVariable long id, @PathVariable long unavailabilityId) {
        pool.removeUnavailability(id, unavailabilityId);
        return "redirect:/peers/" + id + "#unavailability";
    }

    @PostMapping("/peers/{id}/interests")
    String declareInterest(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String council,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect) {
        try {
            pool.declareInterest(id, council, description);
            redirect.addFlashAttribute("saved", "Interest recorded");
            return "redirect:/peers/" + id + "#interests";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            return peer(id, model);
        }
    }

    @PostMapping("/peers/{id}/interests/{gss}/remove")
    String withdrawInterest(@PathVariable long id, @PathVariable String gss) {
        pool.withdrawInterest(id, gss);
        return "redirect:/peers/" + id + "#interests";
    }

    /** Links the pool entry to a peer's sign-in account, by its e-mail address (issue 13, item 9). */
    @PostMapping("/peers/{id}/account")
    String linkAccount(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String accountEmail,
            Model model,
            RedirectAttributes redirect) {
        try {
            pool.linkAccount(
                    id,
                    accountEmail,
                    org.peerchallengehub.shared.security.CurrentUsers.current().orElseThrow());
            redirect.addFlashAttribute("saved", "Sign-in account linked");
            return "redirect:/peers/" + id + "#account";
        } catch (PeerRefused refused) {
            model.addAttribute("errors", FormErrors.of(refused.field(), refused.getMessage()));
            model.addAttribute("accountEmail", accountEmail);
            return peer(id, model);
        }
    }

    @PostMapping("/peers/{id}/account/remove")
    String unlinkAccount(@PathVariable long id, RedirectAttributes redirect) {
        pool.unlinkAccount(id);
        redirect.addFlashAttribute("saved", "Link to the sign-in account removed");
        return "redirect:/peers/" + id + "#account";
    }

    @GetMapping("/peers/import")
    String importForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("columns", PeerCsv.COLUMNS);
        return "peers/import";
    }

    @PostMapping("/peers/import")
    String importCsv(
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        model.addAttribute("columns", PeerCsv.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", FormErrors.of("file", "Select a CSV file of peers"));
            return "peers/import";
        }
        try (var reader = org.peerchallengehub.shared.csv.CsvReader.strictUtf8(file.getInputStream())) {
            PeerCsv.Imported imported = csv.importAll(reader);
            redirect.addFlashAttribute(
                    "saved", "Imported " + imported.created() + " new peers and updated " + imported.updated());
            return "redirect:/peers";
        } catch (PeerCsv.ImportRefused refused) {
            model.addAttribute("errors", FormErrors.of("file", refused.getMessage()));
            model.addAttribute("problems", refused.problems());
            return "peers/import";
        } catch (java.io.UncheckedIOException | CharacterCodingException e) {
            model.addAttribute("errors", FormErrors.of("file", "The file must be a CSV file saved as UTF-8"));
            return "peers/import";
        }
    }

    @GetMapping("/peers/export.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"peer-pool.csv\"");
        csv.export(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private String form(Model model, PeerForm form, @Nullable Long id, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("peerId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PeerKind.values());
        model.addAttribute("groups", SelectOption.of(PoliticalGroup.values(), PoliticalGroup::label));
        model.addAttribute("tags", pool.expertiseTags());
        model.addAttribute("councilOptions", councilOptions());
        return "peers/form";
    }

    private List<SelectOption> councilOptions() {
        return councils.search(CouncilQuery.current()).stream()
                .map(c -> new SelectOption(c.gss(), c.officialName()))
                .toList();
    }
}

package org.peerchallengehub.knowledge;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeType;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.knowledge.ReportImporter.OnDuplicate;
import org.peerchallengehub.knowledge.ReportUploads.Mode;
import org.peerchallengehub.knowledge.ReportUploads.Upload;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.FormErrors;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import pages for the programme team and managers: upload, review next to the source, progress. */
@Controller
class ReportImportController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportImportController.class);

    /** The review form's fields as typed. */
    record ReviewForm(
            String council,
            String challengeType,
            DateFields start,
            DateFields end,
            String keyRecommendations,
            String team) {}

    private final ReportUploads uploads;
    private final CouncilRegister councils;

    ReportImportController(ReportUploads uploads, CouncilRegister councils) {
        this.uploads = uploads;
        this.councils = councils;
    }

    @GetMapping("/reports/import")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("recent", uploads.recentBatches());
        return "knowledge/import";
    }

    @PostMapping("/reports/import")
    String upload(
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "mode", required = false) @Nullable String mode,
            Model model)
            throws IOException {
        List<ReportUploads.File> chosen = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    String name = file.getOriginalFilename() == null ? "report" : file.getOriginalFilename();
                    chosen.add(new ReportUploads.File(name, file.getBytes()));
                }
            }
        }
        Mode chosenMode = mode == null
                ? null
                : Arrays.stream(Mode.values())
                        .filter(m -> m.name().equals(mode))
                        .findFirst()
                        .orElse(null);
        List<FormError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(new FormError("files", "Select one or more reports, or a ZIP of reports"));
        }
        if (chosenMode == null) {
            errors.add(new FormError("mode", "Select how to import the files"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(errors));
            model.addAttribute("recent", uploads.recentBatches());
            return "knowledge/import";
        }
        UUID batch = uploads.upload(chosen, chosenMode, user());
        return "redirect:/reports/import/" + batch;
    }

    @GetMapping("/reports/import/{batch}")
    String batch(@PathVariable UUID batch, Model model) {
        List<Upload> files = uploads.batch(batch);
        if (files.isEmpty()) {
            throw new NotFoundException("No such upload");
        }
        long waiting = files.stream().filter(f -> f.status().equals("WAITING")).count();
        long toAct = files.stream().filter(Upload::reviewable).count();
        model.addAttribute("batch", batch);
        model.addAttribute("first", files.getFirst());
        model.addAttribute("files", files);
        model.addAttribute("waiting", waiting);
        model.addAttribute("toAct", toAct);
        model.addAttribute(
                "retried", files.stream().filter(f -> f.attempts() > 1).count());
        model.addAttribute("done", files.size() - waiting);
        return "knowledge/batch";
    }

    @GetMapping("/reports/import/{batch}/files/{id}")
    String review(@PathVariable UUID batch, @PathVariable long id, Model model) {
        Upload upload = upload(batch, id);
        if (!upload.reviewable()) {
            return "redirect:/reports/import/" + batch;
        }
        ReadReport read;
        try {
            read = uploads.read(id);
        } catch (UnreadableReport e) {
            uploads.markUnreadable(id, e.getMessage(), user());
            return "redirect:/reports/import/" + batch;
        }
        ParsedReport report = read.report();
        ReviewForm form = new ReviewForm(
                report.council() == null ? "" : report.council(),
                ReportImporter.typeOf(report).name(),
                DateFields.of(report.onSite().start()),
                DateFields.of(report.onSite().end()),
                String.join("\n", report.keyRecommendations()),
                String.join(
                        "\n",
                        report.peerTeam().stream()
                                .map(p ->
                                        p.name() + "; " + nullToEmpty(p.role()) + "; " + nullToEmpty(p.organisation()))
                                .toList()));
        return reviewPage(model, upload, read, form, FormErrors.none());
    }

    @PostMapping("/reports/import/{batch}/files/{id}/dismiss")
    String dismiss(@PathVariable UUID batch, @PathVariable long id, RedirectAttributes redirect) {
        Upload upload = upload(batch, id);
        try {
            uploads.dismiss(id, user());
            redirect.addFlashAttribute("saved", upload.fileName() + ": dismissed, not imported.");
        } catch (ReportUploads.AlreadyDealtWith e) {
            // Saved or dismissed meanwhile: the batch page shows what became of it.
        }
        return "redirect:/reports/import/" + batch;
    }

    @PostMapping("/reports/import/{batch}/files/{id}")
    String save(
            @PathVariable UUID batch,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String council,
            @RequestParam(defaultValue = "") String challengeType,
            @DateInput("start") DateFields startFields,
            @DateInput("end") DateFields endFields,
            @RequestParam(defaultValue = "") String keyRecommendations,
            @RequestParam(defaultValue = "") String team,
            @RequestParam(required = false) @Nullable String onDuplicate,
            Model model,
            RedirectAttributes redirect) {
        Upload upload = upload(batch, id);
        if (!upload.reviewable()) {
            return "redirect:/reports/import/" + batch;
        }
        ReviewForm form = new ReviewForm(council, challengeType, startFields, endFields, keyRecommendations, team);
        ReadReport read;
        try {
            read = uploads.read(id);
        } catch (UnreadableReport e) {
            uploads.markUnreadable(id, e.getMessage(), user());
            return "redirect:/reports/import/" + batch;
        }
        List<FormError> errors = new ArrayList<>();
        Optional<CouncilRef> matched = council.isBlank()
                ? Optional.empty()
                : councils.find(council.strip())
                        .map(c -> new CouncilRef(c.gss(), c.officialName()))
                        .or(() -> councils.matchName(council));
        if (matched.isEmpty()) {
            errors.add(new FormError("council", "Enter a council’s name as the register knows it, or its GSS code"));
        }
        ChallengeType type = Arrays.stream(ChallengeType.values())
                .filter(t -> t.name().equals(challengeType))
                .findFirst()
                .orElse(null);
        if (type == null) {
            errors.add(new FormError("challengeType", "Select the type of challenge"));
        }
        LocalDate start = null;
        LocalDate end = null;
        try {
            start = form.start().parse("start", "the first day on site");
        } catch (DateFields.InvalidDate e) {
            errors.add(e.error());
        }
        try {
            end = form.end().parse("end", "the last day on site");
        } catch (DateFields.InvalidDate e) {
            errors.add(e.error());
        }
        if (start != null && end != null && (end.isBefore(start) || end.isAfter(start.plusDays(14)))) {
            errors.add(new FormError("end", "The last day on site must be on or after the first, and within 15 days"));
        }
        List<ParsedReport.Peer> peers = new ArrayList<>();
        for (String line : team.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            String name = parts[0].strip();
            if (name.isEmpty()) {
                errors.add(new FormError("team", "Each line of the team starts with the peer’s name"));
                break;
            }
            peers.add(new ParsedReport.Peer(
                    name,
                    parts.length > 1 ? emptyToNull(parts[1]) : null,
                    parts.length > 2 ? emptyToNull(parts[2]) : null));
        }
        if (!errors.isEmpty()) {
            return reviewPage(model, upload, read, form, FormErrors.of(errors));
        }
        ParsedReport corrected = read.report()
                .withCouncil(matched.get().name(), matched.get().gss())
                .withChallengeType(type.label())
                .withOnSite(new ParsedReport.OnSite(start, end))
                .withPeerTeam(peers)
                .withKeyRecommendations(Arrays.stream(keyRecommendations.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
        OnDuplicate choice = "UPDATE".equals(onDuplicate)
                ? OnDuplicate.UPDATE
                : "SKIP".equals(onDuplicate) ? OnDuplicate.SKIP : OnDuplicate.ASK;
        ImportOutcome outcome;
        try {
            outcome = uploads.saveReviewed(id, new ReadReport(corrected, read.paragraphs()), choice, user());
        } catch (ReportUploads.AlreadyDealtWith e) {
            return "redirect:/reports/import/" + batch;
        } catch (RuntimeException e) {
            // Nothing was saved: the import is one transaction. Say so rather than show an error page.
            log.warn("Saving the reviewed report {} failed", upload.fileName(), e);
            return reviewPage(
                    model,
                    upload,
                    read,
                    form,
                    FormErrors.of(
                            "team",
                            "The report could not be saved as it stands; check the team and the dates, then try again"));
        }
        if (outcome.status() == ImportOutcome.Status.REFUSED) {
            String field = outcome.message().contains("peer")
                    ? "team"
                    : outcome.message().contains("on-site dates") ? "start" : "council";
            return reviewPage(model, upload, read, form, FormErrors.of(field, outcome.message()));
        }
        if (outcome.status() == ImportOutcome.Status.DUPLICATE) {
            return reviewPage(
                    model, uploads.find(id).orElseThrow(), read, form, FormErrors.of("onDuplicate", outcome.message()));
        }
        redirect.addFlashAttribute("saved", upload.fileName() + ": " + outcome.message());
        return "redirect:/reports/import/" + batch;
    }

    private String reviewPage(Model model, Upload upload, ReadReport read, ReviewForm form, FormErrors errors) {
        model.addAttribute("upload", upload);
        model.addAttribute("read", read);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", SelectOption.of(ChallengeType.values(), ChallengeType::label));
        return "knowledge/review";
    }

    private Upload upload(UUID batch, long id) {
        return uploads.find(id)
                .filter(u -> u.batchId().equals(batch))
                .orElseThrow(() -> new NotFoundException("No such file"));
    }

    private static @Nullable CurrentUser user() {
        return CurrentUsers.current().orElse(null);
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}

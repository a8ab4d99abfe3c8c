package org.peerchallengehub.actions;

import static org.peerchallengehub.actions.ActionPlanController.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action plan as CSV, XLSX and ODS, and its import from XLSX or ODS in the same layout. */
@Controller
class PlanSheetController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    private final ActionPlans plans;

    PlanSheetController(ActionPlans plans) {
        this.plans = plans;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    @GetMapping("/challenges/{id}/action-plan/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        PlanView plan = plans.working(user(), id);
        return file(
                PlanSheet.csv(plan).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "action-plan-" + id + ".csv");
    }

    @GetMapping("/challenges/{id}/action-plan/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return file(PlanSheet.xlsx(plans.working(user(), id)), XLSX, "action-plan-" + id + ".xlsx");
    }

    @GetMapping("/challenges/{id}/action-plan/export.ods")
    ResponseEntity<byte[]> ods(@PathVariable long id) {
        return file(PlanSheet.ods(plans.working(user(), id)), ODS, "action-plan-" + id + ".ods");
    }

    @GetMapping("/challenges/{id}/action-plan/import")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("p", plans.page(user(), id));
        model.addAttribute("errors", FormErrors.none());
        return "actions/import";
    }

    @PostMapping("/challenges/{id}/action-plan/import")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw PlanRefused.of("file", "Choose the XLSX or ODS file of the plan.");
            }
            if (file.getSize() > PlanSheet.MAX_BYTES) {
                throw PlanRefused.of("file", "The file is larger than 5 MB: an action plan fits in far less.");
            }
            int rows = plans.importSheet(user(), id, file.getBytes());
            flash.addFlashAttribute("done", rows + " rows of the spreadsheet are saved in the plan.");
            return "redirect:/challenges/" + id + "/action-plan";
        } catch (PlanRefused refused) {
            model.addAttribute("p", plans.page(user(), id));
            model.addAttribute("errors", refused.errors());
            return "actions/import";
        }
    }
}

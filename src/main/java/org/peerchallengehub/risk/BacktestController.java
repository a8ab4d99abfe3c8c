package org.peerchallengehub.risk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.DateInput;
import org.peerchallengehub.shared.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The backtest for the programme team: the evaluation on a page, every council's row as a CSV download. */
@Controller
class BacktestController {

    private final Backtests backtests;
    private final Assessments assessments;

    BacktestController(Backtests backtests, Assessments assessments) {
        this.backtests = backtests;
        this.assessments = assessments;
    }

    @GetMapping("/risk/backtest")
    String page(@DateInput("asOf") DateFields asOfFields, Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate asOf = LocalDate.of(2018, 1, 1);
        try {
            LocalDate chosen = asOfFields.parseOptional("asOf", "The date to look from");
            if (chosen != null && chosen.isAfter(assessments.today())) {
                errors = FormErrors.of("asOf", "The date to look from must be today or in the past");
            } else if (chosen != null) {
                asOf = chosen;
            }
        } catch (DateFields.InvalidDate e) {
            errors = FormErrors.of(java.util.List.of(e.error()));
        }
        model.addAttribute("result", backtests.run(asOf));
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfFields", errors.any() ? asOfFields : DateFields.of(asOf));
        model.addAttribute("errors", errors);
        return "risk/backtest";
    }

    @GetMapping("/risk/backtest.csv")
    ResponseEntity<byte[]> csv(@DateInput("asOf") DateFields asOfFields) {
        LocalDate asOf;
        try {
            LocalDate chosen = asOfFields.parseOptional("asOf", "The date to look from");
            asOf = chosen == null ? assessments.today() : chosen;
        } catch (DateFields.InvalidDate e) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(e.error().message().getBytes(StandardCharsets.UTF_8));
        }
        if (asOf.isAfter(assessments.today())) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("The date to look from must be today or in the past".getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"risk-backtest-" + asOf + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Backtests.csv(backtests.run(asOf)).getBytes(StandardCharsets.UTF_8));
    }
}

package org.peerchallengehub.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.BadRequestException;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A council's assessment as JSON, for advisers (their region) and the programme team; 404 for anyone else. */
@RestController
class RiskApiController {

    private final Assessments assessments;
    private final RiskAccess access;

    RiskApiController(Assessments assessments, RiskAccess access) {
        this.assessments = assessments;
        this.access = access;
    }

    record SignalJson(String id, String title, String family, String outcome, int points, String words) {}

    record AssessmentJson(
            String gssCode,
            String council,
            LocalDate asOf,
            int score,
            String level,
            int financeSignalsAssessed,
            int financeSignals,
            List<SignalJson> signals) {}

    @GetMapping("/api/v1/risk/councils/{gss}/assessment")
    AssessmentJson assessment(@PathVariable String gss, @RequestParam(required = false) @Nullable String asOf) {
        access.requireCouncil(RiskController.user(), gss);
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? assessments.today() : LocalDate.parse(asOf.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("asOf must be a date written as 2018-01-01");
        }
        if (day.isAfter(assessments.today())) {
            throw new BadRequestException("asOf must be today or in the past");
        }
        Assessment a = assessments
                .one(gss, day)
                .orElseThrow(() -> new NotFoundException("The council did not exist on " + day));
        return new AssessmentJson(
                a.gss(),
                a.name(),
                a.asOf(),
                a.score(),
                a.level().slug(),
                a.financeAssessed(),
                a.financeSignals(),
                a.results().stream()
                        .map(s -> new SignalJson(
                                s.signalId(),
                                s.title(),
                                s.family().name(),
                                s.outcome().name(),
                                s.points(),
                                s.words()))
                        .toList());
    }
}

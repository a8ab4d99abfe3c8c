package org.peerchallengehub.evidence;

import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.CurrentUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the team takes away from its evidence: the feedback presentation (a page and a PowerPoint file)
 * and the coded evidence as REFI-QDA (a codebook and a project). Only the team and the manager of the
 * challenge (a seat, {@link EvidenceTable}); anyone else gets 404. Every download is in the audit trail:
 * it carries confidential evidence out of the Hub.
 */
@Controller
class EvidenceOutputController {

    static final MediaType PPTX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final EvidenceTable table;
    private final FeedbackPresentation presentation;
    private final RefiQdaExport refi;
    private final AuditTrail audit;
    private final Findings findings;

    EvidenceOutputController(
            EvidenceTable table,
            FeedbackPresentation presentation,
            RefiQdaExport refi,
            AuditTrail audit,
            Findings findings) {
        this.table = table;
        this.presentation = presentation;
        this.refi = refi;
        this.audit = audit;
        this.findings = findings;
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new IllegalStateException("Route requires sign-in"));
    }

    @GetMapping("/challenges/{id}/evidence/presentation")
    String page(@PathVariable long id, Model model) {
        Seat seat = table.seat(user(), id);
        model.addAttribute("seat", seat);
        model.addAttribute("deck", presentation.deck(seat));
        model.addAttribute("weak", findings.summary(user(), id).weak());
        return "evidence/presentation";
    }

    @GetMapping("/challenges/{id}/evidence/presentation.pptx")
    ResponseEntity<byte[]> pptx(@PathVariable long id) {
        CurrentUser user = user();
        Seat seat = table.seat(user, id);
        byte[] bytes = presentation.pptx(presentation.deck(seat));
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.presentation-downloaded",
                        "challenge",
                        id,
                        "Downloaded the feedback presentation of " + seat.reference()));
        return download(bytes, PPTX, FeedbackPresentation.fileName(seat, "pptx"));
    }

    @GetMapping("/challenges/{id}/evidence/export.qdc")
    ResponseEntity<byte[]> codebook(@PathVariable long id) {
        CurrentUser user = user();
        Seat seat = table.seat(user, id);
        byte[] bytes = refi.codebook(seat);
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.codebook-exported",
                        "challenge",
                        id,
                        "Exported the evidence codebook (REFI-QDA) of " + seat.reference()));
        return download(
                bytes,
                MediaType.APPLICATION_XML,
                FeedbackPresentation.fileName(seat, "qdc").replace("feedback-", "codebook-"));
    }

    @GetMapping("/challenges/{id}/evidence/export.qdpx")
    ResponseEntity<byte[]> project(@PathVariable long id) {
        CurrentUser user = user();
        Seat seat = table.seat(user, id);
        byte[] bytes = refi.project(seat);
        audit.record(
                user,
                AuditEntry.of(
                        "evidence.project-exported",
                        "challenge",
                        id,
                        "Exported the coded evidence (REFI-QDA project) of " + seat.reference()));
        return download(
                bytes,
                MediaType.parseMediaType("application/zip"),
                FeedbackPresentation.fileName(seat, "qdpx").replace("feedback-", "evidence-"));
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}

package org.peerchallengehub.shared.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.peerchallengehub.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for the programme team, newest first. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) @Nullable Integer page, HttpServletRequest request, Model model) {
        PageResult<AuditEvent> events = trail.recent(PageRequest.of(page, null, 50));
        model.addAttribute("events", events);
        model.addAttribute("pagination", Pagination.of(events, request));
        return "admin/audit";
    }
}

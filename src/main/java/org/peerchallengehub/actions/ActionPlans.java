package org.peerchallengehub.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeFollowUps;
import org.peerchallengehub.reporting.FinalReportRecommendations;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The council's action plan (issue 18): started from the final report, one entry per recommendation;
 * the council's users answer and track it, the challenge's manager, its adviser and the programme team
 * read it and comment; nobody else learns that it exists (404). Publishing freezes the working copy as a
 * version; later changes are published as the next version.
 */
@Service
class ActionPlans {

    /** What the viewer may do with a plan. */
    record Access(ChallengeFollowUps.Subject challenge, boolean edit, boolean comment) {}

    /** The plan page: the challenge, the plan (null before it is started), and what the viewer may do. */
    record Page(
            Access access,
            @Nullable PlanView plan,
            Optional<FinalReportRecommendations.FinalReport> report,
            List<String> notReady,
            LocalDate today) {}

    private final ChallengeFollowUps challenges;
    private final FinalReportRecommendations reports;
    private final PlanRepository repository;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    ActionPlans(
            ChallengeFollowUps challenges,
            FinalReportRecommendations reports,
            PlanRepository repository,
            AuditTrail audit,
            ObjectMapper json,
            Clock clock) {
        this.challenges = challenges;
        this.reports = reports;
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who may see the plan: the council's users, the challenge's manager and adviser, the programme team. */
    Access access(CurrentUser user, long challengeId) {
        ChallengeFollowUps.Subject c = challenges
                .visible(user, challengeId)
                .filter(s -> user.role() != Role.PEER)
                .orElseThrow(() -> new NotFoundException("No such challenge: " + challengeId));
        boolean council = user.role() == Role.COUNCIL && c.councilGss().equals(user.councilGss());
        return new Access(c, council, true);
    }

    private Access editor(CurrentUser user, long challengeId) {
        Access a = access(user, challengeId);
        if (!a.edit()) {
            throw PlanRefused.of("plan", "Only the council’s own users change its action plan; you can comment on it.");
        }
        return a;
    }

    @Transactional(readOnly = true)
    Page page(CurrentUser user, long challengeId) {
        Access a = access(user, challengeId);
        Optional<PlanView> plan = repository.find(challengeId);
        return new Page(
                a,
                plan.orElse(null),
                plan.isPresent() ? Optional.empty() : reports.of(challengeId),
                plan.map(p -> PlanRules.readyToPublish(p.entries())).orElse(List.of()),
                today());
    }

    @Transactional
    long start(CurrentUser user, long challengeId) {
        Access a = editor(user, challengeId);
        Optional<Long> existing = repository.planOf(challengeId);
        if (existing.isPresent()) {
            return existing.get();
        }
        FinalReportRecommendations.FinalReport report = reports.of(challengeId)
                .orElseThrow(() -> PlanRefused.of(
                        "plan", "The action plan starts from the final report: the report is not final yet."));
        if (report.recommendations().isEmpty()) {
            throw PlanRefused.of("plan", "The final report makes no recommendations: there is nothing to plan.");
        }
        LocalDate due = a.challenge().onSiteEnd() == null
                ? null
                : a.challenge().onSiteEnd().plusMonths(3);
        long id = repository.create(challengeId, a.challenge().councilGss(), report, due);
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.started",
                                "action-plan",
                                id,
                                "Started the action plan of " + a.challenge().reference() + " from version "
                                        + report.version() + " of its report ("
                                        + report.recommendations().size() + " recommendations)")
                        .with(Map.of("challenge", challengeId)));
        return id;
    }

    /** The plan being changed, locked, with the entry or action named in the request checked to be its own. */
    private PlanView locked(long challengeId) {
        long id = repository.planOf(challengeId).orElseThrow(() -> new NotFoundException("No action plan"));
        repository.lock(id);
        return repository.load(id);
    }

    private static PlanView.Entry entry(PlanView plan, long entryId) {
        return plan.entries().stream()
                .filter(e -> e.id() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such recommendation in this plan: " + entryId));
    }

    private static PlanView.Action action(PlanView plan, long actionId) {
        return plan.entries().stream()
                .flatMap(e -> e.actions().stream())
                .filter(a -> a.id() == actionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such action in this plan: " + actionId));
    }

    @Transactional
    void respond(
            CurrentUser user, long challengeId, long entryId, @Nullable Response response, @Nullable String reason) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        PlanView.Entry e = entry(plan, entryId);
        PlanRules.response(response, reason).ifPresent(m -> {
            throw PlanRefused.of("response-" + entryId, m);
        });
        if (response == Response.NOT_ACCEPTED && !e.actions().isEmpty()) {
            throw PlanRefused.of(
                    "response-" + entryId,
                    "Recommendation " + e.number() + " has actions: remove them or keep it accepted in part.");
        }
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        repository.respond(entryId, response, r, user.displayName());
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.responded",
                                "action-plan",
                                plan.id(),
                                "Recommendation " + e.number() + ": "
                                        + response.label().toLowerCase(Locale.ROOT))
                        .with(Map.of("entry", e.ref(), "response", response.name())));
    }

    @Transactional
    long addAction(
            CurrentUser user,
            long challengeId,
            long entryId,
            @Nullable String description,
            @Nullable String ownerPost,
            @Nullable LocalDate dueOn) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        PlanView.Entry e = entry(plan, entryId);
        if (!e.takesActions()) {
            throw PlanRefused.of(
                    "action-" + entryId, "Recommendation " + e.number() + " is not accepted: it takes no actions.");
        }
        List<String> errors = PlanRules.action(description, ownerPost, dueOn, plan.reportFinalOn());
        if (!errors.isEmpty()) {
            throw PlanRefused.of("action-" + entryId, errors);
        }
        long id = repository.addAction(entryId, description.strip(), ownerPost.strip(), dueOn);
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.action-added",
                                "action-plan",
                                plan.id(),
                                "Added an action to recommendation " + e.number() + ", due " + dueOn)
                        .with(Map.of("action", id, "owner", ownerPost.strip())));
        return id;
    }

    @Transactional
    void updateAction(
            CurrentUser user,
            long challengeId,
            long actionId,
            @Nullable String description,
            @Nullable String ownerPost,
            @Nullable LocalDate dueOn,
            @Nullable ActionStatus status,
            @Nullable String note,
            @Nullable String evidenceUrl,
            @Nullable String evidenceLabel) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        PlanView.Action a = action(plan, actionId);
        String field = "update-" + actionId;
        List<String> errors =
                new java.util.ArrayList<>(PlanRules.action(description, ownerPost, dueOn, plan.reportFinalOn()));
        if (status == null) {
            errors.add("Choose the action’s status.");
        } else {
            PlanRules.move(a.status(), status, note).ifPresent(errors::add);
        }
        if (note != null && note.strip().length() > PlanRules.MAX_TEXT) {
            errors.add("The progress note must be " + PlanRules.MAX_TEXT + " characters or fewer.");
        }
        boolean evidence =
                (evidenceUrl != null && !evidenceUrl.isBlank()) || (evidenceLabel != null && !evidenceLabel.isBlank());
        if (evidence) {
            errors.addAll(PlanRules.evidence(evidenceUrl, evidenceLabel));
        }
        if (!errors.isEmpty()) {
            throw PlanRefused.of(field, errors);
        }
        if (evidence) {
            repository.addEvidence(actionId, evidenceUrl.strip(), evidenceLabel.strip(), user.displayName());
        }
        repository.updateAction(actionId, description.strip(), ownerPost.strip(), dueOn, status);
        if (note != null && !note.isBlank()) {
            repository.addProgress(actionId, today(), note.strip(), user.displayName());
        }
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.action-updated",
                                "action-plan",
                                plan.id(),
                                "Updated an action: " + a.status().label() + " → " + status.label())
                        .with(Map.of("action", actionId, "from", a.status().name(), "to", status.name())));
    }

    @Transactional
    void addProgress(
            CurrentUser user, long challengeId, long actionId, @Nullable LocalDate notedOn, @Nullable String text) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        action(plan, actionId);
        List<String> errors = PlanRules.progress(notedOn, text, plan.reportFinalOn(), today());
        if (!errors.isEmpty()) {
            throw PlanRefused.of("progress-" + actionId, errors);
        }
        repository.addProgress(actionId, notedOn, text.strip(), user.displayName());
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of("action-plan.progress", "action-plan", plan.id(), "Noted progress on an action")
                        .with(Map.of("action", actionId, "on", notedOn.toString())));
    }

    @Transactional
    void addEvidence(CurrentUser user, long challengeId, long actionId, @Nullable String url, @Nullable String label) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        action(plan, actionId);
        List<String> errors = PlanRules.evidence(url, label);
        if (!errors.isEmpty()) {
            throw PlanRefused.of("evidence-" + actionId, errors);
        }
        repository.addEvidence(actionId, url.strip(), label.strip(), user.displayName());
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of("action-plan.evidence", "action-plan", plan.id(), "Linked evidence to an action")
                        .with(Map.of("action", actionId, "url", url.strip())));
    }

    @Transactional
    void comment(CurrentUser user, long challengeId, @Nullable Long entryId, @Nullable String text) {
        Access a = access(user, challengeId);
        PlanView plan = locked(challengeId);
        if (entryId != null) {
            entry(plan, entryId);
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > PlanRules.MAX_TEXT) {
            throw PlanRefused.of(
                    "comment",
                    t.isEmpty()
                            ? "Enter a comment."
                            : "A comment must be " + PlanRules.MAX_TEXT + " characters or fewer.");
        }
        repository.addComment(
                plan.id(), entryId, t, user.displayName(), user.role().label());
        audit.record(
                user,
                AuditEntry.of(
                        "action-plan.commented",
                        "action-plan",
                        plan.id(),
                        "Commented on the action plan of " + a.challenge().reference()));
    }

    /** Freezes the working copy as the next version and publishes it; refused until every entry is answered. */
    @Transactional
    int publish(CurrentUser user, long challengeId) {
        Access a = editor(user, challengeId);
        PlanView plan = locked(challengeId);
        List<String> problems = PlanRules.readyToPublish(plan.entries());
        if (!problems.isEmpty()) {
            throw PlanRefused.of("publish", problems);
        }
        String slug = slug(a.challenge());
        int number =
                repository.publishVersion(plan.id(), json.writeValueAsString(plan), user.displayName(), today(), slug);
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.published",
                                "action-plan",
                                plan.id(),
                                "Published version " + number + " of the action plan of "
                                        + a.challenge().reference())
                        .with(Map.of("version", number)));
        return number;
    }

    /** The plan's working copy as a spreadsheet's rows (for export). */
    @Transactional(readOnly = true)
    PlanView working(CurrentUser user, long challengeId) {
        access(user, challengeId);
        return repository.find(challengeId).orElseThrow(() -> new NotFoundException("No action plan"));
    }

    /**
     * Applies an XLSX or ODS file in the exported layout: every row checked first (errors with row numbers),
     * then all of it in this transaction, or nothing. Returns how many rows were applied.
     */
    @Transactional
    int importSheet(CurrentUser user, long challengeId, byte[] content) {
        editor(user, challengeId);
        PlanView plan = locked(challengeId);
        List<List<String>> rows;
        try {
            rows = PlanSheet.read(content);
        } catch (PlanSheet.Unreadable unreadable) {
            throw PlanRefused.of("file", unreadable.getMessage());
        }
        PlanSheet.Parsed parsed = PlanSheet.parse(rows, plan);
        if (!parsed.errors().isEmpty()) {
            throw PlanRefused.of("file", parsed.errors());
        }
        for (PlanSheet.Change c : parsed.changes()) {
            if (c.response() != null) {
                repository.respond(c.entry().id(), c.response(), c.reason(), user.displayName());
            }
            if (c.hasAction()) {
                long actionId = c.actionId() != null
                        ? c.actionId()
                        : repository.addAction(
                                c.entry().id(),
                                c.description().strip(),
                                c.ownerPost().strip(),
                                c.dueOn());
                repository.updateAction(
                        actionId, c.description().strip(), c.ownerPost().strip(), c.dueOn(), c.status());
                String latest = plan.entries().stream()
                        .flatMap(e -> e.actions().stream())
                        .filter(a -> a.id() == actionId && !a.progress().isEmpty())
                        .map(a -> a.progress().getLast().text())
                        .findFirst()
                        .orElse(null);
                if (c.progress() != null && !c.progress().equals(latest)) {
                    repository.addProgress(actionId, today(), c.progress(), user.displayName());
                }
            }
        }
        repository.touch(plan.id());
        audit.record(
                user,
                AuditEntry.of(
                                "action-plan.imported",
                                "action-plan",
                                plan.id(),
                                "Imported " + parsed.changes().size() + " rows into the action plan")
                        .with(Map.of("rows", parsed.changes().size())));
        return parsed.changes().size();
    }

    static String slug(ChallengeFollowUps.Subject c) {
        String base = (c.councilName() + " " + (c.year() == null ? "" : c.year()) + " " + c.challengeId())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return base.length() > 180 ? base.substring(0, 180).replaceAll("-+$", "") : base;
    }

    /** The published version of a plan at its public address, with its council's name; empty if none. */
    @Transactional(readOnly = true)
    Optional<Published> published(String slug) {
        return repository.findBySlug(slug).flatMap(p -> repository
                .versionDocument(p.id(), p.publishedVersion())
                .map(doc -> new Published(
                        json.readValue(doc, PlanView.class),
                        challenges.subject(p.challengeId()).orElseThrow(),
                        p.versions())));
    }

    record Published(PlanView plan, ChallengeFollowUps.Subject challenge, List<PlanView.Version> versions) {}
}

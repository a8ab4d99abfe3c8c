package org.peerchallengehub.reporting;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeReports;
import org.peerchallengehub.challenges.ChallengeTeams;
import org.peerchallengehub.reporting.ReportRepository.Comment;
import org.peerchallengehub.reporting.ReportRepository.Publication;
import org.peerchallengehub.reporting.ReportRepository.VersionInfo;
import org.peerchallengehub.reporting.ReportWorkflow.Actor;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback report of a challenge (issue 17): started by the manager from the challenge's record,
 * written by the team per section (every save a version, guarded against two editors at once),
 * reviewed by the team, checked by the council for factual accuracy, made final and published, with
 * the challenge's life cycle following each step ({@link ChallengeReports}). Who may do what at each
 * stage is {@link ReportWorkflow}'s; who may know of the report at all is decided here on every call:
 * the team and the manager (a seat at the team's table), and the council's own users from the factual
 * accuracy check on; anyone else is told there is no such report (404). Every change is audited; the
 * audit never holds the report's words, which are confidential until published.
 */
@Service
class Reports {

    static final int MAX_COMMENT = 10_000;
    static final int MAX_REASON = 2_000;

    /** Who is asking about which challenge, once they may know of its report. */
    record Access(ChallengeReports.Subject subject, Actor actor, CurrentUser user) {
        public boolean manager() {
            return actor == Actor.MANAGER;
        }
    }

    /** Everything the report's page shows, with what the viewer may do. */
    record View(
            Access access,
            FeedbackReport report,
            ReportDocument document,
            VersionInfo current,
            List<ReportSections.Narrative> narratives,
            List<ReportSections.Narrative> commentable,
            List<Comment> comments,
            List<VersionInfo> versions,
            List<Publication> publications,
            long daysLeft) {

        public boolean mayEdit(String key) {
            try {
                ReportWorkflow.checkEdit(report.state(), access.actor(), "reason");
                return true;
            } catch (ReportRefused refused) {
                return false;
            }
        }

        public boolean reasonNeeded() {
            return report.state() == ReportState.FINAL || report.state() == ReportState.PUBLISHED;
        }

        public boolean mayComment() {
            try {
                ReportWorkflow.checkComment(report.state(), access.actor());
                return true;
            } catch (ReportRefused refused) {
                return false;
            }
        }

        public boolean council() {
            return access.actor() == Actor.COUNCIL;
        }

        public boolean mayRefresh() {
            return !council() && ReportWorkflow.factsFollowRecord(report.state());
        }

        public List<ReportState> moves() {
            return access.manager() ? ReportWorkflow.forward(report.state()) : List.of();
        }

        public List<Comment> commentsOn(String key) {
            return comments.stream().filter(c -> c.sectionKey().equals(key)).toList();
        }

        public long unresolved() {
            return comments.stream()
                    .filter(c -> c.kind() == CommentKind.TEAM && !c.resolved())
                    .count();
        }

        public long undecided() {
            return comments.stream()
                    .filter(c -> c.kind() == CommentKind.FACT_CORRECTION && !c.decided())
                    .count();
        }

        /** The latest edition, when published. */
        public Optional<Publication> published() {
            return publications.stream().findFirst();
        }

        /** A correction is waiting to be published: the current version is newer than the latest edition. */
        public boolean correctionPending() {
            return published()
                    .map(p -> p.versionNumber() < report.currentVersion())
                    .orElse(false);
        }

        /** The feedback section of that key (the page asks only for keys the document has). */
        public ReportDocument.Section section(String key) {
            return document.feedback().stream()
                    .filter(s -> s.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }

        public String html(String markdown) {
            return ReportMarkdown.html(markdown, 3);
        }
    }

    private final ChallengeReports challenges;
    private final ChallengeTeams teams;
    private final ReportRepository repository;
    private final ReportAssembly assembly;
    private final DocumentCodec codec;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(
            ChallengeReports challenges,
            ChallengeTeams teams,
            ReportRepository repository,
            ReportAssembly assembly,
            DocumentCodec codec,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.challenges = challenges;
        this.teams = teams;
        this.repository = repository;
        this.assembly = assembly;
        this.codec = codec;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- who may know of it

    /**
     * The user's access to the challenge's report, or 404: the team and manager (a seat), the council's own
     * users while and after it checks the facts. Nobody else, not the programme team or the adviser:
     * drafts are the team's until published.
     */
    Access access(CurrentUser user, long challengeId) {
        ChallengeReports.Subject subject = challenges.subject(challengeId).orElseThrow(Reports::notFound);
        Optional<ChallengeTeams.Seat> seat = teams.seat(user, challengeId);
        if (seat.isPresent()) {
            return new Access(subject, seat.get().manager() ? Actor.MANAGER : Actor.TEAM, user);
        }
        if (user.role() == Role.COUNCIL && subject.councilGss().equals(user.councilGss())) {
            ReportState state = repository
                    .byChallenge(challengeId)
                    .map(FeedbackReport::state)
                    .orElseThrow(Reports::notFound);
            if (ReportWorkflow.mayRead(state, Actor.COUNCIL)) {
                return new Access(subject, Actor.COUNCIL, user);
            }
        }
        throw notFound();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such report");
    }

    // --- reading

    /** The report's page, or empty when the challenge has no report yet (for the team and manager only). */
    @Transactional(readOnly = true)
    Optional<View> view(CurrentUser user, long challengeId) {
        Access access = access(user, challengeId);
        Optional<FeedbackReport> found = repository.byChallenge(challengeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(access, found.get()));
    }

    private View view(Access access, FeedbackReport report) {
        ReportDocument document = document(report.id(), report.currentVersion());
        List<Comment> comments = repository.comments(report.id()).stream()
                .filter(c -> access.actor() != Actor.COUNCIL
                        || (c.kind() != CommentKind.TEAM
                                && access.subject().councilGss().equals(c.authorCouncilGss())))
                .toList();
        return new View(
                access,
                report,
                document,
                repository.version(report.id(), report.currentVersion()).orElseThrow(),
                ReportSections.narratives(document),
                ReportSections.commentable(document),
                comments,
                access.actor() == Actor.COUNCIL ? List.of() : repository.versions(report.id()),
                repository.publications(report.id()),
                ChronoUnit.DAYS.between(today(), report.publicationDue()));
    }

    /** The subject, for the page that offers to start the report. */
    @Transactional(readOnly = true)
    Access accessToStart(CurrentUser user, long challengeId) {
        return access(user, challengeId);
    }

    ReportDocument document(long reportId, int version) {
        return codec.read(repository.document(reportId, version));
    }

    /** Two versions of the report compared per section (the team and manager only). */
    @Transactional(readOnly = true)
    List<ReportDiff.SectionDiff> compare(CurrentUser user, long challengeId, int older, int newer) {
        Access access = access(user, challengeId);
        if (access.actor() == Actor.COUNCIL) {
            throw notFound();
        }
        FeedbackReport report = repository.byChallenge(challengeId).orElseThrow(Reports::notFound);
        if (repository.version(report.id(), older).isEmpty()
                || repository.version(report.id(), newer).isEmpty()) {
            throw notFound();
        }
        return ReportDiff.compare(document(report.id(), older), document(report.id(), newer));
    }

    // --- starting and writing

    /** Starts the report from the challenge's record (the manager, once feedback has been given). */
    @Transactional
    void start(CurrentUser user, long challengeId) {
        Access access = access(user, challengeId);
        if (!access.manager()) {
            throw new ReportRefused("report", "The challenge’s peer challenge manager starts the report.");
        }
        if (repository.lockByChallenge(challengeId).isPresent()) {
            return; // already started (a second click): nothing to do
        }
        ChallengeReports.Subject subject = access.subject();
        if (!subject.readyForReport()) {
            throw new ReportRefused(
                    "report",
                    "The report is started once the team has given its feedback; the challenge is “"
                            + subject.stateLabel() + "”.");
        }
        if (subject.onSiteEnd() == null) {
            throw new ReportRefused("report", "The challenge has no on-site dates: set them before the report.");
        }
        ReportDocument document = assembly.assemble(user, subject, null);
        LocalDate due = subject.publicationDue() != null
                ? subject.publicationDue()
                : subject.onSiteEnd().plusMonths(3);
        long id = repository.insert(challengeId, due, codec.write(document), user.displayName());
        challenges.reportReached(user, challengeId, ChallengeReports.ReportStage.DRAFTING, null, null);
        audit.record(
                user,
                AuditEntry.of(
                                "report.started",
                                "feedback-report",
                                id,
                                "Started the feedback report of " + subject.reference() + " from its record")
                        .with(Map.of("challengeId", challengeId)));
    }

    /**
     * Saves one section's narrative as a new version, if nobody saved the report since {@code basedOn};
     * otherwise {@link ReportChangedMeanwhile} and nothing is saved. While the report is a draft the facts
     * are refreshed from the record in the same version. A final or published report changes only as a new
     * version with a reason.
     *
     * @return the new version's number (the current one when nothing changed)
     */
    @Transactional
    int saveSection(
            CurrentUser user,
            long challengeId,
            String key,
            @Nullable String text,
            @Nullable Integer basedOn,
            @Nullable String reason) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        ReportWorkflow.checkEdit(report.state(), access.actor(), reason);
        String narrative = narrative(text);
        String why = reason(reason);
        if (basedOn == null) {
            throw new ReportRefused(
                    "narrative", "The form was incomplete: open the section again and make your change.");
        }
        if (basedOn != report.currentVersion()) {
            String by = repository
                    .version(report.id(), report.currentVersion())
                    .map(VersionInfo::createdBy)
                    .orElse("Someone");
            throw new ReportChangedMeanwhile(report.currentVersion(), by);
        }
        ReportDocument current = document(report.id(), report.currentVersion());
        if (ReportSections.narrative(current, key).isEmpty()) {
            throw notFound();
        }
        ReportDocument base = ReportWorkflow.factsFollowRecord(report.state())
                ? assembly.assemble(user, access.subject(), current)
                : current;
        ReportDocument next = ReportSections.withText(base, key, narrative);
        if (next.equals(current)) {
            return report.currentVersion();
        }
        int number = report.currentVersion() + 1;
        repository.addVersion(report.id(), number, codec.write(next), why, user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                "report.saved",
                                "feedback-report",
                                report.id(),
                                "Saved version " + number + " of the feedback report of "
                                        + access.subject().reference() + " (section " + key + ")")
                        .with(Map.of("version", number, "section", key, "reason", why == null ? "" : why)));
        return number;
    }

    /** Brings the facts up to date with the challenge's record as a new version (while a draft). */
    @Transactional
    int refresh(CurrentUser user, long challengeId) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        if (access.actor() == Actor.COUNCIL || !ReportWorkflow.factsFollowRecord(report.state())) {
            throw new ReportRefused(
                    "report",
                    "The facts follow the challenge’s record while the report is a draft or in team review; it is “"
                            + report.state().label() + "”.");
        }
        return refreshed(access, report, "Facts brought up to date with the challenge’s record");
    }

    private int refreshed(Access access, FeedbackReport report, String why) {
        ReportDocument current = document(report.id(), report.currentVersion());
        ReportDocument next = assembly.assemble(access.user(), access.subject(), current);
        if (next.equals(current)) {
            return report.currentVersion();
        }
        int number = report.currentVersion() + 1;
        repository.addVersion(
                report.id(), number, codec.write(next), why, access.user().displayName());
        audit.record(
                access.user(),
                AuditEntry.of(
                                "report.refreshed",
                                "feedback-report",
                                report.id(),
                                "Brought the facts of the feedback report of "
                                        + access.subject().reference() + " up to date with its record (version "
                                        + number + ")")
                        .with(Map.of("version", number)));
        return number;
    }

    // --- the workflow

    /** Moves the report one step on (the manager), and the challenge with it. */
    @Transactional
    void move(CurrentUser user, long challengeId, @Nullable ReportState target) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        if (target == null) {
            throw new ReportRefused("state", "Choose where to move the report.");
        }
        List<Comment> comments = repository.comments(report.id());
        ReportWorkflow.checkMove(
                report.state(),
                target,
                access.actor(),
                new ReportWorkflow.Facts(
                        (int) comments.stream()
                                .filter(c -> c.kind() == CommentKind.TEAM && !c.resolved())
                                .count(),
                        (int) comments.stream()
                                .filter(c -> c.kind() == CommentKind.FACT_CORRECTION && !c.decided())
                                .count()));
        if (target == ReportState.PUBLISHED) {
            publish(access, report);
            return;
        }
        if (target == ReportState.FACTUAL_ACCURACY_CHECK) {
            // the facts the council checks are the record's as of now; from here on they are fixed
            refreshed(access, report, "Facts brought up to date for the council’s factual accuracy check");
        }
        repository.moveTo(report.id(), target);
        ReportWorkflow.challengeStage(target)
                .ifPresent(stage -> challenges.reportReached(user, challengeId, stage, null, null));
        audit.record(
                user,
                AuditEntry.of(
                                "report.moved",
                                "feedback-report",
                                report.id(),
                                "Moved the feedback report of "
                                        + access.subject().reference() + " from “"
                                        + report.state().label() + "” to “" + target.label() + "”")
                        .with(Map.of("from", report.state().name(), "to", target.name())));
    }

    private void publish(Access access, FeedbackReport report) {
        ReportDocument document = document(report.id(), report.currentVersion());
        String slug = slug(access.subject(), document, report.id());
        LocalDate today = today();
        long publication = repository.publish(
                report.id(),
                1,
                report.currentVersion(),
                slug,
                today,
                null,
                document.council().gss(),
                document.title(),
                codec.write(document),
                access.user().displayName());
        repository.moveTo(report.id(), ReportState.PUBLISHED);
        challenges.reportReached(
                access.user(),
                access.subject().challengeId(),
                ChallengeReports.ReportStage.PUBLISHED,
                today,
                address(slug));
        events.publishEvent(new ReportPublished(report.id(), access.subject().challengeId(), publication, 1, slug));
        audit.record(
                access.user(),
                AuditEntry.of(
                                "report.published",
                                "feedback-report",
                                report.id(),
                                "Published the feedback report of "
                                        + access.subject().reference() + " at " + address(slug))
                        .with(Map.of("edition", 1, "version", report.currentVersion(), "slug", slug)));
    }

    /**
     * Publishes the current version of a published report as a new edition, with the reason shown on the
     * public page (a correction, never silent). The manager only; refused when there is nothing new.
     */
    @Transactional
    void publishCorrection(CurrentUser user, long challengeId, @Nullable String reason) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        if (!access.manager()) {
            throw new ReportRefused("reason", "Only the challenge’s peer challenge manager publishes a correction.");
        }
        if (report.state() != ReportState.PUBLISHED) {
            throw new ReportRefused(
                    "reason",
                    "Only a published report has corrections: this one is “"
                            + report.state().label() + "”.");
        }
        String why = reason(reason);
        if (why == null) {
            throw new ReportRefused("reason", "Give the reason for the correction: it is shown on the public page.");
        }
        List<Publication> editions = repository.publications(report.id());
        Publication latest = editions.getFirst();
        if (latest.versionNumber() >= report.currentVersion()) {
            throw new ReportRefused(
                    "reason", "There is no new version to publish: make the correction as a new version first.");
        }
        ReportDocument document = document(report.id(), report.currentVersion());
        int edition = latest.edition() + 1;
        long publication = repository.publish(
                report.id(),
                edition,
                report.currentVersion(),
                latest.slug(),
                today(),
                why,
                document.council().gss(),
                document.title(),
                codec.write(document),
                user.displayName());
        events.publishEvent(
                new ReportPublished(report.id(), access.subject().challengeId(), publication, edition, latest.slug()));
        audit.record(
                user,
                AuditEntry.of(
                                "report.corrected",
                                "feedback-report",
                                report.id(),
                                "Published edition " + edition + " of the feedback report of "
                                        + access.subject().reference() + " (a correction)")
                        .with(Map.of("edition", edition, "version", report.currentVersion(), "reason", why)));
    }

    static String address(String slug) {
        return "/published-reports/" + slug;
    }

    /** "leeds-city-council-2026-cpc": the council, the year of the visit and the kind; unique across reports. */
    String slug(ChallengeReports.Subject subject, ReportDocument document, long reportId) {
        String kind =
                switch (subject.typeCode()) {
                    case "CORPORATE" -> "cpc";
                    case "FINANCE" -> "finance-pc";
                    case "GOVERNANCE" -> "governance-pc";
                    case "PROGRESS_REVIEW" -> "cpc-progress-review";
                    default -> "pc";
                };
        String base = slugify(document.council().name()) + "-"
                + document.onSiteStart().getYear() + "-" + kind;
        String slug = base;
        for (int n = 2; repository.slugTakenByAnother(slug, reportId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String slugify(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 150) {
            slug = slug.substring(0, 150).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "council" : slug;
    }

    // --- comments

    /**
     * A comment on a section: the team's while drafting or in review; the council's during the factual
     * accuracy check, either a proposed correction of a fact (with the wording proposed) or a comment on an
     * opinion.
     */
    @Transactional
    long comment(
            CurrentUser user,
            long challengeId,
            @Nullable String sectionKey,
            @Nullable CommentKind kind,
            @Nullable String text,
            @Nullable String proposedWording) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        ReportWorkflow.checkComment(report.state(), access.actor());
        ReportDocument document = document(report.id(), report.currentVersion());
        if (sectionKey == null
                || ReportSections.commentable(document, sectionKey).isEmpty()) {
            throw new ReportRefused("section", "Choose the section your comment is about.");
        }
        String body = required(text, "text", "Enter your comment", MAX_COMMENT, "The comment");
        CommentKind k;
        String wording = null;
        if (access.actor() == Actor.COUNCIL) {
            if (kind == null || kind == CommentKind.TEAM) {
                throw new ReportRefused(
                        "kind", "Say whether you propose a correction of a fact or comment on an opinion.");
            }
            k = kind;
            if (k == CommentKind.FACT_CORRECTION) {
                wording = required(
                        proposedWording,
                        "proposedWording",
                        "Enter the wording you propose for the fact",
                        MAX_COMMENT,
                        "The proposed wording");
            }
        } else {
            k = CommentKind.TEAM;
        }
        long id = repository.addComment(
                report.id(),
                sectionKey,
                k,
                body,
                wording,
                report.currentVersion(),
                user.id(),
                user.displayName(),
                access.actor() == Actor.COUNCIL ? user.councilGss() : null);
        audit.record(
                user,
                AuditEntry.of(
                                "report.commented",
                                "feedback-report",
                                report.id(),
                                k.label() + " on the feedback report of "
                                        + access.subject().reference() + " (section " + sectionKey + ")")
                        .with(Map.of("commentId", id, "kind", k.name(), "section", sectionKey)));
        return id;
    }

    /** Marks a team comment resolved or not (the team and manager, before the council's check). */
    @Transactional
    void resolve(CurrentUser user, long challengeId, long commentId, boolean resolved) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        if (access.actor() == Actor.COUNCIL) {
            throw notFound();
        }
        Comment c = repository
                .comment(report.id(), commentId)
                .filter(x -> x.kind() == CommentKind.TEAM)
                .orElseThrow(Reports::notFound);
        if (!ReportWorkflow.factsFollowRecord(report.state())) {
            throw new ReportRefused("comment", "Team comments are resolved while the report is a draft or in review.");
        }
        repository.resolve(c.id(), resolved, user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                resolved ? "report.comment.resolved" : "report.comment.reopened",
                                "feedback-report",
                                report.id(),
                                (resolved ? "Resolved" : "Reopened") + " comment " + c.id()
                                        + " on the feedback report of "
                                        + access.subject().reference())
                        .with(Map.of("commentId", c.id())));
    }

    /** The manager accepts or rejects a proposed correction with a reason; the record is kept. */
    @Transactional
    void decide(CurrentUser user, long challengeId, long commentId, @Nullable Boolean accept, @Nullable String reason) {
        Access access = access(user, challengeId);
        FeedbackReport report = repository.lockByChallenge(challengeId).orElseThrow(Reports::notFound);
        if (access.actor() == Actor.COUNCIL) {
            throw new ReportRefused("decision", "The peer challenge manager decides on proposed corrections.");
        }
        Comment c = repository
                .comment(report.id(), commentId)
                .filter(x -> x.kind() == CommentKind.FACT_CORRECTION)
                .orElseThrow(Reports::notFound);
        if (!access.manager()) {
            throw new ReportRefused("decision", "The peer challenge manager decides on proposed corrections.");
        }
        if (report.state() != ReportState.FACTUAL_ACCURACY_CHECK) {
            throw new ReportRefused("decision", "Corrections are decided during the factual accuracy check.");
        }
        if (c.decided()) {
            throw new ReportRefused(
                    "decision",
                    "This correction was already " + (c.accepted() ? "accepted" : "rejected") + " by " + c.decidedBy()
                            + ".");
        }
        if (accept == null) {
            throw new ReportRefused("decision", "Choose whether to accept or reject the correction.");
        }
        String why = required(reason, "reason", "Enter the reason for your decision", MAX_REASON, "The reason");
        repository.decide(c.id(), accept, why, user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                accept ? "report.correction.accepted" : "report.correction.rejected",
                                "feedback-report",
                                report.id(),
                                (accept ? "Accepted" : "Rejected") + " the council’s proposed correction " + c.id()
                                        + " to the feedback report of "
                                        + access.subject().reference())
                        .with(Map.of("commentId", c.id())));
    }

    // --- validation

    /** A narrative: at most {@link ReportMarkdown#MAX_LENGTH} characters (script and HTML are shown inert). */
    static String narrative(@Nullable String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > ReportMarkdown.MAX_LENGTH) {
            throw new ReportRefused(
                    "narrative",
                    String.format(
                            Locale.UK,
                            "The text is %,d characters long; a section can hold at most %,d characters (about"
                                    + " 15,000 words). Shorten it, or split it across sections.",
                            t.length(),
                            ReportMarkdown.MAX_LENGTH));
        }
        return t;
    }

    static @Nullable String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw new ReportRefused("reason", "The reason must be 2,000 characters or fewer.");
        }
        return r;
    }

    private static String required(@Nullable String value, String field, String missing, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new ReportRefused(field, missing + ".");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ReportRefused(field, String.format(Locale.UK, "%s must be %,d characters or fewer.", what, max));
        }
        return v;
    }
}

package org.peerchallengehub.challenges;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.frameworks.FrameworkVersion;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.peers.Peer;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.PageRequest;
import org.peerchallengehub.shared.web.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenges module's public API: book a challenge, move it through its life cycle, agree its
 * scope, attach documents, and read it as the signed-in user may. Every change is audited; every
 * read and write checks the user's access to that challenge on the server.
 */
@Service
public class Challenges {

    /** What booking a challenge needs. */
    public record Booking(
            String councilGss,
            ChallengeType type,
            @Nullable Long reviewsChallengeId,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            @Nullable PoliticalControl politicalControl,
            @Nullable Long managerUserId,
            @Nullable Long adviserUserId,
            @Nullable String notes) {}

    private final ChallengeRepository repository;
    private final TeamRepository teams;
    private final ProgrammeRepository programmes;
    private final ChallengeAccess access;
    private final CouncilRegister councils;
    private final Frameworks frameworks;
    private final PeerPool peers;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxDocumentBytes;

    Challenges(
            ChallengeRepository repository,
            TeamRepository teams,
            ProgrammeRepository programmes,
            ChallengeAccess access,
            CouncilRegister councils,
            Frameworks frameworks,
            PeerPool peers,
            AuditTrail audit,
            Clock clock,
            @Value("${hub.documents.max-bytes:20971520}") long maxDocumentBytes) {
        this.repository = repository;
        this.teams = teams;
        this.programmes = programmes;
        this.access = access;
        this.councils = councils;
        this.frameworks = frameworks;
        this.peers = peers;
        this.audit = audit;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- reading

    /** The challenge if the user may see it; otherwise "not found" (its existence is not revealed). */
    public Challenge get(CurrentUser user, long id) {
        if (!access.canView(user, id)) {
            throw ChallengeNotFound.forId(id);
        }
        return forViewer(user, repository.find(id).orElseThrow(() -> ChallengeNotFound.forId(id)));
    }

    public PageResult<Challenge> list(CurrentUser user, ChallengeRepository.ListFilter filter, PageRequest page) {
        ChallengeAccess.Condition condition = access.condition(user);
        return new PageResult<>(
                repository.list(condition, filter, page).stream()
                        .map(c -> forViewer(user, c))
                        .toList(),
                page,
                repository.count(condition, filter));
    }

    /** A challenge's internal notes are for LGA staff only, wherever the challenge is shown. */
    private static Challenge forViewer(CurrentUser user, Challenge c) {
        return user.role().isStaff() ? c : c.withoutNotes();
    }

    public ChallengeView view(CurrentUser user, long id) {
        Challenge c = get(user, id);
        List<TeamMember> team = teams.team(id);
        Map<Long, Peer> teamPeers = peers
                .get(team.stream().map(TeamMember::peerId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Peer::id, Function.identity()));
        List<ProgrammeSession> sessions = programmes.sessions(id);
        List<DocumentInfo> documents = repository.documents(id);
        FrameworkVersion framework = frameworks.version(c.frameworkId()).orElseThrow();
        ProgrammeRules rules = frameworks.rules(c.rulesId()).orElseThrow();
        LifeCycle.Facts facts = facts(team, sessions.size(), documents, today());
        List<ChallengeView.NextStep> next = new ArrayList<>();
        for (ChallengeState target : c.state().successors(c.type())) {
            if (target.movesWithReport()) {
                continue; // the feedback report moves the challenge there (ChallengeReports), nobody by hand
            }
            next.add(new ChallengeView.NextStep(
                    target,
                    LifeCycle.requirements(c, facts, target, LifeCycle.Supplied.NOTHING),
                    target.recordsDate(),
                    target.needsReason()));
        }
        return new ChallengeView(
                c,
                framework.title(),
                framework.components(),
                repository.focusAreas(id),
                repository.amendments(id),
                documents,
                team,
                TeamRules.warnings(c, team, teamPeers),
                sessions,
                ActivityFigures.of(sessions),
                repository.transitions(id),
                next,
                rules,
                c.onSiteEnd() == null ? null : rules.deadlines(c.onSiteEnd()),
                access.canManage(user, c),
                access.canActForCouncil(user, c),
                reportDaysLeft(c, rules, today()));
    }

    /**
     * Days left until the report must be published (negative when overdue), from the rules the challenge
     * was booked under; null once published, or while there is no visit or no such deadline.
     */
    static @Nullable Long reportDaysLeft(Challenge c, ProgrammeRules rules, LocalDate today) {
        if (c.onSiteEnd() == null || c.state().published() || !c.state().isOpen() || c.historic()) {
            return null;
        }
        LocalDate due = rules.deadlines(c.onSiteEnd()).reportDue();
        return due == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }

    static LifeCycle.Facts facts(List<TeamMember> team, int sessions, List<DocumentInfo> documents, LocalDate today) {
        int onTeam = (int) team.stream().filter(m -> m.status().onTeam()).count();
        int agreed = (int)
                team.stream().filter(m -> m.status() == MemberStatus.AGREED).count();
        return new LifeCycle.Facts(
                onTeam,
                agreed,
                sessions,
                documents.stream().anyMatch(d -> d.kind() == DocumentKind.POSITION_STATEMENT),
                today);
    }

    // --- booking and details

    @Transactional
    public long book(CurrentUser user, Booking booking) {
        if (user.role() != Role.PROGRAMME_TEAM && user.role() != Role.PEER_CHALLENGE_MANAGER) {
            throw new AccessDeniedException("Only the programme team and managers book challenges");
        }
        Council council = councils.find(booking.councilGss())
                .orElseThrow(() -> new ChallengeRefused("councilGss", "Select the council from the register"));
        LocalDate today = today();
        checkDates(booking.onSiteStart(), booking.onSiteEnd());
        if (council.abolishedOn(booking.onSiteStart() != null ? booking.onSiteStart() : today)) {
            throw new ChallengeRefused(
                    "councilGss",
                    council.officialName() + " was abolished on " + council.endDate()
                            + "; book the challenge with its successor");
        }
        if (booking.type() == ChallengeType.PROGRESS_REVIEW) {
            if (booking.reviewsChallengeId() == null) {
                throw new ChallengeRefused(
                        "reviewsChallengeId", "Select the challenge this progress review follows up");
            }
            Challenge reviewed = repository
                    .find(booking.reviewsChallengeId())
                    .orElseThrow(() -> new ChallengeRefused("reviewsChallengeId", "There is no such challenge"));
            if (!reviewed.councilGss().equals(council.gss())) {
                throw new ChallengeRefused(
                        "reviewsChallengeId", "A progress review follows up a challenge of the same council");
            }
        }
        Long manager = booking.managerUserId() != null
                ? booking.managerUserId()
                : user.role() == Role.PEER_CHALLENGE_MANAGER ? user.id() : null;
        boolean bookNow = booking.onSiteStart() != null && manager != null;
        FrameworkVersion framework = frameworks.inUseOn(booking.onSiteStart() != null ? booking.onSiteStart() : today);
        ProgrammeRules rules = frameworks.rulesInForceOn(today);
        long id = repository.insert(new ChallengeRepository.NewChallenge(
                council.gss(),
                booking.type(),
                booking.type() == ChallengeType.PROGRESS_REVIEW ? booking.reviewsChallengeId() : null,
                framework.id(),
                rules.id(),
                ChallengeState.ENQUIRY,
                booking.onSiteStart(),
                booking.onSiteEnd(),
                booking.politicalControl(),
                manager,
                booking.adviserUserId(),
                today,
                null,
                false,
                blankToNull(booking.notes())));
        repository.recordTransition(id, null, ChallengeState.ENQUIRY, user, "Enquiry recorded");
        if (bookNow) {
            repository.moveTo(id, ChallengeState.BOOKED, null, null, today);
            repository.recordTransition(id, ChallengeState.ENQUIRY, ChallengeState.BOOKED, user, "Booked with dates");
        }
        Challenge created = repository.find(id).orElseThrow();
        audit.record(
                user,
                AuditEntry.of(
                        "challenge.created",
                        "challenge",
                        id,
                        (bookNow ? "Booked " : "Recorded an enquiry for ") + created.title() + " ("
                                + created.reference() + ")"));
        return id;
    }

    /** Saves changed details made to {@code version}; refused when someone else saved first. */
    @Transactional
    public void updateDetails(
            CurrentUser user,
            long id,
            int version,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable PoliticalControl control,
            @Nullable Long manager,
            @Nullable Long adviser,
            @Nullable String notes) {
        Challenge c = get(user, id);
        requireManage(user, c);
        checkDates(start, end);
        if (c.state().visitStarted()
                && (!java.util.Objects.equals(start, c.onSiteStart())
                        || !java.util.Objects.equals(end, c.onSiteEnd()))) {
            throw new ChallengeRefused("onSiteStart", "The visit has started: its dates can no longer change");
        }
        if (c.state() != ChallengeState.ENQUIRY && c.state().isOpen() && (start == null || end == null)) {
            throw new ChallengeRefused("onSiteStart", "A booked challenge needs its on-site dates");
        }
        if (start != null && end != null && !(start.equals(c.onSiteStart()) && end.equals(c.onSiteEnd()))) {
            // Moving the visit must not double-book anyone on the team.
            for (TeamMember m : teams.team(id)) {
                if (m.status().onTeam()) {
                    List<String> clash = teams.overlappingBookings(m.peerId(), id, start, end);
                    if (!clash.isEmpty()) {
                        throw new ChallengeRefused("onSiteStart", m.peerName() + " is not available on the new dates");
                    }
                }
            }
        }
        if (!repository.updateDetails(id, version, start, end, control, manager, adviser, blankToNull(notes))) {
            throw new ChallengeChangedMeanwhile();
        }
        audit.record(
                user, AuditEntry.of("challenge.updated", "challenge", id, "Changed the details of " + c.reference()));
    }

    private static void checkDates(@Nullable LocalDate start, @Nullable LocalDate end) {
        if ((start == null) != (end == null)) {
            throw new ChallengeRefused(
                    start == null ? "onSiteStart" : "onSiteEnd", "Enter both the first and the last day on site");
        }
        if (start != null && end.isBefore(start)) {
            throw new ChallengeRefused("onSiteEnd", "The last day on site must be on or after the first");
        }
        if (start != null && end.toEpochDay() - start.toEpochDay() > 14) {
            throw new ChallengeRefused("onSiteEnd", "A visit lasts at most 15 days");
        }
    }

    // --- life cycle

    @Transactional
    public void transition(
            CurrentUser user,
            long id,
            ChallengeState target,
            @Nullable String note,
            @Nullable LocalDate date,
            @Nullable String url) {
        get(user, id);
        Challenge c = repository.lock(id).orElseThrow();
        requireManage(user, c);
        List<TeamMember> team = teams.team(id);
        LocalDate today = today();
        LifeCycle.check(
                c,
                facts(team, programmes.count(id), repository.documents(id), today),
                target,
                new LifeCycle.Supplied(note != null && !note.isBlank(), date));
        if (url != null && !url.isBlank() && !url.matches("^https?://\\S+$")) {
            throw new TransitionRefused("The report’s web address must start with http:// or https://");
        }
        repository.moveTo(id, target, target.recordsDate() ? date : null, blankToNull(url), today);
        repository.recordTransition(id, c.state(), target, user, blankToNull(note));
        audit.record(
                user,
                AuditEntry.of(
                                "challenge.moved",
                                "challenge",
                                id,
                                "Moved " + c.reference() + " from “" + c.state().label() + "” to “" + target.label()
                                        + "”")
                        .with(Map.of("from", c.state().name(), "to", target.name())));
    }

    // --- scope

    @Transactional
    public void addFocusArea(CurrentUser user, long id, String title, List<String> questions) {
        get(user, id);
        Challenge c = repository.lock(id).orElseThrow();
        requireCouncilOrManager(user, c);
        requireOpen(c);
        String t = title.strip();
        if (t.isEmpty()) {
            throw new ChallengeRefused("title", "Enter the focus area");
        }
        if (t.length() > 300) {
            throw new ChallengeRefused("title", "The focus area must be 300 characters or fewer");
        }
        List<String> qs =
                questions.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        if (qs.stream().anyMatch(q -> q.length() > 1000)) {
            throw new ChallengeRefused("questions", "Each question must be 1,000 characters or fewer");
        }
        boolean frozen = c.state().visitStarted();
        repository.addFocusArea(id, t, qs, frozen);
        if (frozen) {
            repository.addAmendment(id, user, "Added the focus area “" + t + "” after the visit started");
        }
        repository.bump(id);
        audit.record(
                user,
                AuditEntry.of(
                        "challenge.scope-changed",
                        "challenge",
                        id,
                        "Added the focus area “" + t + "” to " + c.reference()));
    }

    @Transactional
    public void removeFocusArea(CurrentUser user, long id, long focusAreaId) {
        get(user, id);
        Challenge c = repository.lock(id).orElseThrow();
        requireCouncilOrManager(user, c);
        requireOpen(c);
        FocusArea removed = repository
                .removeFocusArea(id, focusAreaId)
                .orElseThrow(() -> new ChallengeRefused("focusArea", "That focus area is not part of this challenge"));
        if (c.state().visitStarted()) {
            repository.addAmendment(
                    id, user, "Removed the focus area “" + removed.title() + "” after the visit started");
        }
        repository.bump(id);
        audit.record(
                user,
                AuditEntry.of(
                        "challenge.scope-changed",
                        "challenge",
                        id,
                        "Removed the focus area “" + removed.title() + "” from " + c.reference()));
    }

    /** The council (or the manager on its behalf) agrees the scope; needed before preparation starts. */
    @Transactional
    public void agreeScope(CurrentUser user, long id) {
        Challenge c = get(user, id);
        requireCouncilOrManager(user, c);
        if (c.state().visitStarted()) {
            throw new ChallengeRefused("scope", "The visit has started; the scope is already fixed");
        }
        repository.setScopeAgreed(id, true);
        audit.record(
                user, AuditEntry.of("challenge.scope-agreed", "challenge", id, "Agreed the scope of " + c.reference()));
    }

    // --- documents

    @Transactional
    public long upload(CurrentUser user, long id, DocumentKind kind, String filename, byte[] content) {
        Challenge c = get(user, id);
        requireCouncilOrManager(user, c);
        if (kind.lgaOnly() && !user.role().isStaff()) {
            throw new ChallengeRefused(
                    "kind",
                    "Only the LGA produces the " + kind.label().toLowerCase()
                            + ": select the kind of document you are uploading");
        }
        if (!kind.uploadable()) {
            throw new ChallengeRefused(
                    "kind",
                    "The published report's original file comes only from importing the report: select the kind of"
                            + " document you are uploading");
        }
        if (content.length == 0) {
            throw new ChallengeRefused("file", "The selected file is empty");
        }
        if (content.length > maxDocumentBytes) {
            throw new ChallengeRefused(
                    "file", "The selected file must be smaller than " + (maxDocumentBytes / (1024 * 1024)) + " MB");
        }
        String type = DocumentTypes.detect(content)
                .orElseThrow(() -> new ChallengeRefused(
                        "file",
                        "The selected file must be a PDF, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT) file; "
                                + "this one is not, whatever its name says"));
        if (!type.equals(DocumentTypes.PDF)) {
            // What the container holds is checked before it is stored, as the report importer checks it.
            switch (org.peerchallengehub.shared.files.ZipExpansion.measure(content)) {
                case FITS -> {}
                case BOMB ->
                    throw new ChallengeRefused(
                            "file",
                            "The selected file would expand to far more than any document (a ZIP bomb), so it was"
                                    + " not stored");
                case DAMAGED, EMPTY ->
                    throw new ChallengeRefused(
                            "file",
                            "The selected file is damaged: it cannot be opened. Save it again and upload the copy");
            }
        }
        String name = safeFilename(filename, type);
        long docId = repository.addDocument(id, kind, name, type, content, sha256(content), user);
        audit.record(
                user,
                AuditEntry.of(
                        "challenge.document-uploaded",
                        "challenge",
                        id,
                        "Uploaded the " + kind.label().toLowerCase() + " “" + name + "” to " + c.reference()));
        return docId;
    }

    /** A document and its bytes, if the user may see the challenge. */
    public record Download(DocumentInfo info, byte[] content) {}

    public Download download(CurrentUser user, long id, long documentId) {
        get(user, id);
        DocumentInfo info = repository
                .document(id, documentId)
                .orElseThrow(() -> new org.peerchallengehub.shared.web.NotFoundException("There is no such document"));
        return new Download(info, repository.documentContent(documentId));
    }

    static String safeFilename(String filename, String type) {
        String base = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "document";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        String extension = "." + DocumentTypes.extension(type);
        return base.toLowerCase().endsWith(extension) ? base : base + extension;
    }

    // --- permissions

    /** The challenge if the user may see it and manage it: checked before a form is read (decision 0025). */
    Challenge manageable(CurrentUser user, long id) {
        Challenge c = get(user, id);
        requireManage(user, c);
        return c;
    }

    /** The challenge if the user may see it and act for its council: checked before a form is read. */
    Challenge actingForCouncil(CurrentUser user, long id) {
        Challenge c = get(user, id);
        requireCouncilOrManager(user, c);
        return c;
    }

    void requireManage(CurrentUser user, Challenge c) {
        if (!access.canManage(user, c)) {
            throw new AccessDeniedException("Only the programme team and the challenge's manager can do this");
        }
    }

    void requireCouncilOrManager(CurrentUser user, Challenge c) {
        if (!access.canActForCouncil(user, c)) {
            throw new AccessDeniedException("Only the council and the challenge's manager can do this");
        }
    }

    /** Only a user of the council under review itself: staff cannot speak for the council. */
    void requireCouncilItself(CurrentUser user, Challenge c, String refusal) {
        if (!access.isOfTheCouncil(user, c)) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** True for a user of the council under review itself. */
    boolean isOfTheCouncil(CurrentUser user, Challenge c) {
        return access.isOfTheCouncil(user, c);
    }

    static void requireOpen(Challenge c) {
        if (!c.state().isOpen()) {
            throw new ChallengeRefused(
                    "state", "The challenge is " + c.state().label().toLowerCase() + "; it can no longer change");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enabled accounts with a role, by name: who may manage or advise a challenge. */
    List<org.peerchallengehub.shared.web.SelectOption> staff(org.peerchallengehub.shared.security.Role role) {
        return repository.staff(role);
    }

    ChallengeRepository repository() {
        return repository;
    }

    /**
     * Per council, the last on-site day of its latest corporate peer challenge (live or historic, not
     * cancelled) whose visit had ended by the date: what the programme knew on that date. Councils
     * without one are absent.
     */
    public Map<String, LocalDate> lastCorporatePeerChallenges(LocalDate asOf) {
        return repository.lastCorporateOnSite(asOf);
    }
}

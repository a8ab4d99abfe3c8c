package org.peerchallengehub.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.DateFields;
import org.peerchallengehub.shared.web.FormError;
import org.peerchallengehub.shared.web.NotFoundException;
import org.peerchallengehub.shared.web.SelectOption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support record's service: every read and change asks first whether the person may see support
 * at all (principal advisers and the programme team; anyone else is told it does not exist), checks the
 * council exists, validates the whole input (every problem at once), and writes the change and its
 * audit entry in one transaction.
 */
@Service
@Transactional
class Support {

    /** What a council's support page shows. */
    record CouncilRecord(
            Council council,
            Optional<Assignment> adviser,
            List<Assignment> assignments,
            List<Conversation> conversations,
            List<Offer> offers,
            List<Summary> summaries) {}

    /** A conversation as typed into its form. */
    record ConversationDraft(
            DateFields heldOn, @Nullable String posts, @Nullable String summary, @Nullable String nextStep) {}

    /** An offer as typed into its form. */
    record OfferDraft(
            @Nullable String kind, @Nullable String otherKind, @Nullable String details, DateFields offeredOn) {}

    private final SupportRepository repository;
    private final CouncilRegister councils;
    private final AuditTrail audit;
    private final Clock clock;

    Support(SupportRepository repository, CouncilRegister councils, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.councils = councils;
        this.audit = audit;
        this.clock = clock;
    }

    /** Principal advisers and the programme team see the support record; nobody else knows it is there. */
    static boolean maySee(CurrentUser user) {
        return user.has(Role.PRINCIPAL_ADVISER) || user.has(Role.PROGRAMME_TEAM);
    }

    static void requireSee(CurrentUser user) {
        if (!maySee(user)) {
            throw new NotFoundException("Page not found");
        }
    }

    private Council council(String gss) {
        return councils.find(gss).orElseThrow(() -> new NotFoundException("No council has the code " + gss));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- reading

    @Transactional(readOnly = true)
    CouncilRecord record(CurrentUser user, String gss) {
        requireSee(user);
        Council council = council(gss);
        return new CouncilRecord(
                council,
                repository.currentAssignment(council.gss()),
                repository.assignments(council.gss()),
                repository.conversations(council.gss()),
                repository.offers(council.gss()),
                repository.summaries(council.gss()));
    }

    @Transactional(readOnly = true)
    Council councilFor(CurrentUser user, String gss) {
        requireSee(user);
        return council(gss);
    }

    /** An adviser's own councils; for the programme team every council with an adviser. */
    @Transactional(readOnly = true)
    List<MyCouncil> myCouncils(CurrentUser user) {
        requireSee(user);
        return repository.assignedCouncils(user.has(Role.PRINCIPAL_ADVISER) ? user.id() : null);
    }

    @Transactional(readOnly = true)
    Offer offer(CurrentUser user, String gss, long id) {
        requireSee(user);
        Council council = council(gss);
        return repository
                .offer(council.gss(), id)
                .orElseThrow(() -> new NotFoundException("No such support offer for this council"));
    }

    @Transactional(readOnly = true)
    List<SelectOption> advisers(CurrentUser user) {
        requireSee(user);
        return repository.advisers();
    }

    /** The summary shared with the council now, for its own users. */
    @Transactional(readOnly = true)
    Optional<Summary> sharedSummary(String gss) {
        return repository.sharedSummary(gss);
    }

    // --- assignment

    void assign(CurrentUser user, String gss, @Nullable String adviserId) {
        requireSee(user);
        Council council = council(gss);
        if (adviserId == null || !adviserId.strip().matches("\\d{1,18}")) {
            throw SupportRefused.because("adviser", "Select the principal adviser for " + council.officialName());
        }
        long adviser = Long.parseLong(adviserId.strip());
        String name = repository
                .enabledAdviserName(adviser)
                .orElseThrow(() -> SupportRefused.because(
                        "adviser", "Select a principal adviser from the list: that account is not one"));
        Optional<Assignment> before = repository.currentAssignment(council.gss());
        if (before.isPresent() && before.get().adviserUserId() == adviser) {
            throw SupportRefused.because("adviser", name + " is already the adviser for " + council.officialName());
        }
        repository.assign(council.gss(), adviser, user.id());
        audit.record(
                user,
                AuditEntry.of(
                                "support.adviser-assigned",
                                "council",
                                council.gss(),
                                name + " assigned as principal adviser to " + council.officialName())
                        .with(Map.of(
                                "adviserUserId",
                                adviser,
                                "previousAdviserUserId",
                                before.map(a -> (Object) a.adviserUserId()).orElse("none"))));
    }

    // --- conversations

    long recordConversation(CurrentUser user, String gss, ConversationDraft draft) {
        requireSee(user);
        Council council = council(gss);
        List<FormError> errors = new ArrayList<>();
        LocalDate heldOn = date(errors, "heldOn", draft.heldOn(), "the date of the conversation");
        String posts = SupportRules.required(
                errors,
                "posts",
                draft.posts(),
                SupportRules.POSTS_MAX,
                "Enter who took part from the council, by their post",
                "Who took part");
        SupportRules.posts(errors, posts);
        String summary = SupportRules.required(
                errors,
                "summary",
                draft.summary(),
                SupportRules.SUMMARY_MAX,
                "Enter a summary of the conversation",
                "The summary");
        String nextStep = SupportRules.clean(draft.nextStep());
        SupportRules.length(errors, "nextStep", nextStep, SupportRules.NEXT_STEP_MAX, "The next step");
        if (!errors.isEmpty() || heldOn == null || posts == null || summary == null) {
            throw new SupportRefused(errors);
        }
        long id = repository.insertConversation(
                council.gss(), heldOn, posts, summary, nextStep, user.id(), user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                "support.conversation-recorded",
                                "support-conversation",
                                id,
                                "Conversation of " + heldOn + " with " + council.officialName() + " recorded")
                        .with(Map.of("council", council.gss(), "heldOn", heldOn.toString())));
        return id;
    }

    // --- offers

    long recordOffer(CurrentUser user, String gss, OfferDraft draft) {
        requireSee(user);
        Council council = council(gss);
        List<FormError> errors = new ArrayList<>();
        SupportKind kind = kind(draft.kind());
        if (kind == null) {
            errors.add(new FormError("kind", "Select the kind of support offered"));
        }
        String otherKind = SupportRules.clean(draft.otherKind());
        if (kind == SupportKind.OTHER && otherKind == null) {
            errors.add(new FormError("otherKind", "Say what the other support is"));
        }
        SupportRules.length(errors, "otherKind", otherKind, SupportRules.OTHER_KIND_MAX, "What the support is");
        String details = SupportRules.clean(draft.details());
        SupportRules.length(errors, "details", details, SupportRules.DETAILS_MAX, "The details");
        LocalDate offeredOn = date(errors, "offeredOn", draft.offeredOn(), "the date it was offered");
        if (!errors.isEmpty() || kind == null || offeredOn == null) {
            throw new SupportRefused(errors);
        }
        long id = repository.insertOffer(
                council.gss(),
                kind,
                kind == SupportKind.OTHER ? otherKind : null,
                details,
                offeredOn,
                user.id(),
                user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                "support.offer-recorded",
                                "support-offer",
                                id,
                                kind.label() + " offered to " + council.officialName() + " on " + offeredOn)
                        .with(Map.of("council", council.gss(), "kind", kind.name())));
        return id;
    }

    /** Moves an offer to its next state on a date, through {@link SupportRules#move}. */
    Offer move(
            CurrentUser user, String gss, long offerId, @Nullable String to, DateFields on, @Nullable String outcome) {
        requireSee(user);
        Council council = council(gss);
        Offer offer = repository
                .offerForUpdate(council.gss(), offerId)
                .orElseThrow(() -> new NotFoundException("No such support offer for this council"));
        SupportState target = state(to);
        List<FormError> errors = new ArrayList<>();
        LocalDate date = date(errors, "on", on, "the date it happened");
        Offer moved;
        try {
            moved = SupportRules.move(offer, target, date, outcome, today());
        } catch (SupportRefused refused) {
            errors.addAll(
                    0,
                    refused.errors().stream()
                            .filter(e -> date != null || !e.field().equals("on"))
                            .toList());
            throw new SupportRefused(errors);
        }
        if (!errors.isEmpty()) {
            throw new SupportRefused(errors);
        }
        repository.updateOffer(moved);
        audit.record(
                user,
                AuditEntry.of(
                                "support.offer-moved",
                                "support-offer",
                                offerId,
                                moved.what() + " for " + council.officialName() + ": "
                                        + offer.state().label().toLowerCase() + " → "
                                        + moved.state().label().toLowerCase() + " on " + date)
                        .with(Map.of(
                                "council",
                                council.gss(),
                                "from",
                                offer.state().name(),
                                "to",
                                moved.state().name())));
        return moved;
    }

    // --- the summary shared with the council (programme team only)

    static void requireProgrammeTeam(CurrentUser user) {
        requireSee(user);
        if (!user.has(Role.PROGRAMME_TEAM)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the programme team writes and shares summaries with councils");
        }
    }

    long writeSummary(CurrentUser user, String gss, @Nullable String text, boolean share) {
        requireProgrammeTeam(user);
        Council council = council(gss);
        List<FormError> errors = new ArrayList<>();
        String clean = SupportRules.required(
                errors,
                "text",
                text,
                SupportRules.SUMMARY_MAX,
                "Enter the summary the council will read",
                "The summary");
        if (!errors.isEmpty() || clean == null) {
            throw new SupportRefused(errors);
        }
        long id = repository.insertSummary(council.gss(), clean, user.id(), user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                "support.summary-written",
                                "support-summary",
                                id,
                                "Summary of support written for " + council.officialName())
                        .with(Map.of("council", council.gss())));
        if (share) {
            share(user, council.gss(), id);
        }
        return id;
    }

    void share(CurrentUser user, String gss, long summaryId) {
        requireProgrammeTeam(user);
        Council council = council(gss);
        if (!repository.share(council.gss(), summaryId, user.displayName())) {
            throw new NotFoundException("No draft summary with that number for this council");
        }
        audit.record(
                user,
                AuditEntry.of(
                                "support.summary-shared",
                                "support-summary",
                                summaryId,
                                "Summary of support shared with " + council.officialName())
                        .with(Map.of("council", council.gss())));
    }

    void withdraw(CurrentUser user, String gss) {
        requireProgrammeTeam(user);
        Council council = council(gss);
        if (repository.withdraw(council.gss()) == 0) {
            throw SupportRefused.because("withdraw", "No summary is shared with " + council.officialName());
        }
        audit.record(
                user,
                AuditEntry.of(
                        "support.summary-withdrawn",
                        "council",
                        council.gss(),
                        "Summary of support no longer shared with " + council.officialName()));
    }

    // --- reading form values

    private @Nullable LocalDate date(List<FormError> errors, String field, DateFields fields, String what) {
        try {
            LocalDate date = fields.parse(field, what);
            SupportRules.date(errors, field, date, today(), capitalised(what));
            return errors.stream().anyMatch(e -> e.field().equals(field)) ? null : date;
        } catch (DateFields.InvalidDate invalid) {
            errors.add(invalid.error());
            return null;
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static @Nullable SupportKind kind(@Nullable String value) {
        for (SupportKind k : SupportKind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }

    static @Nullable SupportState state(@Nullable String value) {
        for (SupportState s : SupportState.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}

package org.peerchallengehub.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeFollowUps;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.reporting.FinalReportRecommendations;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.peerchallengehub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A challenge's earlier recommendations (issue 18): every recommendation made to the council and to the
 * councils it replaced by earlier challenges, with the council's response and actions where a plan was
 * kept here; the likely repeats of this challenge's recommendations, which its manager confirms or
 * dismisses. For the team and the LGA staff around the challenge: the council's users and anyone who may
 * not see the challenge get 404.
 */
@Service
class EarlierRecommendations {

    static final int MAX_DRAFT = 4000;

    /** One earlier recommendation with what became of it. */
    record Item(
            String ref,
            String kindLabel,
            String text,
            @Nullable String href,
            @Nullable String responseLabel,
            @Nullable String reason,
            List<PlanView.Action> actions) {}

    /** An earlier challenge of the council or a predecessor and its recommendations. */
    record EarlierChallenge(
            long challengeId,
            String councilGss,
            String councilName,
            @Nullable Integer year,
            boolean plan,
            List<Item> items) {}

    record Page(
            ChallengeFollowUps.Subject challenge,
            List<Council> lineage,
            List<EarlierChallenge> earlier,
            List<FlagRepository.Flag> flags,
            boolean mayDecide,
            boolean finalReport) {
        public int count() {
            return earlier.stream().mapToInt(e -> e.items().size()).sum();
        }
    }

    private final ChallengeFollowUps challenges;
    private final Recurrence recurrence;
    private final PlanRepository plans;
    private final FlagRepository flags;
    private final FinalReportRecommendations reports;
    private final AuditTrail audit;

    EarlierRecommendations(
            ChallengeFollowUps challenges,
            Recurrence recurrence,
            PlanRepository plans,
            FlagRepository flags,
            FinalReportRecommendations reports,
            AuditTrail audit) {
        this.challenges = challenges;
        this.recurrence = recurrence;
        this.plans = plans;
        this.flags = flags;
        this.reports = reports;
        this.audit = audit;
    }

    private ChallengeFollowUps.Subject visible(CurrentUser user, long challengeId) {
        return challenges
                .visible(user, challengeId)
                .filter(c -> user.role() != Role.COUNCIL)
                .orElseThrow(() -> new NotFoundException("No such challenge: " + challengeId));
    }

    static boolean mayDecide(CurrentUser user, ChallengeFollowUps.Subject c) {
        return user.role() == Role.PROGRAMME_TEAM
                || (user.role() == Role.PEER_CHALLENGE_MANAGER
                        && Long.valueOf(user.id()).equals(c.managerUserId()));
    }

    @Transactional(readOnly = true)
    Page page(CurrentUser user, long challengeId) {
        ChallengeFollowUps.Subject c = visible(user, challengeId);
        List<Council> lineage = recurrence.lineage(c.councilGss());
        Map<String, String> names = new LinkedHashMap<>();
        lineage.forEach(l -> names.put(l.gss(), l.officialName()));
        Map<Long, EarlierChallenge> byChallenge = new LinkedHashMap<>();
        Map<Long, Optional<PlanView>> planOf = new LinkedHashMap<>();
        for (Recurrence.Earlier e : recurrence.earlier(c)) {
            long id = e.challengeId() == null ? -1 : e.challengeId();
            Optional<PlanView> plan = planOf.computeIfAbsent(id, k -> k < 0 ? Optional.empty() : plans.find(k));
            Item item = item(e, plan);
            byChallenge
                    .computeIfAbsent(
                            id,
                            k -> new EarlierChallenge(
                                    k, e.councilGss(), e.councilName(), e.year(), plan.isPresent(), new ArrayList<>()))
                    .items()
                    .add(item);
        }
        List<EarlierChallenge> earlier = new ArrayList<>(byChallenge.values());
        earlier.sort((a, b) -> Integer.compare(b.year() == null ? 0 : b.year(), a.year() == null ? 0 : a.year()));
        return new Page(
                c,
                lineage,
                earlier,
                flags.of(challengeId),
                mayDecide(user, c),
                reports.of(challengeId).isPresent());
    }

    private static Item item(Recurrence.Earlier e, Optional<PlanView> plan) {
        if (e.ref().startsWith("plan:") && plan.isPresent()) {
            long entryId = Long.parseLong(e.ref().substring("plan:".length()));
            for (PlanView.Entry entry : plan.get().entries()) {
                if (entry.id() == entryId) {
                    return new Item(
                            e.ref(),
                            e.kindLabel(),
                            e.text(),
                            e.href(),
                            entry.responseLabel(),
                            entry.reason(),
                            entry.actions());
                }
            }
        }
        return new Item(e.ref(), e.kindLabel(), e.text(), e.href(), null, null, List.of());
    }

    /**
     * Compares this challenge's recommendations (its final report's, and a draft the manager is writing)
     * with the earlier ones, and records the likely repeats; returns how many new flags were recorded.
     */
    @Transactional
    int check(CurrentUser user, long challengeId, @Nullable String draft) {
        ChallengeFollowUps.Subject c = visible(user, challengeId);
        if (!mayDecide(user, c)) {
            throw PlanRefused.of("check", "Only the challenge’s manager checks for repeats.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        reports.of(challengeId).ifPresent(r -> r.recommendations().forEach(rec -> texts.put(rec.ref(), rec.text())));
        if (draft != null && !draft.isBlank()) {
            String d = draft.strip();
            if (d.length() > MAX_DRAFT) {
                throw PlanRefused.of("draft", "A draft recommendation must be " + MAX_DRAFT + " characters or fewer.");
            }
            texts.put("draft:" + Integer.toHexString(d.hashCode()), d);
        }
        if (texts.isEmpty()) {
            throw PlanRefused.of("draft", "Enter a draft recommendation to check (the report is not final yet).");
        }
        int added = 0;
        for (Recurrence.Candidate candidate : recurrence.likelyRepeats(c, texts)) {
            if (flags.propose(challengeId, c.councilGss(), candidate)) {
                added++;
            }
        }
        audit.record(
                user,
                AuditEntry.of(
                                "recurrence.checked",
                                "challenge",
                                challengeId,
                                "Checked " + texts.size() + " recommendations of " + c.reference() + " for repeats: "
                                        + added + " new flags")
                        .with(Map.of("texts", texts.size(), "flagged", added)));
        return added;
    }

    @Transactional
    void decide(CurrentUser user, long challengeId, long flagId, FlagRepository.@Nullable State decision) {
        ChallengeFollowUps.Subject c = visible(user, challengeId);
        FlagRepository.Flag flag =
                flags.find(challengeId, flagId).orElseThrow(() -> new NotFoundException("No such flag"));
        if (!mayDecide(user, c)) {
            throw PlanRefused.of("flags", "Only the challenge’s manager confirms or dismisses a repeat.");
        }
        if (decision == null || decision == FlagRepository.State.PROPOSED) {
            throw PlanRefused.of("flags", "Choose whether the recommendation repeats the earlier one.");
        }
        flags.decide(flagId, decision, user.displayName());
        audit.record(
                user,
                AuditEntry.of(
                                "recurrence."
                                        + (decision == FlagRepository.State.CONFIRMED ? "confirmed" : "dismissed"),
                                "challenge",
                                challengeId,
                                (decision == FlagRepository.State.CONFIRMED ? "Confirmed" : "Dismissed")
                                        + " a repeat of a "
                                        + (flag.earlierYear() == null
                                                ? "earlier"
                                                : flag.earlierYear().toString()) + " recommendation")
                        .with(Map.of("flag", flagId, "earlier", flag.earlierRef())));
    }
}

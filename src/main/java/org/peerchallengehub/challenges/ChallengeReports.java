package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.Frameworks;
import org.peerchallengehub.frameworks.ProgrammeRules;
import org.peerchallengehub.identity.UserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.shared.audit.AuditEntry;
import org.peerchallengehub.shared.audit.AuditTrail;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenges module's published API for the feedback report (issue 17): the facts of the record a
 * report is written from, and the only way a challenge moves to report drafting, the factual accuracy
 * check, report final and published, each move following the report's own workflow so that nobody moves
 * a challenge there by hand. It checks no viewer's access: the reporting module asks it only for the
 * challenge's team, manager and council, as {@link ChallengeTeams} and the council code tell it.
 */
@Service
public class ChallengeReports {

    /** Where the report has got to, as the challenge's life cycle records it. */
    public enum ReportStage {
        /** The report is being written (and reviewed by the team). */
        DRAFTING(ChallengeState.FEEDBACK_GIVEN, ChallengeState.REPORT_DRAFTING),
        /** The council checks the draft for factual accuracy. */
        FACTUAL_ACCURACY_CHECK(ChallengeState.REPORT_DRAFTING, ChallengeState.FACTUAL_ACCURACY_CHECK),
        /** The report is final. */
        FINAL(ChallengeState.FACTUAL_ACCURACY_CHECK, ChallengeState.REPORT_FINAL),
        /** The report is published. */
        PUBLISHED(ChallengeState.REPORT_FINAL, ChallengeState.PUBLISHED);

        private final ChallengeState from;
        private final ChallengeState to;

        ReportStage(ChallengeState from, ChallengeState to) {
            this.from = from;
            this.to = to;
        }
    }

    /** A move the challenge's life cycle does not allow now, in a sentence. */
    public static final class MoveRefused extends RuntimeException {
        MoveRefused(String message) {
            super(message);
        }
    }

    /** One of the council's focus areas, with the questions it asked. */
    public record Focus(long id, int position, String title, List<String> questions) {}

    /**
     * The facts of a challenge a report is built from.
     *
     * @param typeLabel the kind of challenge ("Corporate peer challenge")
     * @param typeCode its code (CORPORATE, FINANCE, …), e.g. for a report's address
     * @param stateLabel where the challenge is in its life
     * @param readyForReport the challenge has given its feedback (or is already drafting its report): a report
     *     may be started
     * @param publicationDue the day the report must be published by, from the rules the challenge was booked
     *     under; null while the visit has no dates or the rules set none
     * @param hours team hours on site, from the programme
     */
    public record Subject(
            long challengeId,
            String reference,
            String councilGss,
            String councilName,
            String typeCode,
            String typeLabel,
            String frameworkId,
            String rulesId,
            String stateLabel,
            boolean readyForReport,
            @Nullable LocalDate onSiteStart,
            @Nullable LocalDate onSiteEnd,
            @Nullable LocalDate publicationDue,
            @Nullable String adviserName,
            @Nullable String adviserEmail,
            int peopleSpokenTo,
            int meetings,
            double hours,
            int daysOnSite,
            List<Focus> focusAreas) {}

    private final ChallengeRepository repository;
    private final ProgrammeRepository programmes;
    private final TeamRepository teams;
    private final Frameworks frameworks;
    private final UserAccounts accounts;
    private final Challenges challenges;
    private final AuditTrail audit;

    ChallengeReports(
            ChallengeRepository repository,
            ProgrammeRepository programmes,
            TeamRepository teams,
            Frameworks frameworks,
            UserAccounts accounts,
            Challenges challenges,
            AuditTrail audit) {
        this.repository = repository;
        this.programmes = programmes;
        this.teams = teams;
        this.frameworks = frameworks;
        this.accounts = accounts;
        this.challenges = challenges;
        this.audit = audit;
    }

    /** The challenge's facts (a challenge imported from the history has none to give: empty). */
    @Transactional(readOnly = true)
    public Optional<Subject> subject(long challengeId) {
        Optional<Challenge> found = repository.find(challengeId);
        if (found.isEmpty() || found.get().historic()) {
            return Optional.empty();
        }
        Challenge c = found.get();
        ActivityFigures activity = ActivityFigures.of(programmes.sessions(challengeId));
        ProgrammeRules rules = frameworks.rules(c.rulesId()).orElse(null);
        LocalDate due = rules == null || c.onSiteEnd() == null
                ? null
                : rules.deadlines(c.onSiteEnd()).reportDue();
        String adviserEmail = c.adviserUserId() == null
                ? null
                : accounts.byId(c.adviserUserId()).map(UserAccount::email).orElse(null);
        return Optional.of(new Subject(
                c.id(),
                c.reference(),
                c.councilGss(),
                c.councilName(),
                c.type().name(),
                c.type().label(),
                c.frameworkId(),
                c.rulesId(),
                c.state().label(),
                c.state() == ChallengeState.FEEDBACK_GIVEN || c.state().movesWithReport(),
                c.onSiteStart(),
                c.onSiteEnd(),
                due,
                c.adviserName(),
                adviserEmail,
                activity.peopleSpokenTo(),
                activity.meetings(),
                activity.hours(),
                c.daysOnSite(),
                repository.focusAreas(challengeId).stream()
                        .map(f -> new Focus(f.id(), f.position(), f.title(), f.questions()))
                        .toList()));
    }

    /**
     * Moves the challenge with its report: from the stage before to {@code stage}. Nothing happens when the
     * challenge is already there (a report started on a challenge already drafting). Anything else is
     * refused with a sentence. The caller (the report's workflow) has checked that {@code user} runs the
     * report; the move is recorded in the challenge's history and audited like any other.
     *
     * @param publishedOn the day the report was published (for {@link ReportStage#PUBLISHED})
     * @param address the report's public address (for {@link ReportStage#PUBLISHED})
     */
    @Transactional
    public void reportReached(
            CurrentUser user,
            long challengeId,
            ReportStage stage,
            @Nullable LocalDate publishedOn,
            @Nullable String address) {
        Challenge c = repository.lock(challengeId).orElseThrow(() -> ChallengeNotFound.forId(challengeId));
        if (c.state() == stage.to) {
            return;
        }
        if (c.state() != stage.from) {
            throw new MoveRefused("The challenge is “" + c.state().label() + "”: its report can move it to “"
                    + stage.to.label() + "” only from “" + stage.from.label() + "”.");
        }
        try {
            LifeCycle.check(
                    c,
                    Challenges.facts(
                            teams.team(challengeId),
                            programmes.count(challengeId),
                            repository.documents(challengeId),
                            challenges.today()),
                    stage.to,
                    new LifeCycle.Supplied(false, publishedOn));
        } catch (TransitionRefused refused) {
            throw new MoveRefused(refused.getMessage());
        }
        repository.moveTo(
                challengeId, stage.to, stage.to.recordsDate() ? publishedOn : null, address, challenges.today());
        repository.recordTransition(challengeId, c.state(), stage.to, user, "Moved with the feedback report");
        audit.record(
                user,
                AuditEntry.of(
                                "challenge.moved",
                                "challenge",
                                challengeId,
                                "Moved " + c.reference() + " from “" + c.state().label() + "” to “" + stage.to.label()
                                        + "” with its feedback report")
                        .with(Map.of("from", c.state().name(), "to", stage.to.name())));
    }
}

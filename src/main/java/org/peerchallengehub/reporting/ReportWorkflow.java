package org.peerchallengehub.reporting;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeReports.ReportStage;

/**
 * The rules of a report's workflow, free of Spring and the database: which moves are allowed and what
 * each needs, who may edit the narrative and comment at each stage, and how the challenge's life cycle
 * follows. Draft → team review → factual accuracy check → final → published, one step at a time; only
 * the manager moves the report. A refused move or change is a sentence saying what to do.
 */
final class ReportWorkflow {

    private ReportWorkflow() {}

    /** Who is asking, as far as the report is concerned. */
    enum Actor {
        /** The challenge's manager: writes, moves the report on, decides on corrections. */
        MANAGER,
        /** A member of the peer team: writes while drafting, comments in review. */
        TEAM,
        /** A user of the council under review: reads and comments during the factual accuracy check. */
        COUNCIL
    }

    /** What a move needs to know besides the report's state. */
    record Facts(int unresolvedTeamComments, int undecidedCorrections) {}

    /** The state a report may move to next, if any. */
    static Optional<ReportState> next(ReportState state) {
        return switch (state) {
            case DRAFT -> Optional.of(ReportState.TEAM_REVIEW);
            case TEAM_REVIEW -> Optional.of(ReportState.FACTUAL_ACCURACY_CHECK);
            case FACTUAL_ACCURACY_CHECK -> Optional.of(ReportState.FINAL);
            case FINAL -> Optional.of(ReportState.PUBLISHED);
            case PUBLISHED -> Optional.empty();
        };
    }

    /** The challenge's stage that follows a report move, if the move changes it. */
    static Optional<ReportStage> challengeStage(ReportState target) {
        return switch (target) {
            case DRAFT, TEAM_REVIEW -> Optional.of(ReportStage.DRAFTING);
            case FACTUAL_ACCURACY_CHECK -> Optional.of(ReportStage.FACTUAL_ACCURACY_CHECK);
            case FINAL -> Optional.of(ReportStage.FINAL);
            case PUBLISHED -> Optional.of(ReportStage.PUBLISHED);
        };
    }

    /** Refuses a move that is not the next step, not the manager's, or not ready, with the reason. */
    static void checkMove(ReportState from, ReportState target, Actor actor, Facts facts) {
        if (actor != Actor.MANAGER) {
            throw new ReportRefused("state", "Only the challenge’s peer challenge manager moves the report on.");
        }
        if (target == ReportState.PUBLISHED && from != ReportState.FINAL) {
            throw new ReportRefused(
                    "state",
                    from == ReportState.PUBLISHED
                            ? "The report is already published: a correction is published as a new edition."
                            : "A report is published only once it is final: it is “" + from.label() + "”.");
        }
        if (next(from).filter(target::equals).isEmpty()) {
            throw new ReportRefused(
                    "state",
                    "A report that is “" + from.label() + "” cannot move to “" + target.label() + "”"
                            + next(from)
                                    .map(n -> ": it can move to “" + n.label() + "”.")
                                    .orElse("."));
        }
        if (target == ReportState.FACTUAL_ACCURACY_CHECK && facts.unresolvedTeamComments() > 0) {
            throw new ReportRefused(
                    "state",
                    "Resolve the team’s comments before the council checks the facts: "
                            + count(facts.unresolvedTeamComments(), "comment is", "comments are") + " not resolved.");
        }
        if (target == ReportState.FINAL && facts.undecidedCorrections() > 0) {
            throw new ReportRefused(
                    "state",
                    "Accept or reject each correction the council proposed before the report is final: "
                            + count(facts.undecidedCorrections(), "correction is", "corrections are")
                            + " waiting for your decision.");
        }
    }

    /**
     * Whether the actor may save a section's narrative at this stage, and whether a reason is required;
     * refused with a sentence otherwise. Final and published reports change only as a new version with a
     * reason, made by the manager.
     */
    static void checkEdit(ReportState state, Actor actor, @Nullable String reason) {
        switch (state) {
            case DRAFT, TEAM_REVIEW -> {
                if (actor == Actor.COUNCIL) {
                    throw new ReportRefused("narrative", "The council comments on the draft; the team writes it.");
                }
            }
            case FACTUAL_ACCURACY_CHECK -> {
                if (actor != Actor.MANAGER) {
                    throw new ReportRefused(
                            "narrative",
                            "During the factual accuracy check only the peer challenge manager changes the report.");
                }
            }
            case FINAL, PUBLISHED -> {
                if (actor != Actor.MANAGER) {
                    throw new ReportRefused(
                            "narrative",
                            "The report is " + state.label().toLowerCase(java.util.Locale.ROOT)
                                    + ": only the peer challenge manager can make a new version of it.");
                }
                if (reason == null || reason.isBlank()) {
                    throw new ReportRefused(
                            "reason",
                            "The report is " + state.label().toLowerCase(java.util.Locale.ROOT)
                                    + ": a change is a new version, so give the reason for it.");
                }
            }
        }
    }

    /** Whether the facts follow the challenge's record at this stage (they are fixed from the council's check on). */
    static boolean factsFollowRecord(ReportState state) {
        return state == ReportState.DRAFT || state == ReportState.TEAM_REVIEW;
    }

    /** Whether the actor may comment at this stage, and which kind of comment they make. */
    static void checkComment(ReportState state, Actor actor) {
        if (actor == Actor.COUNCIL) {
            if (state != ReportState.FACTUAL_ACCURACY_CHECK) {
                throw new ReportRefused(
                        "text",
                        "The council comments during the factual accuracy check; the report is "
                                + state.label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            return;
        }
        if (state != ReportState.DRAFT && state != ReportState.TEAM_REVIEW) {
            throw new ReportRefused(
                    "text",
                    "The team comments while the report is a draft or in team review; it is "
                            + state.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    /** Whether the actor may read the report at this stage (anyone else is told it does not exist). */
    static boolean mayRead(ReportState state, Actor actor) {
        return actor != Actor.COUNCIL
                || state == ReportState.FACTUAL_ACCURACY_CHECK
                || state == ReportState.FINAL
                || state == ReportState.PUBLISHED;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The moves shown to the manager, as labels. */
    static List<ReportState> forward(ReportState state) {
        return next(state).map(List::of).orElse(List.of());
    }
}

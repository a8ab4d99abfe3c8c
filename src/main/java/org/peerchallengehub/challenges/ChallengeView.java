package org.peerchallengehub.challenges;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FrameworkComponent;
import org.peerchallengehub.frameworks.ProgrammeRules;

/** Everything the challenge page shows, with what the viewer may do. */
record ChallengeView(
        Challenge challenge,
        String frameworkTitle,
        List<FrameworkComponent> coreComponents,
        List<FocusArea> focusAreas,
        List<ScopeAmendment> amendments,
        List<DocumentInfo> documents,
        List<TeamMember> team,
        List<String> teamWarnings,
        List<ProgrammeSession> sessions,
        ActivityFigures activity,
        List<Transition> transitions,
        List<NextStep> nextSteps,
        ProgrammeRules rules,
        ProgrammeRules.@Nullable Deadlines deadlines,
        boolean canManage,
        boolean canActForCouncil,
        @Nullable Long reportDaysLeft) {

    /**
     * The challenge is waiting for its feedback report, or its report is under way: the report moves it
     * on from here (to report drafting, the factual accuracy check, report final and published).
     */
    public boolean movesWithReport() {
        return challenge.state() == ChallengeState.FEEDBACK_GIVEN
                || (challenge.state().movesWithReport() && challenge.state() != ChallengeState.PUBLISHED);
    }

    /** A state the challenge may move to now, and the conditions for it. */
    public record NextStep(
            ChallengeState state, List<LifeCycle.Requirement> requirements, boolean needsDate, boolean needsNote) {
        public boolean ready() {
            return requirements.stream()
                    .filter(r -> !r.description().startsWith("The date")
                            && !r.description().startsWith("A reason"))
                    .allMatch(LifeCycle.Requirement::met);
        }
    }

    public boolean teamFinal() {
        List<TeamMember> on = team.stream().filter(m -> m.status().onTeam()).toList();
        return !on.isEmpty() && on.stream().allMatch(m -> m.status() == MemberStatus.AGREED);
    }

    public boolean scopeFrozen() {
        return challenge.state().visitStarted();
    }
}

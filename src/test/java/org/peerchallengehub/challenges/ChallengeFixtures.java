package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.peerchallengehub.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside the module (the access matrix): builds a team, a focus area and an on-site session
 * through the module's own services, whose types stay package-private.
 */
public final class ChallengeFixtures {

    private ChallengeFixtures() {}

    /** Proposes the peer as an officer peer; the team member's id. */
    public static long proposeOfficerPeer(ApplicationContext context, CurrentUser by, long challenge, long peer) {
        return context.getBean(TeamBuilding.class).propose(by, challenge, peer, TeamRole.OFFICER_PEER);
    }

    /** Adds a focus area with one question; its id. */
    public static long addFocusArea(ApplicationContext context, CurrentUser by, long challenge, String title) {
        Challenges challenges = context.getBean(Challenges.class);
        challenges.addFocusArea(by, challenge, title, List.of("Is the plan deliverable?"));
        return challenges.view(by, challenge).focusAreas().getLast().id();
    }

    /** Adds a one-hour interview on the day, attended by the team member; the session's id. */
    public static long addInterview(
            ApplicationContext context, CurrentUser by, long challenge, LocalDate day, long member) {
        return context.getBean(OnSiteProgramme.class)
                .add(
                        by,
                        challenge,
                        new OnSiteProgramme.NewSession(
                                SessionKind.INTERVIEW,
                                "Matrix interview",
                                day,
                                LocalTime.of(9, 0),
                                LocalTime.of(10, 0),
                                null,
                                null,
                                1,
                                List.of(member)));
    }
}

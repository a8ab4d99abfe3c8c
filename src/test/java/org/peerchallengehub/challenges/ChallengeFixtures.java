package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerchallengehub.identity.NewUserAccount;
import org.peerchallengehub.identity.UserAccounts;
import org.peerchallengehub.peers.PeerDraft;
import org.peerchallengehub.peers.PeerKind;
import org.peerchallengehub.peers.PeerPool;
import org.peerchallengehub.peers.PoliticalGroup;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

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

    /**
     * A challenge on site, for tests of the team's evidence: booked by the manager for the council,
     * its visit from {@code start} for four days, scope agreed, and a team of a lead member peer and an
     * officer peer, each with a new sign-in of role PEER (so that two peers can work at once), agreed by
     * e-mail; one session per team member in the morning (councillors, then staff), plus a
     * partners' workshop both attend in the afternoon (all three on the first day, so that notes may be
     * recorded from them on a visit starting today).
     *
     * @param leadPeer the lead member peer's sign-in
     * @param officerPeer the officer peer's sign-in
     * @param sessionIds the sessions, in time order
     */
    public record OnSiteChallenge(
            long id, CurrentUser leadPeer, CurrentUser officerPeer, List<Long> memberIds, List<Long> sessionIds) {}

    /** Books a challenge whose visit starts today and takes it on site (see {@link OnSiteChallenge}). */
    public static OnSiteChallenge onSite(ApplicationContext context, CurrentUser manager, String councilGss) {
        return onSite(
                context, manager, councilGss, context.getBean(Challenges.class).today());
    }

    /** Books a challenge and takes it on site (see {@link OnSiteChallenge}); {@code start} must be today or earlier. */
    public static OnSiteChallenge onSite(
            ApplicationContext context, CurrentUser manager, String councilGss, LocalDate start) {
        return onSite(context, manager, councilGss, start, List.of());
    }

    /** As {@link #onSite(ApplicationContext, CurrentUser, String, LocalDate)}, with more peers of the pool on the team (officer peers, agreed). */
    public static OnSiteChallenge onSite(
            ApplicationContext context, CurrentUser manager, String councilGss, LocalDate start, List<Long> morePeers) {
        Challenges challenges = context.getBean(Challenges.class);
        TeamBuilding teams = context.getBean(TeamBuilding.class);
        OnSiteProgramme programme = context.getBean(OnSiteProgramme.class);
        long id = challenges.book(
                manager,
                new Challenges.Booking(
                        councilGss,
                        ChallengeType.CORPORATE,
                        null,
                        start,
                        start.plusDays(3),
                        null,
                        manager.id(),
                        null,
                        null));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CurrentUser lead = peerUser(context, "Lead Tester " + tag, "lead-" + tag + "@test.local", PeerKind.MEMBER);
        CurrentUser officer =
                peerUser(context, "Officer Tester " + tag, "officer-" + tag + "@test.local", PeerKind.OFFICER);
        PeerPool pool = context.getBean(PeerPool.class);
        List<Long> members = new ArrayList<>();
        List<Long> sessions = new ArrayList<>();
        while (challenges.get(manager, id).state() != ChallengeState.ON_SITE) {
            Challenge c = challenges.get(manager, id);
            ChallengeState next = c.state().successors(c.type()).getFirst();
            if (next == ChallengeState.ON_SITE) {
                long m1 = teams.propose(
                        manager, id, pool.byEmail(lead.email()).orElseThrow().id(), TeamRole.LEAD_MEMBER_PEER);
                long m2 = teams.propose(
                        manager, id, pool.byEmail(officer.email()).orElseThrow().id(), TeamRole.OFFICER_PEER);
                teams.recordEmailedAnswer(manager, id, m1, true, null);
                teams.recordEmailedAnswer(manager, id, m2, true, null);
                members.add(m1);
                members.add(m2);
                for (long more : morePeers) {
                    long m = teams.propose(manager, id, more, TeamRole.OFFICER_PEER);
                    teams.recordEmailedAnswer(manager, id, m, true, null);
                }
                sessions.add(session(
                        programme,
                        manager,
                        id,
                        SessionKind.INTERVIEW,
                        "Interview with the Leader",
                        start,
                        9,
                        StakeholderGroup.COUNCILLORS,
                        List.of(m1)));
                sessions.add(session(
                        programme,
                        manager,
                        id,
                        SessionKind.FOCUS_GROUP,
                        "Staff focus group",
                        start,
                        11,
                        StakeholderGroup.STAFF,
                        List.of(m2)));
                sessions.add(session(
                        programme,
                        manager,
                        id,
                        SessionKind.WORKSHOP,
                        "Partners workshop",
                        start,
                        14,
                        StakeholderGroup.PARTNERS,
                        List.of(m1, m2)));
            }
            challenges.transition(manager, id, next, null, null, null);
            if (next == ChallengeState.SCOPING) {
                challenges.addFocusArea(manager, id, "Housing delivery", List.of("Are we on track?"));
                challenges.agreeScope(manager, id);
            }
        }
        return new OnSiteChallenge(id, lead, officer, List.copyOf(members), List.copyOf(sessions));
    }

    private static long session(
            OnSiteProgramme programme,
            CurrentUser manager,
            long id,
            SessionKind kind,
            String title,
            LocalDate day,
            int hour,
            StakeholderGroup group,
            List<Long> members) {
        return programme.add(
                manager,
                id,
                new OnSiteProgramme.NewSession(
                        kind, title, day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), null, group, 8, members));
    }

    /**
     * A challenge whose visit ended days ago and whose team has given its feedback: ready for its feedback
     * report (see {@link OnSiteChallenge}; the visit started ten days before today).
     */
    public static OnSiteChallenge feedbackGiven(ApplicationContext context, CurrentUser manager, String councilGss) {
        return feedbackGiven(context, manager, councilGss, List.of());
    }

    /** As {@link #feedbackGiven(ApplicationContext, CurrentUser, String)}, with more peers of the pool on the team. */
    public static OnSiteChallenge feedbackGiven(
            ApplicationContext context, CurrentUser manager, String councilGss, List<Long> morePeers) {
        return feedbackGiven(context, manager, councilGss, morePeers, 10);
    }

    /** As above, the visit having started {@code daysAgo} days ago (at least 4: the visit has ended). */
    public static OnSiteChallenge feedbackGiven(
            ApplicationContext context, CurrentUser manager, String councilGss, List<Long> morePeers, int daysAgo) {
        Challenges challenges = context.getBean(Challenges.class);
        OnSiteChallenge c =
                onSite(context, manager, councilGss, challenges.today().minusDays(daysAgo), morePeers);
        challenges.transition(manager, c.id(), ChallengeState.FEEDBACK_GIVEN, null, null, null);
        return c;
    }

    /**
     * A challenge moved to "report drafting" by hand, as challenges were before the feedback report moved
     * them (the demo programme's drafting challenge is one).
     */
    public static OnSiteChallenge draftingByHand(ApplicationContext context, CurrentUser manager, String councilGss) {
        OnSiteChallenge c = feedbackGiven(context, manager, councilGss);
        context.getBean(Challenges.class).transition(manager, c.id(), ChallengeState.REPORT_DRAFTING, null, null, null);
        return c;
    }

    /** The challenge's state, by name (for tests of other modules). */
    public static String state(ApplicationContext context, CurrentUser user, long challengeId) {
        return context.getBean(Challenges.class).get(user, challengeId).state().name();
    }

    /** The challenge's recorded publication date and address of its report (null while not published). */
    public static java.util.@org.jspecify.annotations.Nullable List<Object> published(
            ApplicationContext context, CurrentUser user, long challengeId) {
        Challenge c = context.getBean(Challenges.class).get(user, challengeId);
        return c.reportPublishedOn() == null ? null : java.util.Arrays.asList(c.reportPublishedOn(), c.reportUrl());
    }

    /** A new sign-in of role PEER and the peer of the same e-mail address in the pool. */
    public static CurrentUser peerUser(ApplicationContext context, String name, String email, PeerKind kind) {
        context.getBean(UserAccounts.class)
                .create(new NewUserAccount(email, name, Role.PEER, null, null, null, "test-password-" + email, false));
        context.getBean(PeerPool.class)
                .create(new PeerDraft(
                        name,
                        kind,
                        "Tester",
                        "Test Council",
                        null,
                        kind == PeerKind.MEMBER ? PoliticalGroup.INDEPENDENT : null,
                        email,
                        true,
                        null,
                        List.of()));
        return ((AuthenticatedUser) context.getBean(UserDetailsService.class).loadUserByUsername(email)).currentUser();
    }
}

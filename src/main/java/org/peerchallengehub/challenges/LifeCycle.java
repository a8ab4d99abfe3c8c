package org.peerchallengehub.challenges;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of the life cycle, free of Spring and the database: which moves are allowed, and what
 * must be true to make each one. Every state says what it needs before the challenge may leave it.
 */
public final class LifeCycle {

    private LifeCycle() {}

    /** What the rules need to know about a challenge besides its own fields. */
    public record Facts(int teamOnTeam, int teamAgreed, int sessions, boolean positionStatement) {}

    /** One condition for a move, and whether it holds. */
    public record Requirement(String description, boolean met) {}

    /** What the move needs the person to supply along with it. */
    public record Supplied(boolean note, boolean date) {}

    /** The conditions for moving {@code challenge} to {@code target}. */
    public static List<Requirement> requirements(
            Challenge challenge, Facts facts, ChallengeState target, Supplied supplied) {
        List<Requirement> r = new ArrayList<>();
        switch (target) {
            case BOOKED -> {
                r.add(new Requirement("The on-site dates are set", challenge.hasVisitDates()));
                r.add(new Requirement(
                        "A peer challenge manager runs the challenge", challenge.managerUserId() != null));
            }
            case PREPARING -> r.add(new Requirement("The council has agreed the scope", challenge.scopeAgreed()));
            case ON_SITE -> {
                r.add(new Requirement("The on-site dates are set", challenge.hasVisitDates()));
                r.add(new Requirement(
                        "The council has agreed the whole team (at least one peer, none awaiting an answer)",
                        facts.teamOnTeam() > 0 && facts.teamAgreed() == facts.teamOnTeam()));
                r.add(new Requirement("The on-site programme has at least one session", facts.sessions() > 0));
            }
            case PUBLISHED -> r.add(new Requirement("Give the date the council published the report", supplied.date()));
            case ACTION_PLAN ->
                r.add(new Requirement("Give the date the council published its action plan", supplied.date()));
            case PROGRESS_REVIEW -> r.add(new Requirement("Give the date of the progress review", supplied.date()));
            case CANCELLED -> r.add(new Requirement("Give a reason for cancelling", supplied.note()));
            default -> {}
        }
        return r;
    }

    /** Refuses an illegal or unprepared move with a message that says what to do. */
    public static void check(Challenge challenge, Facts facts, ChallengeState target, Supplied supplied) {
        List<ChallengeState> allowed = challenge.state().successors(challenge.type());
        if (!allowed.contains(target)) {
            String options = allowed.isEmpty()
                    ? "it cannot move any more"
                    : "it can move to "
                            + allowed.stream().map(ChallengeState::label).collect(Collectors.joining(" or "));
            throw new TransitionRefused("A challenge that is “"
                    + challenge.state().label() + "” cannot move to “" + target.label() + "”: " + options + ".");
        }
        List<String> unmet = requirements(challenge, facts, target, supplied).stream()
                .filter(req -> !req.met())
                .map(Requirement::description)
                .toList();
        if (!unmet.isEmpty()) {
            throw new TransitionRefused("The challenge cannot move to “" + target.label() + "” yet: "
                    + String.join("; ", unmet).toLowerCase() + ".");
        }
    }
}

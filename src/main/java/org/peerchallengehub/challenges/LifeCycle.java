package org.peerchallengehub.challenges;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the life cycle, free of Spring and the database: which moves are allowed, and what
 * must be true to make each one. Each target state says here what it requires of the challenge, what
 * the calendar must allow (the team is not on site before the first visit day, feedback is not given
 * before the last), and what the person must supply with the move (a date that is neither before
 * the event it follows nor in the future, a reason). What a state records is said by
 * {@link ChallengeState#recordsDate()}. A refused move names each unmet requirement in a sentence.
 */
final class LifeCycle {

    private static final DateTimeFormatter GOVUK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LifeCycle() {}

    /**
     * What the rules need to know about a challenge besides its own fields.
     *
     * @param today the day the move is made, from the application's clock
     */
    public record Facts(int teamOnTeam, int teamAgreed, int sessions, boolean positionStatement, LocalDate today) {}

    /**
     * One condition for a move, and whether it holds.
     *
     * @param description the condition as a checklist item ("The first visit day, 3 March 2027, has come")
     * @param refusal the sentence that refuses the move while the condition does not hold
     */
    public record Requirement(String description, boolean met, String refusal) {}

    /** What the person supplied along with the move: a note (a reason) and a date. */
    public record Supplied(boolean note, @Nullable LocalDate date) {

        public static final Supplied NOTHING = new Supplied(false, null);
    }

    /** A date in the GOV.UK style, "3 March 2027". */
    static String format(LocalDate date) {
        return date.format(GOVUK);
    }

    /** The conditions for moving {@code challenge} to {@code target}. */
    public static List<Requirement> requirements(
            Challenge challenge, Facts facts, ChallengeState target, Supplied supplied) {
        List<Requirement> r = new ArrayList<>();
        LocalDate today = facts.today();
        LocalDate start = challenge.onSiteStart();
        LocalDate end = challenge.onSiteEnd();
        switch (target) {
            case BOOKED -> {
                r.add(new Requirement(
                        "The on-site dates are set",
                        challenge.hasVisitDates(),
                        "Set the first and last days on site before booking the challenge."));
                r.add(new Requirement(
                        "A peer challenge manager runs the challenge",
                        challenge.managerUserId() != null,
                        "Choose the peer challenge manager who runs the challenge before booking it."));
            }
            case PREPARING ->
                r.add(new Requirement(
                        "The council has agreed the scope",
                        challenge.scopeAgreed(),
                        "The council has not agreed the scope yet: preparation starts once it has."));
            case ON_SITE -> {
                r.add(new Requirement(
                        "The on-site dates are set",
                        challenge.hasVisitDates(),
                        "Set the first and last days on site before the team goes on site."));
                r.add(new Requirement(
                        "The council has agreed the whole team (at least one peer, none awaiting an answer)",
                        facts.teamOnTeam() > 0 && facts.teamAgreed() == facts.teamOnTeam(),
                        facts.teamOnTeam() == 0
                                ? "The team has no peers yet: propose at least one and have the council agree."
                                : "The council has not agreed the whole team yet: "
                                        + (facts.teamOnTeam() - facts.teamAgreed())
                                        + (facts.teamOnTeam() - facts.teamAgreed() == 1
                                                ? " peer is awaiting an answer."
                                                : " peers are awaiting an answer.")));
                r.add(new Requirement(
                        "The on-site programme has at least one session",
                        facts.sessions() > 0,
                        "The on-site programme has no sessions yet: add at least one."));
                if (start != null) {
                    r.add(new Requirement(
                            "The first visit day, " + format(start) + ", has come",
                            !today.isBefore(start),
                            "The team cannot be on site before the first visit day, " + format(start) + "."));
                }
            }
            case FEEDBACK_GIVEN -> {
                if (end != null) {
                    r.add(new Requirement(
                            "The last visit day, " + format(end) + ", has come",
                            !today.isBefore(end),
                            "Feedback cannot be given before the last visit day, " + format(end) + "."));
                }
            }
            case PUBLISHED ->
                dated(
                        r,
                        supplied,
                        today,
                        "the date the council published the report",
                        end,
                        "the last visit day",
                        "The report cannot have been published before the last visit day");
            case ACTION_PLAN ->
                dated(
                        r,
                        supplied,
                        today,
                        "the date the council published its action plan",
                        challenge.reportPublishedOn(),
                        "the day the report was published",
                        "The action plan cannot have been published before the report, which was published on");
            case PROGRESS_REVIEW ->
                dated(
                        r,
                        supplied,
                        today,
                        "the date of the progress review",
                        challenge.reportPublishedOn(),
                        "the day the report was published",
                        "The progress review cannot have taken place before the report was published on");
            case CANCELLED ->
                r.add(new Requirement(
                        "A reason for cancelling is given", supplied.note(), "Enter the reason for cancelling."));
            default -> {}
        }
        return r;
    }

    /** A date the person supplies: given, not before {@code notBefore}, and not in the future. */
    private static void dated(
            List<Requirement> r,
            Supplied supplied,
            LocalDate today,
            String what,
            @Nullable LocalDate notBefore,
            String notBeforeName,
            String tooEarly) {
        LocalDate date = supplied.date();
        String range = notBefore == null
                ? " (not in the future)"
                : " (on or after " + notBeforeName + ", " + format(notBefore) + ", and not in the future)";
        r.add(new Requirement(capitalise(what) + " is given" + range, date != null, "Enter " + what + "."));
        if (date == null) {
            return;
        }
        if (notBefore != null) {
            r.add(new Requirement(
                    capitalise(what) + " is on or after " + format(notBefore),
                    !date.isBefore(notBefore),
                    tooEarly + (tooEarly.endsWith(" on") ? " " : ", ") + format(notBefore) + "."));
        }
        r.add(new Requirement(
                capitalise(what) + " is not in the future",
                !date.isAfter(today),
                capitalise(what) + " cannot be in the future: it was given as " + format(date) + ", and today is "
                        + format(today) + "."));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Refuses an illegal or unprepared move with a message, in sentences, that says what to do. */
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
                .map(Requirement::refusal)
                .toList();
        if (!unmet.isEmpty()) {
            throw new TransitionRefused(String.join(" ", unmet));
        }
    }
}

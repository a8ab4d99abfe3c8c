package org.peerchallengehub.challenges;

import java.util.List;

/**
 * The scale of the visit as reports quote it, computed from the on-site programme, never typed:
 *
 * <ul>
 *   <li>{@code peopleSpokenTo}: the people met, summed over sessions;
 *   <li>{@code meetings}: sessions other than document reviews;
 *   <li>{@code hours}: each session's length times the number of team members attending, summed
 *       (document reviews included: it is team time);
 *   <li>{@code equivalentWeeks}: {@code hours / 37}, a 37-hour working week, rounded down — "the
 *       equivalent of one person spending more than N weeks in the council".
 * </ul>
 */
record ActivityFigures(int peopleSpokenTo, int meetings, double hours, int equivalentWeeks) {

    static final double WORKING_WEEK_HOURS = 37.0;

    static ActivityFigures of(List<ProgrammeSession> sessions) {
        int people = 0;
        int meetings = 0;
        double hours = 0;
        for (ProgrammeSession s : sessions) {
            people += s.peopleMet();
            if (s.kind().meeting()) {
                meetings++;
            }
            hours += s.duration().toMinutes() / 60.0 * s.memberIds().size();
        }
        return new ActivityFigures(people, meetings, hours, (int) Math.floor(hours / WORKING_WEEK_HOURS));
    }

    /** The sentence the report uses. */
    public String sentence() {
        long wholeHours = Math.round(hours);
        return "The team spoke to " + peopleSpokenTo + (peopleSpokenTo == 1 ? " person" : " people") + " in "
                + meetings + (meetings == 1 ? " meeting" : " meetings") + " and spent " + wholeHours
                + (wholeHours == 1 ? " hour" : " hours") + " on site – the equivalent of one person spending "
                + (equivalentWeeks == 0
                        ? "less than a week"
                        : "more than " + equivalentWeeks + (equivalentWeeks == 1 ? " week" : " weeks"))
                + " in the council.";
    }
}

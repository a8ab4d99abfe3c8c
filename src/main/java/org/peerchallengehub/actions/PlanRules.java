package org.peerchallengehub.actions;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The action plan's rules, free of Spring: each returns the refusal as a sentence for the person, or
 * empty when the change is allowed.
 */
final class PlanRules {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_POST = 200;
    static final int MAX_TEXT = 4000;
    /** No action is planned more than this many years after the report. */
    static final int MAX_YEARS_AHEAD = 10;

    private static final Pattern TITLE =
            Pattern.compile("(?i)^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|cllr|councillor)\\.?\\s+\\S");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    /** Words that name a post or a body rather than a person. */
    private static final Pattern POST_WORD = Pattern.compile(
            "(?i)\\b(director|head|chief|manager|officer|leader|member|cabinet|lead|executive|team|board|committee"
                    + "|portfolio|service|services|assistant|deputy|strategic|corporate|council|partnership|panel"
                    + "|group|adviser|advisor|coordinator|co-ordinator|controller|treasurer|secretary|monitoring"
                    + "|section|scrutiny|chair|mayor|principal|commissioner|programme|project|hr|ict|finance)\\b");

    private static final Pattern TWO_OR_THREE_NAMES =
            Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}'’-]+){1,2}$");

    private PlanRules() {}

    /** A response and its reason: a reason is needed unless the recommendation is accepted. */
    static Optional<String> response(@Nullable Response response, @Nullable String reason) {
        if (response == null) {
            return Optional.of("Choose the council’s response: accepted, partly accepted or not accepted.");
        }
        String r = reason == null ? "" : reason.strip();
        if (response.needsReason() && r.isEmpty()) {
            return Optional.of(
                    "Say why the recommendation is " + response.label().toLowerCase(Locale.ROOT) + ".");
        }
        if (r.length() > MAX_TEXT) {
            return Optional.of("The reason must be " + MAX_TEXT + " characters or fewer.");
        }
        return Optional.empty();
    }

    /** An action's fields; {@code reportFinalOn} is the day the report was final. */
    static List<String> action(
            @Nullable String description,
            @Nullable String ownerPost,
            @Nullable LocalDate dueOn,
            LocalDate reportFinalOn) {
        List<String> errors = new ArrayList<>();
        String d = description == null ? "" : description.strip();
        if (d.isEmpty()) {
            errors.add("Describe the action.");
        } else if (d.length() > MAX_DESCRIPTION) {
            errors.add("The description must be " + MAX_DESCRIPTION + " characters or fewer.");
        }
        ownerPost(ownerPost).ifPresent(errors::add);
        dueOn(dueOn, reportFinalOn).ifPresent(errors::add);
        return errors;
    }

    /** The owner is a post ("Director of Finance"), never a person's name or address. */
    static Optional<String> ownerPost(@Nullable String ownerPost) {
        String o = ownerPost == null ? "" : ownerPost.strip();
        if (o.isEmpty()) {
            return Optional.of("Enter the post that owns the action, for example “Director of Finance”.");
        }
        if (o.length() > MAX_POST) {
            return Optional.of("The owner must be " + MAX_POST + " characters or fewer.");
        }
        if (EMAIL.matcher(o).find()
                || TITLE.matcher(o).find()
                || (TWO_OR_THREE_NAMES.matcher(o).matches()
                        && !POST_WORD.matcher(o).find())) {
            return Optional.of(
                    "Enter a post, not a person’s name, for example “Head of Housing” (the plan is published).");
        }
        return Optional.empty();
    }

    static Optional<String> dueOn(@Nullable LocalDate dueOn, LocalDate reportFinalOn) {
        if (dueOn == null) {
            return Optional.of("Enter the date the action is due.");
        }
        if (dueOn.isBefore(reportFinalOn)) {
            return Optional.of(
                    "The due date must be on or after " + Dates.format(reportFinalOn) + ", when the report was final.");
        }
        if (dueOn.isAfter(reportFinalOn.plusYears(MAX_YEARS_AHEAD))) {
            return Optional.of("The due date must be within " + MAX_YEARS_AHEAD + " years of the report.");
        }
        return Optional.empty();
    }

    /** A status move, and the progress note a reopening needs. */
    static Optional<String> move(ActionStatus from, ActionStatus to, @Nullable String note) {
        if (from == to) {
            return Optional.empty();
        }
        if (!from.successors().contains(to)) {
            return Optional.of("An action that is “" + from.label() + "” cannot become “" + to.label() + "”"
                    + (to == ActionStatus.EMBEDDED ? ": it must be completed first." : "."));
        }
        if (from.done() && !to.done() && (note == null || note.isBlank())) {
            return Optional.of("Add a progress note saying why the action is reopened.");
        }
        return Optional.empty();
    }

    /** A dated progress note: not in the future, not before the report. */
    static List<String> progress(
            @Nullable LocalDate notedOn, @Nullable String text, LocalDate reportFinalOn, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (notedOn == null) {
            errors.add("Enter the date of the progress note.");
        } else if (notedOn.isAfter(today)) {
            errors.add("The date of a progress note cannot be in the future.");
        } else if (notedOn.isBefore(reportFinalOn)) {
            errors.add("The date of a progress note must be on or after " + Dates.format(reportFinalOn) + ".");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            errors.add("Enter the progress.");
        } else if (t.length() > MAX_TEXT) {
            errors.add("The progress note must be " + MAX_TEXT + " characters or fewer.");
        }
        return errors;
    }

    /** An evidence link: an http or https address with a host, and a label. */
    static List<String> evidence(@Nullable String url, @Nullable String label) {
        List<String> errors = new ArrayList<>();
        String u = url == null ? "" : url.strip();
        boolean ok = false;
        if (u.length() <= 2000 && u.matches("(?i)^https?://\\S+$")) {
            try {
                URI uri = new URI(u);
                ok = uri.getHost() != null;
            } catch (Exception e) {
                ok = false;
            }
        }
        if (!ok) {
            errors.add("Enter the evidence’s web address, starting https:// or http://.");
        }
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            errors.add("Enter what the evidence is.");
        } else if (l.length() > 300) {
            errors.add("The evidence’s label must be 300 characters or fewer.");
        }
        return errors;
    }

    /** What stops a plan from being submitted for publication; empty when it is ready. */
    static List<String> readyToPublish(List<PlanView.Entry> entries) {
        List<String> problems = new ArrayList<>();
        for (PlanView.Entry e : entries) {
            if (e.response() == null) {
                problems.add("Respond to recommendation " + e.number() + ".");
            } else if (e.response().takesActions() && e.actions().isEmpty()) {
                problems.add("Add at least one action to recommendation " + e.number() + " ("
                        + e.response().label().toLowerCase(Locale.ROOT) + ").");
            }
        }
        return problems;
    }

    /** Days format for sentences. */
    static final class Dates {
        private static final java.time.format.DateTimeFormatter FORMAT =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        private Dates() {}

        static String format(LocalDate d) {
            return FORMAT.format(d);
        }
    }
}

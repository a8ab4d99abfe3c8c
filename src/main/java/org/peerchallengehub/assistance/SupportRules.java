package org.peerchallengehub.assistance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.shared.web.FormError;

/**
 * The rules of the support record, as plain decisions over values: how an offer may move through its
 * states ({@link SupportState}), which dates are possible, how long texts may be, and that the people
 * a council sent to a conversation are written as posts, not names. Every refusal says why, for the
 * field at fault.
 */
final class SupportRules {

    static final int POSTS_MAX = 300;
    static final int SUMMARY_MAX = 5000;
    static final int NEXT_STEP_MAX = 2000;
    static final int DETAILS_MAX = 2000;
    static final int OTHER_KIND_MAX = 200;
    static final int OUTCOME_MAX = 5000;
    /** Support records start with the programme; an earlier date is a typing slip. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A title followed by a capitalised word: "Cllr Smith", "Mrs J Jones", "Dr. Patel". */
    private static final Pattern PERSONAL_NAME =
            Pattern.compile("\\b(?i:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir|dame|lord|lady)\\.?\\s+[A-Z]");

    private SupportRules() {}

    /**
     * The offer moved to {@code to} on {@code on}, or a refusal: only the moves {@link SupportState#canMoveTo}
     * allows, on a date neither in the future nor before the offer's latest step; completing needs an outcome.
     */
    static Offer move(
            Offer offer, @Nullable SupportState to, @Nullable LocalDate on, @Nullable String outcome, LocalDate today) {
        List<FormError> errors = new ArrayList<>();
        if (to == null) {
            errors.add(new FormError("to", "Select what has happened to the " + lower(offer.what())));
        } else if (!offer.state().canMoveTo(to)) {
            errors.add(new FormError("to", illegalMove(offer, to)));
        }
        if (on != null) {
            date(errors, "on", on, today, "The date");
            if (!on.isBefore(EARLIEST) && on.isBefore(offer.lastStepOn())) {
                errors.add(new FormError(
                        "on",
                        "The date must be on or after " + DAY.format(offer.lastStepOn()) + ", when the "
                                + lower(offer.what()) + " was "
                                + lower(offer.state().label())));
            }
        }
        String text = clean(outcome);
        if (to == SupportState.COMPLETED && text == null) {
            errors.add(new FormError("outcome", "Describe the outcome of the " + lower(offer.what())));
        }
        length(errors, "outcome", text, OUTCOME_MAX, "The outcome");
        if (!errors.isEmpty() || to == null || on == null) {
            if (errors.isEmpty()) {
                errors.add(new FormError("on", "Enter the date it happened"));
            }
            throw new SupportRefused(errors);
        }
        return offer.movedTo(to, on, text);
    }

    private static String illegalMove(Offer offer, SupportState to) {
        String what = "The " + lower(offer.what());
        if (offer.state().isFinal()) {
            return what + " is " + lower(offer.state().label()) + ": it cannot be moved back to " + lower(to.label())
                    + ". Record a new offer instead";
        }
        String allowed =
                offer.state().next().stream().map(s -> lower(s.label())).collect(Collectors.joining(" or "));
        return what + " is " + lower(offer.state().label()) + ": it can only become " + allowed + ", not "
                + lower(to.label());
    }

    /** Problems with a date something happened on: not in the future, not before {@link #EARLIEST}. */
    static void date(List<FormError> errors, String field, LocalDate date, LocalDate today, String what) {
        if (date.isAfter(today)) {
            errors.add(new FormError(field, what + " must be today or in the past"));
        } else if (date.isBefore(EARLIEST)) {
            errors.add(new FormError(field, what + " must be on or after 1 January 2000"));
        }
    }

    /** A required text's problems; returns it stripped, or null when it is blank (and an error was added). */
    static @Nullable String required(
            List<FormError> errors, String field, @Nullable String value, int max, String missing, String what) {
        String text = clean(value);
        if (text == null) {
            errors.add(new FormError(field, missing));
            return null;
        }
        length(errors, field, text, max, what);
        return text;
    }

    static void length(List<FormError> errors, String field, @Nullable String text, int max, String what) {
        if (text != null && text.length() > max) {
            errors.add(new FormError(
                    field, what + " must be " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
        }
    }

    /** The council's people at a conversation must be posts: a title and a name ("Cllr Smith") is refused. */
    static void posts(List<FormError> errors, @Nullable String posts) {
        if (posts != null && PERSONAL_NAME.matcher(posts).find()) {
            errors.add(new FormError(
                    "posts", "Write who took part by their post, like \"Leader; chief executive\", not by their name"));
        }
    }

    /** The text stripped, or null when blank. */
    static @Nullable String clean(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

package org.peerchallengehub.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date as typed into the GOV.UK date input (day, month and year fields), checked the way the
 * Design System's error messages describe.
 */
public record DateFields(@Nullable String day, @Nullable String month, @Nullable String year) {

    public static DateFields of(@Nullable LocalDate date) {
        return date == null
                ? new DateFields(null, null, null)
                : new DateFields(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    /**
     * The fields of a date written in one piece, as older links and bookmarks have it: {@code 2021-03-31}
     * (year first) or {@code 31/03/2021} (day first), with {@code -}, {@code /}, {@code .} or spaces between.
     * Text that is not three parts is kept whole as the day, so the form shows it back with its message.
     */
    public static DateFields fromText(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return new DateFields(null, null, null);
        }
        String[] parts = t.split("[-/.\\s]+");
        if (parts.length != 3) {
            return new DateFields(t, null, null);
        }
        return parts[0].length() == 4
                ? new DateFields(parts[2], parts[1], parts[0])
                : new DateFields(parts[0], parts[1], parts[2]);
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /**
     * The date, or a {@link FormError} for {@code field} explaining what is wrong.
     *
     * @param what how the message names the date, e.g. "the first day of the visit"
     */
    public LocalDate parse(String field, String what) {
        if (blank()) {
            throw new InvalidDate(new FormError(field, "Enter " + what));
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            java.util.List<String> absent = new java.util.ArrayList<>();
            if (isBlank(day)) {
                absent.add("a day");
            }
            if (isBlank(month)) {
                absent.add(absent.isEmpty() ? "a month" : "month");
            }
            if (isBlank(year)) {
                absent.add(absent.isEmpty() ? "a year" : "year");
            }
            String missing = String.join(" and ", absent);
            throw new InvalidDate(new FormError(field, capitalised(what) + " must include " + missing));
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                throw new InvalidDate(new FormError(field, capitalised(what) + " must have a real year, like 2026"));
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidDate(new FormError(field, capitalised(what) + " must be a real date"));
        }
    }

    /** The date when all three fields are blank is allowed to be absent. */
    public @Nullable LocalDate parseOptional(String field, String what) {
        return blank() ? null : parse(field, what);
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A date that could not be read; carries the message for the form. */
    public static class InvalidDate extends RuntimeException {
        private final FormError error;

        public InvalidDate(FormError error) {
            super(error.message());
            this.error = error;
        }

        public FormError error() {
            return error;
        }
    }
}

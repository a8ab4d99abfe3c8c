package org.peerchallengehub.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Someone else saved the finding after this edit began: the edit is not saved, and nothing is lost.
 * Carries the finding as it now is and the text the editor sent, so both can be shown.
 */
class FindingChangedMeanwhile extends RuntimeException {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Finding current;
    private final String yourText;

    FindingChangedMeanwhile(Finding current, String yourText) {
        super(current.updatedByName() + " changed this finding at " + TIME.format(current.updatedAt())
                + " while you were editing; your text is kept below");
        this.current = current;
        this.yourText = yourText;
    }

    Finding current() {
        return current;
    }

    String yourText() {
        return yourText;
    }
}

package org.peerchallengehub.assistance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A written summary of the support to a council, which the programme team may share with the council. */
record Summary(
        long id,
        String councilGss,
        String text,
        String writtenByName,
        Instant writtenAt,
        @Nullable Instant sharedAt,
        @Nullable String sharedByName,
        @Nullable Instant withdrawnAt) {

    public java.time.LocalDate writtenOn() {
        return writtenAt.atZone(Assignment.LONDON).toLocalDate();
    }

    public java.time.@Nullable LocalDate sharedOn() {
        return sharedAt == null ? null : sharedAt.atZone(Assignment.LONDON).toLocalDate();
    }

    public boolean sharedNow() {
        return sharedAt != null && withdrawnAt == null;
    }

    public String status() {
        if (withdrawnAt != null) {
            return "No longer shared";
        }
        return sharedAt != null ? "Shared with the council" : "Draft, not shared";
    }
}

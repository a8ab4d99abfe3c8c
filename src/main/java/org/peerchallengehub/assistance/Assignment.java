package org.peerchallengehub.assistance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A principal adviser assigned to a council, from when until when (null while current). */
record Assignment(
        long id,
        String councilGss,
        long adviserUserId,
        String adviserName,
        Instant assignedAt,
        @Nullable String assignedByName,
        @Nullable Instant endedAt) {

    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    public java.time.LocalDate assignedOn() {
        return assignedAt.atZone(LONDON).toLocalDate();
    }

    public java.time.@Nullable LocalDate endedOn() {
        return endedAt == null ? null : endedAt.atZone(LONDON).toLocalDate();
    }

    public boolean current() {
        return endedAt == null;
    }
}

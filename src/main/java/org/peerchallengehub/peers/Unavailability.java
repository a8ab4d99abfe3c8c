package org.peerchallengehub.peers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Days (inclusive) a peer cannot serve. */
public record Unavailability(long id, LocalDate from, LocalDate to, @Nullable String reason) {

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && !to.isBefore(start);
    }
}

package org.peerchallengehub.peers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Accreditation or training a peer holds, from a date, possibly expiring. */
public record Accreditation(
        long id, AccreditationKind kind, String title, LocalDate achievedOn, @Nullable LocalDate expiresOn) {

    public boolean validOn(LocalDate date) {
        return !achievedOn.isAfter(date) && (expiresOn == null || expiresOn.isAfter(date));
    }
}

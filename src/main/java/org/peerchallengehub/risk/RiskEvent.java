package org.peerchallengehub.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event at a council. It counts from {@code knownOn}, the day it became public or known to the
 * programme, never from the day it happened.
 *
 * @param id null before it is saved
 */
record RiskEvent(
        @Nullable Long id,
        String gss,
        EventKind kind,
        LocalDate eventDate,
        LocalDate knownOn,
        String source,
        @Nullable String note,
        String recordedBy) {}

package org.peerchallengehub.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of support offered to a council, as the support record holds it now.
 *
 * @param description what the support is: the kind's label, or what was written for "other"
 * @param lastStepOn the date of its latest step (offered, agreed, declined, started or completed)
 * @param outcome the outcome written when it was declined or completed, or null
 */
public record SupportEntry(
        long id,
        SupportKind kind,
        String description,
        SupportState state,
        LocalDate offeredOn,
        LocalDate lastStepOn,
        @Nullable String outcome) {}

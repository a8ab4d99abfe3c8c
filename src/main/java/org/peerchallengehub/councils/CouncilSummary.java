package org.peerchallengehub.councils;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A council as a row of a list. */
public record CouncilSummary(
        String gss,
        String officialName,
        String shortName,
        CouncilType type,
        Region region,
        @Nullable Integer population,
        @Nullable LocalDate endDate) {

    public boolean abolishedOn(LocalDate date) {
        return endDate != null && !endDate.isAfter(date);
    }
}

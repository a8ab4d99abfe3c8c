package org.peerchallengehub.councils;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An English principal council as the register knows it.
 *
 * @param gss the ONS GSS code, e.g. {@code E06000034}; the identity other modules use
 * @param registryCode mySociety's three-letter code, stable across boundary changes
 * @param population mid-2020 estimate where the register gives one (current councils only)
 * @param startDate when the register records the council as starting (often the register's own date)
 * @param endDate when it was abolished, or null while it exists
 * @param predecessors councils abolished into this one
 * @param successors councils that took over this one's area
 * @param formerCodes GSS codes this council used before a boundary change
 */
public record Council(
        String gss,
        String registryCode,
        String officialName,
        String shortName,
        CouncilType type,
        Region region,
        @Nullable Integer population,
        @Nullable Integer populationYear,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String financeEcode,
        List<CouncilRef> predecessors,
        List<CouncilRef> successors,
        List<String> formerCodes) {

    public boolean abolishedOn(LocalDate date) {
        return endDate != null && !endDate.isAfter(date);
    }

    public CouncilRef ref() {
        return new CouncilRef(gss, officialName);
    }
}

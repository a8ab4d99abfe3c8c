package org.peerchallengehub.councils;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation as the programme team enters it (a form or CSV rows): its name, vesting day, shadow
 * period and source, and each new council with the councils it replaces (GSS codes or names, as typed).
 */
record ReorganisationDraft(
        String name,
        @Nullable LocalDate vestingDay,
        @Nullable LocalDate shadowFrom,
        @Nullable String source,
        List<NewCouncil> councils) {

    ReorganisationDraft {
        councils = List.copyOf(councils);
    }

    /**
     * @param line where it came from (a CSV line, or 0 for the form), to name in messages
     */
    record NewCouncil(
            long line,
            String gss,
            String officialName,
            @Nullable String shortName,
            @Nullable Region region,
            List<String> replaces) {
        NewCouncil {
            replaces = List.copyOf(replaces);
        }
    }
}

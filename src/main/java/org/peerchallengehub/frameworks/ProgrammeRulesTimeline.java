package org.peerchallengehub.frameworks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Picks the rules version in force on a date. */
final class ProgrammeRulesTimeline {

    private ProgrammeRulesTimeline() {}

    static ProgrammeRules inForceOn(List<ProgrammeRules> rules, LocalDate date) {
        if (rules.isEmpty()) {
            throw new IllegalStateException("No programme rules are configured");
        }
        List<ProgrammeRules> ordered = rules.stream()
                .sorted(Comparator.comparing(ProgrammeRules::inForceFrom))
                .toList();
        ProgrammeRules found = ordered.getFirst();
        for (ProgrammeRules r : ordered) {
            if (!r.inForceFrom().isAfter(date)) {
                found = r;
            }
        }
        return found;
    }
}

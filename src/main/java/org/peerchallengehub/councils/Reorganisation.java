package org.peerchallengehub.councils;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation of local government recorded ahead of time (issue 13, item 11): new councils that
 * replace existing ones on a vesting day, with the shadow period before it.
 */
record Reorganisation(
        long id,
        String name,
        LocalDate vestingDay,
        @Nullable LocalDate shadowFrom,
        @Nullable String source,
        String recordedBy,
        Instant recordedAt,
        List<Transfer> transfers) {

    Reorganisation {
        transfers = List.copyOf(transfers);
    }

    /** A new council and one of the councils it replaces. */
    record Transfer(CouncilRef successor, CouncilRef predecessor) {}

    /** The new councils, in order of name. */
    public List<CouncilRef> newCouncils() {
        return transfers.stream()
                .map(Transfer::successor)
                .distinct()
                .sorted(java.util.Comparator.comparing(CouncilRef::name))
                .toList();
    }

    /** The councils a new council replaces. */
    public List<CouncilRef> replacedBy(String successorGss) {
        return transfers.stream()
                .filter(t -> t.successor().gss().equals(successorGss))
                .map(Transfer::predecessor)
                .toList();
    }

    /** The new councils that replace a council. */
    public List<CouncilRef> replacing(String predecessorGss) {
        return transfers.stream()
                .filter(t -> t.predecessor().gss().equals(predecessorGss))
                .map(Transfer::successor)
                .toList();
    }

    public boolean vested(LocalDate today) {
        return !vestingDay.isAfter(today);
    }

    public boolean inShadowPeriod(LocalDate today) {
        return shadowFrom != null && !shadowFrom.isAfter(today) && today.isBefore(vestingDay);
    }
}

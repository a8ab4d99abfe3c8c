package org.peerchallengehub.assistance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Support offered to a council, with the date of each step it has taken. */
record Offer(
        long id,
        String councilGss,
        SupportKind kind,
        @Nullable String otherKind,
        @Nullable String details,
        SupportState state,
        LocalDate offeredOn,
        @Nullable LocalDate agreedOn,
        @Nullable LocalDate declinedOn,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate completedOn,
        @Nullable String outcome,
        String recordedByName) {

    /** What the support is, in words: the kind, or for "other" what was written. */
    public String what() {
        return kind == SupportKind.OTHER && otherKind != null ? otherKind : kind.label();
    }

    /** The date of the latest step taken: when it was offered, agreed, declined, started or completed. */
    public LocalDate lastStepOn() {
        return switch (state) {
            case OFFERED -> offeredOn;
            case AGREED -> agreedOn == null ? offeredOn : agreedOn;
            case DECLINED -> declinedOn == null ? offeredOn : declinedOn;
            case UNDER_WAY -> startedOn == null ? offeredOn : startedOn;
            case COMPLETED -> completedOn == null ? offeredOn : completedOn;
        };
    }

    /** The date the offer reached {@code s}, or null when it has not. */
    public @Nullable LocalDate dateOf(SupportState s) {
        return switch (s) {
            case OFFERED -> offeredOn;
            case AGREED -> agreedOn;
            case DECLINED -> declinedOn;
            case UNDER_WAY -> startedOn;
            case COMPLETED -> completedOn;
        };
    }

    Offer movedTo(SupportState to, LocalDate on, @Nullable String newOutcome) {
        return new Offer(
                id,
                councilGss,
                kind,
                otherKind,
                details,
                to,
                offeredOn,
                to == SupportState.AGREED ? on : agreedOn,
                to == SupportState.DECLINED ? on : declinedOn,
                to == SupportState.UNDER_WAY ? on : startedOn,
                to == SupportState.COMPLETED ? on : completedOn,
                newOutcome == null ? outcome : newOutcome,
                recordedByName);
    }
}

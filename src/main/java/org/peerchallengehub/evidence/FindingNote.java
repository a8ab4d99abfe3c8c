package org.peerchallengehub.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A note of the challenge as findings see it: what it says and where it came from, never a person
 * met (a note has no field for one), with the components and focus areas it bears on.
 */
record FindingNote(
        long id,
        NoteKind kind,
        NoteSource source,
        @Nullable Long sessionId,
        @Nullable Long documentId,
        @Nullable Integer documentPage,
        @Nullable String metricId,
        String text,
        long authorUserId,
        OffsetDateTime createdAt,
        List<String> componentIds,
        List<Long> focusAreaIds) {

    boolean bearsOn(FindingPlace place) {
        return place.componentId() != null
                ? componentIds.contains(place.componentId())
                : focusAreaIds.contains(place.focusAreaId());
    }
}

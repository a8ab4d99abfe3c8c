package org.peerchallengehub.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.frameworks.FindingKind;

/**
 * A live finding of a challenge: a statement under one of its framework's components or one of its
 * focus areas, linked to the notes that support it. {@code keyPosition} places a recommendation in
 * the ordered list of key recommendations; {@code version} guards against two people editing at once.
 */
record Finding(
        long id,
        long challengeId,
        @Nullable String componentId,
        @Nullable Long focusAreaId,
        FindingKind kind,
        String text,
        @Nullable Long themeId,
        @Nullable Integer keyPosition,
        boolean agreed,
        @Nullable String agreedByName,
        @Nullable OffsetDateTime agreedAt,
        String createdByName,
        OffsetDateTime createdAt,
        String updatedByName,
        OffsetDateTime updatedAt,
        int version,
        List<Long> noteIds) {

    /** The place as one value: {@code component:<id>} or {@code focus:<id>}. */
    String place() {
        return FindingPlace.of(componentId, focusAreaId).value();
    }

    Finding withNotes(List<Long> notes) {
        return new Finding(
                id,
                challengeId,
                componentId,
                focusAreaId,
                kind,
                text,
                themeId,
                keyPosition,
                agreed,
                agreedByName,
                agreedAt,
                createdByName,
                createdAt,
                updatedByName,
                updatedAt,
                version,
                List.copyOf(notes));
    }

    /** The first words of the text, for sentences that name the finding. */
    public String shortText() {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57).strip() + "…";
    }
}

package org.peerchallengehub.evidence;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note as a peer entered it, before it is checked: every field may be missing or wrong, and {@link
 * Notes} says what is. {@code clientKey} makes a resent note a no-op; {@code saveAnyway} is the peer's
 * answer to the warning about what looks like a person's name or an e-mail address.
 */
record NoteDraft(
        @Nullable UUID clientKey,
        @Nullable NoteSource source,
        @Nullable Long sessionId,
        @Nullable Long documentId,
        @Nullable Integer documentPage,
        @Nullable String metricId,
        @Nullable NoteKind kind,
        @Nullable String text,
        List<String> components,
        List<Long> focusAreas,
        @Nullable String suggestedComponent,
        boolean saveAnyway) {

    NoteDraft {
        components = components == null ? List.of() : List.copyOf(components);
        focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
    }
}

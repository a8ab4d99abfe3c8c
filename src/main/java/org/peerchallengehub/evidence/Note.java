package org.peerchallengehub.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note of evidence as stored: where it came from (a session, a document page or a metric), what it
 * says, its kind, and what it bears on (components of the challenge's framework and focus areas).
 * There is no field for the person met (decision 0060).
 */
record Note(
        long id,
        long challengeId,
        UUID clientKey,
        NoteSource source,
        @Nullable Long sessionId,
        @Nullable Long documentId,
        @Nullable Integer documentPage,
        @Nullable String metricId,
        NoteKind kind,
        String text,
        List<String> components,
        List<Long> focusAreas,
        @Nullable String suggestedComponent,
        long authorUserId,
        String authorName,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

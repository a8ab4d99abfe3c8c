package org.peerchallengehub.challenges;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A document attached to a challenge, without its bytes. */
record DocumentInfo(
        long id,
        DocumentKind kind,
        String filename,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable String uploadedName,
        Instant uploadedAt) {}

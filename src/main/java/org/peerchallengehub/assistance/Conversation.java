package org.peerchallengehub.assistance;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A conversation with a council: when, who from the council by post, what was said, what happens next. */
record Conversation(
        long id,
        String councilGss,
        LocalDate heldOn,
        String councilPosts,
        String summary,
        @Nullable String nextStep,
        String recordedByName,
        Instant recordedAt) {}

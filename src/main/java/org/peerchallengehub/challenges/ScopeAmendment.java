package org.peerchallengehub.challenges;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to the scope after the visit started. */
record ScopeAmendment(long id, Instant at, @Nullable String byName, String description) {}

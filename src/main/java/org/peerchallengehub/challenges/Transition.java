package org.peerchallengehub.challenges;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded move of a challenge from one state to another: who, when, and why. */
record Transition(
        @Nullable ChallengeState from, ChallengeState to, Instant at, @Nullable String byName, @Nullable String note) {}

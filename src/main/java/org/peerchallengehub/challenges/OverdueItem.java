package org.peerchallengehub.challenges;

import java.time.LocalDate;

/** A deadline a challenge has passed. */
record OverdueItem(Challenge challenge, String what, LocalDate due, long daysOverdue) {}

package org.peerchallengehub.councils;

/** Which councils a list shows: those that exist today, those abolished, or both. */
enum CouncilStatus {
    CURRENT,
    ABOLISHED,
    ALL
}

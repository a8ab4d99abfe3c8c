/**
 * Peer challenges from enquiry to close: booking, the life cycle with guarded transitions, scope,
 * documents, team building with conflict checks and ranked proposals, the council's agreement, the
 * on-site programme and its activity figures, deadlines from the programme rules, and the programme
 * dashboard.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Challenges",
        allowedDependencies = {"shared", "councils", "frameworks", "peers"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.challenges;

/**
 * Peer challenges from enquiry to close: booking, the life cycle with guarded transitions, scope,
 * documents, team building with conflict checks and ranked proposals, the council's agreement, the
 * on-site programme and its activity figures, deadlines from the programme rules, and the programme
 * dashboard. A challenge's council data pack is built by the indicators module ({@code DataPacks}) and
 * attached here as a document.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Challenges",
        allowedDependencies = {"shared", "councils", "frameworks", "peers", "indicators"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.challenges;

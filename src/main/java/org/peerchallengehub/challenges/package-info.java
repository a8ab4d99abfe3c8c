/**
 * Peer challenges from enquiry to close: booking, the life cycle with guarded transitions, scope,
 * documents, team building with conflict checks and ranked proposals, the council's agreement, the
 * on-site programme and its activity figures, deadlines from the programme rules, and the programme
 * dashboard. A challenge's council data pack is built by the indicators module ({@code DataPacks}) and
 * attached here as a document. Manager and adviser names come from identity's published view
 * {@code identity_user_name_v}, council and peer names from {@code councils_council_v} and {@code
 * peers_peer_v} (decision 0020).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Challenges",
        allowedDependencies = {"shared", "councils", "frameworks", "identity", "peers", "indicators"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.challenges;

/**
 * The peer pool: member peers (councillors), officer peers and LGA staff, with their expertise,
 * accreditation and training, unavailable dates and declared interests; CSV import and export. A
 * peer's history of challenges comes from the challenges module through {@link
 * org.peerchallengehub.peers.PeerHistory}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Peers",
        allowedDependencies = {"shared", "councils"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.peers;

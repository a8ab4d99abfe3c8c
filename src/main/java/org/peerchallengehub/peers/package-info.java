/**
 * The peer pool: member peers (councillors), officer peers and LGA staff, with their expertise,
 * accreditation and training, unavailable dates and declared interests; CSV import and export. A
 * peer's history of challenges comes from the challenges module through {@link
 * org.peerchallengehub.peers.PeerHistory}. A pool entry may be linked explicitly to the peer's sign-in
 * account (identity's {@code UserAccounts}); the peer then looks after their own unavailable dates,
 * expertise and declared interests.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Peers",
        allowedDependencies = {"shared", "councils", "identity"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.peers;

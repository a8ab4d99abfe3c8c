package org.peerchallengehub.challenges;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.peers.PeerKind;

/** A peer proposed for, or on, a challenge's team. */
record TeamMember(
        long id,
        long challengeId,
        long peerId,
        String peerName,
        PeerKind peerKind,
        @Nullable String peerRoleAndOrganisation,
        TeamRole role,
        MemberStatus status,
        @Nullable String declineReason,
        Instant proposedAt,
        @Nullable Instant decidedAt) {}

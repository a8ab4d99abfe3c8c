package org.peerchallengehub.challenges;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.peers.PeerKind;

/**
 * A peer proposed for, or on, a challenge's team. {@code receivedByEmail}: the council's answer was
 * sent by e-mail and recorded by {@code recordedBy} (the manager), not given by a council user.
 */
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
        @Nullable Instant decidedAt,
        boolean receivedByEmail,
        @Nullable String recordedBy) {

    public TeamMember(
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
            @Nullable Instant decidedAt) {
        this(
                id,
                challengeId,
                peerId,
                peerName,
                peerKind,
                peerRoleAndOrganisation,
                role,
                status,
                declineReason,
                proposedAt,
                decidedAt,
                false,
                null);
    }
}

package org.peerchallengehub.challenges;

import org.peerchallengehub.peers.PeerKind;

/** The roles on a peer team and the kind of peer each needs. */
enum TeamRole {
    LEAD_OFFICER_PEER("Lead officer peer", PeerKind.OFFICER, 1),
    LEAD_MEMBER_PEER("Lead member peer", PeerKind.MEMBER, 1),
    MEMBER_PEER("Member peer", PeerKind.MEMBER, 1),
    OFFICER_PEER("Officer peer", PeerKind.OFFICER, 2),
    PEER_CHALLENGE_MANAGER("Peer challenge manager", PeerKind.LGA_STAFF, 1);

    private final String label;
    private final PeerKind kind;
    private final int usualNumber;

    TeamRole(String label, PeerKind kind, int usualNumber) {
        this.label = label;
        this.kind = kind;
        this.usualNumber = usualNumber;
    }

    public String label() {
        return label;
    }

    /** The kind of peer who fills this role. */
    public PeerKind kind() {
        return kind;
    }

    /** How many of this role a typical corporate peer challenge team has. */
    public int usualNumber() {
        return usualNumber;
    }
}

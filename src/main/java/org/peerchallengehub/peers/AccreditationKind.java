package org.peerchallengehub.peers;

/** Kinds of accreditation and training a peer holds. */
public enum AccreditationKind {
    ACCREDITED_PEER("Accredited peer"),
    LEAD_PEER("Lead peer"),
    MEMBER_PEER_TRAINING("Member peer training"),
    OFFICER_PEER_TRAINING("Officer peer training"),
    FINANCE_PEER("Finance peer"),
    OTHER("Other");

    private final String label;

    AccreditationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

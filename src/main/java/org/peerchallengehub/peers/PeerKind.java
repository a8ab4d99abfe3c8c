package org.peerchallengehub.peers;

/** What sort of peer someone is. */
public enum PeerKind {
    /** An elected councillor (leader, cabinet member, ...). */
    MEMBER("Member peer"),
    /** A council officer (chief executive, director, ...). */
    OFFICER("Officer peer"),
    /** LGA staff, such as peer challenge managers. */
    LGA_STAFF("LGA staff");

    private final String label;

    PeerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

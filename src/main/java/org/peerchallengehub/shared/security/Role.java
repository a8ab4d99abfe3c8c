package org.peerchallengehub.shared.security;

/** What a signed-in person may do. Each account has exactly one role. */
public enum Role {
    /** The LGA programme team: sees and administers the whole programme. */
    PROGRAMME_TEAM("Programme team"),
    /** Runs challenges end to end: scope, team, programme, evidence, report, follow-up. */
    PEER_CHALLENGE_MANAGER("Peer challenge manager"),
    /** The LGA's regional contact for a set of councils; watches risk and offers support. */
    PRINCIPAL_ADVISER("Principal adviser"),
    /** A member or officer peer serving on challenges. */
    PEER("Peer"),
    /** Someone at one council (chief executive's office, leader); bound to that council. */
    COUNCIL("Council user");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_PROGRAMME_TEAM}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** LGA staff roles that work across councils. */
    public boolean isStaff() {
        return this == PROGRAMME_TEAM || this == PEER_CHALLENGE_MANAGER || this == PRINCIPAL_ADVISER;
    }
}

package org.peerchallengehub.challenges;

/** Where a proposed peer stands with the council. */
enum MemberStatus {
    /** Proposed by the programme, awaiting the council's answer. */
    PROPOSED("Awaiting the council"),
    /** Agreed by the council. */
    AGREED("Agreed"),
    /** Declined by the council, with a reason. */
    DECLINED("Declined"),
    /** Taken off the team by the programme. */
    WITHDRAWN("Withdrawn");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean onTeam() {
        return this == PROPOSED || this == AGREED;
    }
}

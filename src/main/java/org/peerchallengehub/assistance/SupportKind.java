package org.peerchallengehub.assistance;

/** The kinds of support the programme offers a council. */
public enum SupportKind {
    /** A corporate or other peer challenge. */
    PEER_CHALLENGE("Peer challenge"),
    /** A finance peer review: peers look at the council's financial planning and management. */
    FINANCE_PEER_REVIEW("Finance peer review"),
    /** A mentor for a leader, chief executive or another senior member or officer. */
    MENTORING("Mentoring"),
    /** Staff from another council or the LGA seconded to the council. */
    SECONDED_STAFF("Seconded staff"),
    /** Improvement funding. */
    FUNDING("Funding"),
    /** A voluntary improvement and assurance board. */
    IMPROVEMENT_BOARD("Improvement board"),
    /** Anything else; its description says what. */
    OTHER("Other support");

    private final String label;

    SupportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

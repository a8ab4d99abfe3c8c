package org.peerchallengehub.challenges;

/** The kinds of peer challenge the programme runs. */
public enum ChallengeType {
    CORPORATE("Corporate peer challenge"),
    FINANCE("Finance peer challenge"),
    GOVERNANCE("Governance peer challenge"),
    /** A follow-up of an earlier challenge, linked to it. */
    PROGRESS_REVIEW("Progress review"),
    OTHER("Other peer challenge");

    private final String label;

    ChallengeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

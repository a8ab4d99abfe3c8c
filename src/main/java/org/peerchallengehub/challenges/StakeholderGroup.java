package org.peerchallengehub.challenges;

/** Who the team met in a session. */
enum StakeholderGroup {
    COUNCILLORS("Councillors"),
    SENIOR_OFFICERS("Senior officers"),
    STAFF("Staff"),
    PARTNERS("Partners"),
    RESIDENTS("Residents"),
    BUSINESSES("Businesses"),
    VOLUNTARY_SECTOR("Voluntary sector");

    private final String label;

    StakeholderGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

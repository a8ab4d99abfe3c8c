package org.peerchallengehub.peers;

/** A member peer's political group, for the political balance of a team. */
public enum PoliticalGroup {
    CONSERVATIVE("Conservative"),
    LABOUR("Labour"),
    LIBERAL_DEMOCRAT("Liberal Democrat"),
    GREEN("Green"),
    INDEPENDENT("Independent"),
    REFORM("Reform UK"),
    OTHER("Other");

    private final String label;

    PoliticalGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

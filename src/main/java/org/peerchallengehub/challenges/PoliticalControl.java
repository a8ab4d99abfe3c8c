package org.peerchallengehub.challenges;

import java.util.Optional;
import org.peerchallengehub.peers.PoliticalGroup;

/** Who controls the council, as recorded when the challenge is booked (for the team's political balance). */
public enum PoliticalControl {
    CONSERVATIVE("Conservative", PoliticalGroup.CONSERVATIVE),
    LABOUR("Labour", PoliticalGroup.LABOUR),
    LIBERAL_DEMOCRAT("Liberal Democrat", PoliticalGroup.LIBERAL_DEMOCRAT),
    GREEN("Green", PoliticalGroup.GREEN),
    INDEPENDENT("Independent", PoliticalGroup.INDEPENDENT),
    REFORM("Reform UK", PoliticalGroup.REFORM),
    OTHER("Other", PoliticalGroup.OTHER),
    NO_OVERALL_CONTROL("No overall control", null);

    private final String label;
    private final PoliticalGroup party;

    PoliticalControl(String label, PoliticalGroup party) {
        this.label = label;
        this.party = party;
    }

    public String label() {
        return label;
    }

    public Optional<PoliticalGroup> party() {
        return Optional.ofNullable(party);
    }
}

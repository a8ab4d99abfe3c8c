package org.peerchallengehub.challenges;

import java.util.List;
import org.peerchallengehub.peers.Peer;

/** A peer proposed by the system for a role, its score and the reasons in words. */
record Proposal(TeamRole role, Peer peer, double score, List<String> reasons) {

    public String why() {
        return String.join("; ", reasons) + ".";
    }
}

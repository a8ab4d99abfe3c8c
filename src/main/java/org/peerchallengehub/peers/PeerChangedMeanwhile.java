package org.peerchallengehub.peers;

/** Someone else saved a change to the peer after this edit started: the edit is refused, not merged. */
class PeerChangedMeanwhile extends RuntimeException {

    public PeerChangedMeanwhile(String name) {
        super("Someone else changed " + name + " while you were editing. Your changes have not been saved: "
                + "check the current details below and make your change again.");
    }
}

package org.peerchallengehub.challenges;

/** Someone else saved the challenge after this edit started; the edit is refused, nothing is lost. */
class ChallengeChangedMeanwhile extends RuntimeException {

    public ChallengeChangedMeanwhile() {
        super("Someone else changed this challenge while you were editing. Your changes have not been saved: "
                + "they are shown below next to the current details — check them and save again.");
    }
}

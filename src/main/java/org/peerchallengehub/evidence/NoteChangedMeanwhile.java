package org.peerchallengehub.evidence;

/** Someone else changed or deleted the note after this edit started; nothing was saved. */
class NoteChangedMeanwhile extends RuntimeException {

    NoteChangedMeanwhile() {
        super("Someone else changed this note while you were editing it. Your change has not been saved:"
                + " it is shown below with the note as it is now; check it and save again.");
    }
}

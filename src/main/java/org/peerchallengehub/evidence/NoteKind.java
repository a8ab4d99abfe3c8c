package org.peerchallengehub.evidence;

/** What a note of evidence says about the council. */
enum NoteKind {
    STRENGTH("Strength"),
    AREA_FOR_IMPROVEMENT("Area for improvement"),
    OBSERVATION("Observation");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.peerchallengehub.evidence;

/** Where a note of evidence came from. */
enum NoteSource {
    /** A session of the on-site programme: brings its stakeholder group and date. */
    SESSION("Session"),
    /** A document of the challenge, with a page. */
    DOCUMENT("Document review"),
    /** A metric of the council's data pack. */
    DATA("Data");

    private final String label;

    NoteSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.peerchallengehub.evidence;

import java.util.List;

/**
 * The note's text has what looks like a person's name or an e-mail address: nothing was saved; the
 * peer rewords it or saves it anyway (decision 0061).
 */
class NoteNamesFound extends RuntimeException {

    private final List<String> found;

    NoteNamesFound(List<String> found) {
        super("The note seems to name a person (" + String.join(", ", found) + "). Notes are never attributed to"
                + " the people met: reword it, or save it anyway if it names nobody.");
        this.found = List.copyOf(found);
    }

    List<String> found() {
        return found;
    }
}

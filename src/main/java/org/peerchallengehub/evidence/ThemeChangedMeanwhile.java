package org.peerchallengehub.evidence;

/** Someone else changed (or removed) a theme after this peer saw it: nothing was changed, and they are told so. */
class ThemeChangedMeanwhile extends EvidenceRefused {

    ThemeChangedMeanwhile(String message) {
        super(message);
    }
}

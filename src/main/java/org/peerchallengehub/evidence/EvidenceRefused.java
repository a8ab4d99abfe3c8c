package org.peerchallengehub.evidence;

/** A change to evidence, themes or findings the rules do not allow, with a sentence saying why. */
class EvidenceRefused extends RuntimeException {

    EvidenceRefused(String message) {
        super(message);
    }
}

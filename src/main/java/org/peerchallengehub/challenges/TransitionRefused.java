package org.peerchallengehub.challenges;

/** A move of the life cycle that is not allowed now, with the reason in words. */
class TransitionRefused extends RuntimeException {

    public TransitionRefused(String message) {
        super(message);
    }
}

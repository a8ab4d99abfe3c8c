package org.peerchallengehub.shared.web;

/** Something the user asked for by its identifier does not exist: a 404 page or problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

package org.peerchallengehub.shared.web;

/** The request itself is malformed (a bad parameter): a 400 with a message the user can act on. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

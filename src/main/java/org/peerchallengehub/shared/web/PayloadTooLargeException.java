package org.peerchallengehub.shared.web;

/** The request body is bigger than this route accepts: 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request is larger than the " + HumanSizes.bytes(limitBytes) + " this service accepts");
    }
}

package org.peerchallengehub.peers;

/** A council the peer must not review, and why. */
public record DeclaredInterest(String councilGss, String councilName, String description) {}

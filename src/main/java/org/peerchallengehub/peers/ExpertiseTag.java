package org.peerchallengehub.peers;

/** An area of expertise, e.g. {@code finance} "Finance". */
public record ExpertiseTag(String id, String label) {}

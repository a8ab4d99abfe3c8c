package org.peerchallengehub.councils;

/** A pointer to a council by its GSS code, with its name for display. */
public record CouncilRef(String gss, String name) {}

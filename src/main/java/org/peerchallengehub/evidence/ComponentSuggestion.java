package org.peerchallengehub.evidence;

/** A component suggested for a text, with its score: a probability in 0..1. */
record ComponentSuggestion(String component, double score) {}

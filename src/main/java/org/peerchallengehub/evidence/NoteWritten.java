package org.peerchallengehub.evidence;

/** A note's text was written (added or changed) in the challenge's evidence. */
record NoteWritten(long challengeId) {}

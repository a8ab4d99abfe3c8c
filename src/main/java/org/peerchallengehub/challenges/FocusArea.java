package org.peerchallengehub.challenges;

import java.util.List;

/** A council's own focus area for the challenge, with its questions. */
record FocusArea(long id, int position, String title, List<String> questions, boolean addedAfterFreeze) {}

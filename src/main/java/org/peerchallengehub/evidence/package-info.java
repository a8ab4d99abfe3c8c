/**
 * On-site evidence and its synthesis (issue 16): the notes peers record against the framework from
 * sessions, documents and data; component suggestions from sentence embeddings; the synthesis board
 * whose themes group the notes by meaning; live findings traced to their notes with their
 * corroboration; key recommendations; review and sign-off; the feedback presentation; and the export
 * of the coded evidence as REFI-QDA. Everything is confidential to the challenge's team and its
 * manager, as told by {@code ChallengeTeams} (decision 0060): anyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evidence",
        allowedDependencies = {"shared", "challenges", "frameworks", "indicators", "knowledge"})
@org.jspecify.annotations.NullMarked
package org.peerchallengehub.evidence;

package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How well a finding is corroborated: the distinct notes, sessions, stakeholder groups and peers
 * behind it, and why it is weakly supported, if it is (decision 0067). A pure rule: it is given the
 * supporting notes and counts.
 *
 * <p>Stakeholder groups come from the sessions; notes from document review count as one group of
 * their own ("Document review") and notes from data as another ("Data"), so that a finding heard from
 * staff and seen in the documents rests on two. A session that names no stakeholder group adds a
 * session but no group. A finding is weakly supported when no note supports it, when it rests on a
 * single source (one session, one document or one metric) or on a single stakeholder group (or none).
 *
 * @param notes the distinct notes
 * @param sessions the distinct sessions of the on-site programme (document and data notes add none)
 * @param groups the distinct stakeholder groups, document review and data counting as their own
 * @param peers the distinct peers who wrote the notes
 * @param groupLabels the groups, in the order first met
 * @param weaknesses why the finding is weakly supported; empty when it is not
 */
record Corroboration(
        int notes, int sessions, int groups, int peers, List<String> groupLabels, List<String> weaknesses) {

    static final String DOCUMENT_REVIEW = "Document review";
    static final String DATA = "Data";

    /**
     * One supporting note as the rule sees it.
     *
     * @param sessionTitle the session's title, for the sentence naming a single session
     * @param stakeholderGroup the session's stakeholder group label; null when it names none
     */
    record Evidence(
            long noteId,
            NoteSource source,
            @Nullable Long sessionId,
            @Nullable String sessionTitle,
            @Nullable String stakeholderGroup,
            @Nullable Long documentId,
            @Nullable String metricId,
            long authorUserId) {}

    public boolean weak() {
        return !weaknesses.isEmpty();
    }

    static Corroboration of(List<Evidence> evidence) {
        Set<Long> notes = new LinkedHashSet<>();
        Set<Long> sessions = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<Long> peers = new LinkedHashSet<>();
        String singleSession = null;
        for (Evidence e : evidence) {
            if (!notes.add(e.noteId())) {
                continue;
            }
            peers.add(e.authorUserId());
            switch (e.source()) {
                case SESSION -> {
                    if (e.sessionId() != null) {
                        sessions.add(e.sessionId());
                        sources.add("session:" + e.sessionId());
                        singleSession = e.sessionTitle();
                    }
                    if (e.stakeholderGroup() != null) {
                        groups.add(e.stakeholderGroup());
                    }
                }
                case DOCUMENT -> {
                    sources.add("document:" + e.documentId());
                    groups.add(DOCUMENT_REVIEW);
                }
                case DATA -> {
                    sources.add("data:" + e.metricId());
                    groups.add(DATA);
                }
            }
        }
        List<String> weaknesses = new ArrayList<>();
        if (notes.isEmpty()) {
            weaknesses.add("No notes support it");
        } else {
            if (sources.size() == 1) {
                String only = sources.iterator().next();
                if (only.startsWith("session:")) {
                    weaknesses.add(
                            "It rests on a single session" + (singleSession == null ? "" : " (" + singleSession + ")"));
                } else if (only.startsWith("document:")) {
                    weaknesses.add("It rests on a single document");
                } else {
                    weaknesses.add("It rests on a single item of data");
                }
            }
            if (groups.size() == 1) {
                weaknesses.add("It rests on a single stakeholder group ("
                        + groups.iterator().next() + ")");
            } else if (groups.isEmpty()) {
                weaknesses.add("Its sessions name no stakeholder group");
            }
        }
        return new Corroboration(
                notes.size(),
                sessions.size(),
                groups.size(),
                peers.size(),
                List.copyOf(groups),
                List.copyOf(weaknesses));
    }

    /** The figures in one line, e.g. "5 notes · 3 sessions · 2 stakeholder groups · 2 peers". */
    public String figures() {
        return count(notes, "note") + " · " + count(sessions, "session") + " · " + count(groups, "stakeholder group")
                + " · " + count(peers, "peer");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

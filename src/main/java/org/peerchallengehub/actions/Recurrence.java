package org.peerchallengehub.actions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeFollowUps;
import org.peerchallengehub.councils.Council;
import org.peerchallengehub.councils.CouncilRef;
import org.peerchallengehub.councils.CouncilRegister;
import org.peerchallengehub.knowledge.CouncilRecommendations;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;
import org.springframework.stereotype.Service;

/**
 * Finds the earlier recommendations a new one likely repeats (decision 0100): the council's own earlier
 * recommendations and challenges and those of every council it replaced (predecessors, and theirs, from
 * the register), both imported from the back catalogue and live from earlier action plans. Vectors of
 * the earlier texts are kept in memory (by text) so that a council's history is embedded once.
 */
@Service
class Recurrence {

    /** An earlier recommendation of the council or of a predecessor. */
    record Earlier(
            String ref,
            String councilGss,
            String councilName,
            @Nullable Integer year,
            @Nullable Long challengeId,
            String kindLabel,
            String text,
            @Nullable String href) {}

    /** A new text and the earlier one it likely repeats. */
    record Candidate(String newRef, String newText, Earlier earlier, double similarity) {}

    private static final int CACHE_LIMIT = 50_000;

    private final CouncilRegister register;
    private final CouncilRecommendations imported;
    private final PlanRepository plans;
    private final SentenceEmbeddings embeddings;
    private final Map<String, List<float[]>> vectors = new ConcurrentHashMap<>();

    Recurrence(
            CouncilRegister register,
            CouncilRecommendations imported,
            PlanRepository plans,
            SentenceEmbeddings embeddings) {
        this.register = register;
        this.imported = imported;
        this.plans = plans;
        this.embeddings = embeddings;
    }

    /** The council and every council it replaced, directly or through others, nearest first. */
    List<Council> lineage(String gss) {
        List<Council> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(gss));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            Optional<Council> c = register.find(next);
            if (c.isPresent()) {
                out.add(c.get());
                c.get().predecessors().stream().map(CouncilRef::gss).forEach(queue::add);
            }
        }
        return out;
    }

    /**
     * Every earlier recommendation of the council and its predecessors made by challenges other than
     * {@code exceptChallengeId}, oldest first: imported ones, then those of earlier action plans.
     */
    List<Earlier> earlier(ChallengeFollowUps.Subject challenge) {
        List<Council> lineage = lineage(challenge.councilGss());
        Map<String, String> names = new java.util.HashMap<>();
        lineage.forEach(c -> names.put(c.gss(), c.officialName()));
        List<Earlier> out = new ArrayList<>();
        for (CouncilRecommendations.Earlier e : imported.of(names.keySet())) {
            if (e.challengeId() == challenge.challengeId()) {
                continue;
            }
            out.add(new Earlier(
                    "imported:" + e.findingId(),
                    e.councilGss(),
                    names.getOrDefault(e.councilGss(), e.councilGss()),
                    e.year(),
                    e.challengeId(),
                    e.kindLabel(),
                    e.text(),
                    e.href()));
        }
        for (PlanRepository.EarlierEntry e : plans.entriesOf(names.keySet(), challenge.challengeId())) {
            out.add(new Earlier(
                    "plan:" + e.entryId(),
                    e.councilGss(),
                    names.getOrDefault(e.councilGss(), e.councilGss()),
                    e.year(),
                    e.challengeId(),
                    e.key() ? "Key recommendation" : "Recommendation",
                    e.text(),
                    "/challenges/" + e.challengeId() + "/action-plan#entry-" + e.entryId()));
        }
        return out;
    }

    /** The names a text of these councils may use for them, taken out before comparing. */
    static Set<String> names(List<Council> lineage) {
        Set<String> out = new LinkedHashSet<>();
        for (Council c : lineage) {
            out.add(c.officialName());
            out.add(c.shortName());
        }
        return out;
    }

    /** For each new text (ref → text), the earlier recommendation it likely repeats, if any. */
    List<Candidate> likelyRepeats(ChallengeFollowUps.Subject challenge, Map<String, String> newTexts) {
        List<Council> lineage = lineage(challenge.councilGss());
        Set<String> names = names(lineage);
        List<RecurrenceDetector.Text<Earlier>> earlier = new ArrayList<>();
        for (Earlier e : earlier(challenge)) {
            earlier.add(new RecurrenceDetector.Text<>(e, vectors(e.text(), names)));
        }
        List<Candidate> out = new ArrayList<>();
        if (earlier.isEmpty()) {
            return out;
        }
        newTexts.forEach((ref, text) -> {
            for (RecurrenceDetector.Match<Earlier> m : RecurrenceDetector.matches(vectors(text, names), earlier)) {
                out.add(new Candidate(ref, text, m.earlier(), m.similarity()));
            }
        });
        return out;
    }

    private List<float[]> vectors(String text, Set<String> names) {
        String neutral = RecurrenceDetector.neutral(text, names);
        if (neutral.isBlank()) {
            neutral = text;
        }
        List<float[]> cached = vectors.get(neutral);
        if (cached != null) {
            return cached;
        }
        List<float[]> computed = embeddings.embedAll(RecurrenceDetector.sentences(neutral));
        if (vectors.size() > CACHE_LIMIT) {
            vectors.clear();
        }
        vectors.put(neutral, computed);
        return computed;
    }
}

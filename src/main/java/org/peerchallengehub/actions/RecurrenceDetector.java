package org.peerchallengehub.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a new recommendation (or challenge) repeats an earlier one of the same council or of its
 * predecessors (issue 18, decision 0100). Both texts are cut into sentences (and the clauses of a list
 * written with semicolons), after the council's own names and the word "council" are taken out (every
 * text of one council names it, which makes unrelated texts look alike: {@link #neutral}); the
 * similarity of two texts is the highest cosine similarity of the all-MiniLM-L6-v2 vectors of any
 * sentence of one and any sentence of the other, so a long paragraph that repeats one earlier point is
 * not diluted by its other sentences. The most similar earlier text, when at or above {@link
 * #THRESHOLD}, is the likely repeat ({@link #MAX_MATCHES} per new text). Free of Spring: the caller
 * supplies the vectors.
 */
final class RecurrenceDetector {

    /**
     * Chosen on the development half of the Thurrock fixture (the best F1 over 0.30..0.90 in steps of
     * 0.01, the higher threshold on a tie), never on its held-out half: see decision 0100 and
     * docs/benchmarks.md.
     */
    static final double THRESHOLD = 0.40;

    /** One flag per new text: the manager confirms or dismisses the best candidate. */
    static final int MAX_MATCHES = 1;

    /** Sentences shorter than this many characters (a heading such as "Budget") are not compared alone. */
    private static final int MIN_SENTENCE = 25;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\s+[–—]\\s+|\\s+-\\s+");

    /** A text cut into its vectors: one per sentence (at least one: the whole text). */
    record Text<T>(T ref, List<float[]> vectors) {
        Text {
            if (vectors.isEmpty()) {
                throw new IllegalArgumentException("A text needs at least one vector");
            }
            vectors = List.copyOf(vectors);
        }
    }

    /** An earlier text a new one is likely to repeat, with the similarity (−1..1). */
    record Match<T>(T earlier, double similarity) {}

    private RecurrenceDetector() {}

    /**
     * The text without the council's names (longest first, whole words, any case) and without "the
     * council" or "council", spaces tidied.
     */
    static String neutral(String text, java.util.Collection<String> councilNames) {
        String out = text;
        List<String> names = new ArrayList<>(councilNames);
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            if (!name.isBlank()) {
                out = out.replaceAll("(?iu)\\b" + Pattern.quote(name.strip()) + "\\b", "");
            }
        }
        out = out.replaceAll("(?iu)\\b(the )?council\\b", "");
        return out.replaceAll("\\s+", " ").replaceAll(" ([,.;:])", "$1").strip();
    }

    /** The sentences of a text to embed: the whole text first, then each sentence long enough to stand alone. */
    static List<String> sentences(String text) {
        String whole = text.strip().replaceAll("\\s+", " ");
        List<String> out = new ArrayList<>();
        out.add(whole);
        String[] parts = SENTENCE_END.split(whole);
        if (parts.length > 1) {
            for (String part : parts) {
                String p = part.strip();
                if (p.length() >= MIN_SENTENCE) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The highest cosine similarity of any vector of one text with any of the other (vectors of length 1). */
    static double similarity(List<float[]> a, List<float[]> b) {
        double best = -1;
        for (float[] x : a) {
            for (float[] y : b) {
                double dot = 0;
                for (int i = 0; i < x.length; i++) {
                    dot += (double) x[i] * y[i];
                }
                best = Math.max(best, dot);
            }
        }
        return best;
    }

    /** The earlier texts the new one likely repeats at {@code threshold}, best first, at most {@code limit}. */
    static <T> List<Match<T>> matches(List<float[]> text, List<Text<T>> earlier, double threshold, int limit) {
        List<Match<T>> found = new ArrayList<>();
        for (Text<T> e : earlier) {
            double s = similarity(text, e.vectors());
            if (s >= threshold) {
                found.add(new Match<>(e.ref(), s));
            }
        }
        found.sort(Comparator.comparingDouble((Match<T> m) -> m.similarity()).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    static <T> List<Match<T>> matches(List<float[]> text, List<Text<T>> earlier) {
        return matches(text, earlier, THRESHOLD, MAX_MATCHES);
    }
}

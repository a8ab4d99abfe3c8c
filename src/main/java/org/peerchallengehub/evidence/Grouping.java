package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the notes of one component or focus area into candidate themes by meaning (decision 0065):
 * average-linkage agglomerative clustering of their all-MiniLM-L6-v2 vectors, merging while the
 * average cosine similarity between two groups is at least the threshold. Deterministic: the same
 * notes in the same order give the same themes (ties go to the lower position). Peers' edits survive:
 * {@link #regroup} keeps the themes they changed as they are and only lets new notes join them when
 * they are as close to the theme as the clustering itself would require.
 */
final class Grouping {

    /**
     * The average cosine similarity at or above which two groups of notes are one theme. Chosen by
     * measurement on the fixture reports and a labelled set of notes (decision 0065, docs/benchmarks.md).
     */
    static final double THRESHOLD = 0.325;

    private Grouping() {}

    /** A note to group: its id and its vector (length 1). */
    record Item(long noteId, float[] vector) {}

    /** A theme kept as it is (peers changed it): its id and its notes. */
    record Kept(long themeId, List<Item> notes) {}

    /**
     * What a re-grouping does: the free notes that join kept themes (theme id → note ids) and the new
     * candidate themes of the other free notes (note ids, each list in id order, lists in order of their
     * first note).
     */
    record Result(Map<Long, List<Long>> joined, List<List<Long>> themes) {}

    /**
     * Groups the free notes of a section around the kept themes: a new note (one of {@code mayJoin}:
     * in no theme of the section before) joins the kept theme whose notes it is closest to on average,
     * if that average is at least the threshold (compared with the theme's own notes only, so that the
     * order of the new notes does not matter); the rest, with the notes of the unedited themes, are
     * clustered among themselves. Notes the grouping had put elsewhere never drift into an edited theme.
     */
    static Result regroup(List<Item> free, java.util.Set<Long> mayJoin, List<Kept> kept, double threshold) {
        List<Item> sorted = new ArrayList<>(free);
        sorted.sort(Comparator.comparingLong(Item::noteId));
        List<float[]> means = kept.stream().map(k -> mean(k.notes())).toList();
        Map<Long, List<Long>> joined = new LinkedHashMap<>();
        List<Item> rest = new ArrayList<>();
        for (Item item : sorted) {
            int best = -1;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < kept.size() && mayJoin.contains(item.noteId()); k++) {
                if (kept.get(k).notes().isEmpty()) {
                    continue;
                }
                double similarity = dot(item.vector(), means.get(k));
                if (similarity > bestSimilarity) {
                    best = k;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0 && bestSimilarity >= threshold) {
                joined.computeIfAbsent(kept.get(best).themeId(), id -> new ArrayList<>())
                        .add(item.noteId());
            } else {
                rest.add(item);
            }
        }
        List<List<Long>> themes = cluster(rest.stream().map(Item::vector).toList(), threshold).stream()
                .map(c -> c.stream().map(i -> rest.get(i).noteId()).toList())
                .toList();
        return new Result(joined, themes);
    }

    /**
     * Average-linkage clustering cut at the threshold, by the nearest-neighbour chain (O(n²) time and
     * memory): the groups, as positions in the input, each in ascending order, ordered by their first.
     */
    static List<List<Integer>> cluster(List<float[]> vectors, double threshold) {
        int n = vectors.size();
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            float[] a = vectors.get(i);
            for (int j = i + 1; j < n; j++) {
                float s = (float) dot(a, vectors.get(j));
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] open = new boolean[n];
        Arrays.fill(open, true);
        int openCount = n;
        int[] chain = new int[n + 1];
        int length = 0;
        int next = 0;
        while (openCount > 1) {
            if (length == 0) {
                while (!open[next]) {
                    next++;
                }
                chain[length++] = next;
            }
            int a = chain[length - 1];
            int previous = length > 1 ? chain[length - 2] : -1;
            int best = previous;
            float bestSimilarity = previous >= 0 ? similarity[a][previous] : Float.NEGATIVE_INFINITY;
            float[] row = similarity[a];
            for (int c = 0; c < n; c++) {
                if (open[c] && c != a && row[c] > bestSimilarity) {
                    best = c;
                    bestSimilarity = row[c];
                }
            }
            if (best < 0 || bestSimilarity < threshold) {
                // nothing is close enough to a, and merging others never brings them closer: a is final
                open[a] = false;
                openCount--;
                length--;
                continue;
            }
            if (best != previous) {
                chain[length++] = best;
                continue;
            }
            length -= 2;
            int keep = Math.min(a, best);
            int gone = Math.max(a, best);
            for (int c = 0; c < n; c++) {
                if (open[c] && c != keep && c != gone) {
                    float s = (size[keep] * similarity[keep][c] + size[gone] * similarity[gone][c])
                            / (size[keep] + size[gone]);
                    similarity[keep][c] = s;
                    similarity[c][keep] = s;
                }
            }
            size[keep] += size[gone];
            members.get(keep).addAll(members.get(gone));
            members.set(gone, null);
            open[gone] = false;
            openCount--;
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> m : members) {
            if (m != null) {
                List<Integer> sorted = new ArrayList<>(m);
                sorted.sort(null);
                groups.add(List.copyOf(sorted));
            }
        }
        groups.sort(Comparator.comparingInt(List::getFirst));
        return groups;
    }

    /** The position of the most representative vector: the one closest on average to all the others. */
    static int medoid(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("No vectors");
        }
        float[] sum = new float[vectors.getFirst().length];
        for (float[] v : vectors) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += v[d];
            }
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vectors.size(); i++) {
            double score = dot(vectors.get(i), sum);
            if (score > bestScore + 1e-9) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A theme's name until a peer renames it: the first words of its most representative note (up to
     * eight words of its first sentence), with an ellipsis when cut.
     */
    static String autoName(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int stop = firstSentenceEnd(flat);
        String sentence = stop < 0 ? flat : flat.substring(0, stop);
        String[] words = sentence.split(" ");
        boolean cut = stop >= 0 || words.length > 8;
        String name = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8)));
        if (name.length() > 120) {
            name = name.substring(0, 120);
            cut = true;
        }
        name = name.replaceAll("[\\s,;:.!?\u2013-]+$", "");
        if (name.isEmpty()) {
            return "Untitled theme";
        }
        return cut ? name + "\u2026" : name;
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** A short label for the balance of strengths and areas for improvement in a theme. */
    static String balance(int strengths, int areas) {
        if (strengths == 0 && areas == 0) {
            return "Observations only";
        }
        if (strengths >= 2 * areas) {
            return "Mostly strengths";
        }
        if (areas >= 2 * strengths) {
            return "Mostly areas for improvement";
        }
        return "Mixed";
    }

    /** The GOV.UK tag colour of a balance label. */
    static String balanceColour(String balance) {
        return switch (balance.toLowerCase(Locale.ROOT)) {
            case "mostly strengths" -> "govuk-tag--green";
            case "mostly areas for improvement" -> "govuk-tag--orange";
            case "mixed" -> "govuk-tag--yellow";
            default -> "govuk-tag--grey";
        };
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    /** The mean of the notes' vectors (not normalised: its dot product with a vector is the average similarity). */
    static float[] mean(List<Item> notes) {
        if (notes.isEmpty()) {
            return new float[0];
        }
        float[] sum = new float[notes.getFirst().vector().length];
        for (Item item : notes) {
            float[] v = item.vector();
            for (int d = 0; d < sum.length; d++) {
                sum[d] += v[d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= notes.size();
        }
        return sum;
    }
}

package org.peerchallengehub.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The component suggestion for one framework version, from sentence vectors of length 1 (decision
 * 0063). Each component has a prototype, the vector of its headline and question, and the labelled
 * examples it has learnt from (published findings, filed notes, each with a weight). A text's raw
 * score for a component blends two similarities:
 *
 * <ul>
 *   <li>to the component's centroid: the weighted sum of its examples' vectors plus its prototype
 *       counted {@code priorWeight} times, normalised, so that a component with few examples stays
 *       near its description and one with many follows them;
 *   <li>to its {@code k} nearest examples (the prototype among them), averaged, each counting once
 *       whatever its weight (weights shape the centroid): the local evidence that a centroid blurs,
 *       and what lets a few notes peers labelled outweigh many cues near them.
 * </ul>
 *
 * The raw scores go through a softmax with a temperature chosen on development data, so a score is a
 * calibrated probability in 0..1 and the scores of a framework's components add up to 1. Immutable.
 */
final class ComponentSuggestModel {

    /**
     * The method's parameters.
     *
     * @param priorWeight how many examples the prototype counts as in a centroid
     * @param knnWeight the share of the nearest-example similarity in the raw score (0: centroid only)
     * @param k how many nearest examples of a component are averaged
     * @param temperature the softmax temperature
     * @param partWeight the weight of an example whose label maps to the component only in part (a
     *     component of another framework version that was split or joined); an equivalent one weighs 1
     * @param cueWeight the weight of a cue (a sentence written for the component, not a real note)
     * @param centre how much of the mean vector of everything learnt from is taken off every vector
     *     (and the text's) before comparing: 0 none, 1 all. Texts about a council share a direction that
     *     says nothing about the component; taking it off makes the differences count.
     * @param sentences the share of the text's raw scores taken from its sentences one by one (their
     *     mean) rather than from the whole text: a paragraph's vector blurs what its sentences say, and
     *     cues are single sentences
     */
    record Parameters(
            double priorWeight,
            double knnWeight,
            int k,
            double temperature,
            double partWeight,
            double cueWeight,
            double centre,
            double sentences) {

        /** Chosen on the development texts (decision 0063; {@code ComponentSuggestBenchmark}). */
        static final Parameters CHOSEN = new Parameters(0.5, 0.25, 1, 0.15, 0.5, 2, 1, 1);

        Parameters withTemperature(double t) {
            return new Parameters(priorWeight, knnWeight, k, t, partWeight, cueWeight, centre, sentences);
        }
    }

    /** A labelled example: a component (by index), a vector of length 1 and its weight (0..1]. */
    record Example(int component, float[] vector, double weight) {}

    private final List<String> componentIds;
    private final Parameters parameters;
    private final int dimensions;
    /** The components' centroids, one after another. */
    private final float[] centroids;
    /** Every example's vector (the prototypes first, one per component), one after another. */
    private final float[] vectors;

    /** The share of the mean vector taken off every vector. */
    private final float[] mean;

    private final int[] owner;
    private final float[] weights;
    private final int examples;

    ComponentSuggestModel(
            List<String> componentIds, List<float[]> prototypes, List<Example> labelled, Parameters parameters) {
        if (componentIds.isEmpty() || componentIds.size() != prototypes.size()) {
            throw new IllegalArgumentException("One prototype for each of at least one component");
        }
        this.componentIds = List.copyOf(componentIds);
        this.parameters = parameters;
        int n = componentIds.size();
        this.dimensions = prototypes.getFirst().length;
        List<Example> pool = new ArrayList<>(n + labelled.size());
        for (int c = 0; c < n; c++) {
            pool.add(new Example(c, prototypes.get(c), 1));
        }
        for (Example e : labelled) {
            if (e.component() >= 0 && e.component() < n && e.vector().length == dimensions && e.weight() > 0) {
                pool.add(e);
            }
        }
        this.mean = new float[dimensions];
        if (parameters.centre() > 0) {
            for (Example e : pool) {
                for (int d = 0; d < dimensions; d++) {
                    mean[d] += (float) (parameters.centre() * e.vector()[d] / pool.size());
                }
            }
        }
        double[][] sums = new double[n][dimensions];
        for (int i = 0; i < pool.size(); i++) {
            Example e = pool.get(i);
            float[] v = centred(e.vector());
            pool.set(i, new Example(e.component(), v, e.weight()));
            double w = i < n ? parameters.priorWeight() : e.weight();
            for (int d = 0; d < dimensions; d++) {
                sums[e.component()][d] += w * v[d];
            }
        }
        this.centroids = new float[n * dimensions];
        for (int c = 0; c < n; c++) {
            double norm = 0;
            for (double v : sums[c]) {
                norm += v * v;
            }
            norm = norm == 0 ? 1 : Math.sqrt(norm);
            for (int d = 0; d < dimensions; d++) {
                centroids[c * dimensions + d] = (float) (sums[c][d] / norm);
            }
        }
        this.examples = pool.size();
        this.vectors = new float[examples * dimensions];
        this.owner = new int[examples];
        this.weights = new float[examples];
        for (int i = 0; i < examples; i++) {
            Example e = pool.get(i);
            System.arraycopy(e.vector(), 0, vectors, i * dimensions, dimensions);
            owner[i] = e.component();
            weights[i] = (float) e.weight();
        }
    }

    /** How many labelled examples (prototypes not counted) the model learnt from. */
    int learntFrom() {
        return examples - componentIds.size();
    }

    List<String> componentIds() {
        return componentIds;
    }

    /** Every component with its score, best first; the scores add up to 1. */
    List<ComponentSuggestion> rank(float[] query) {
        return ranked(raw(query));
    }

    private List<ComponentSuggestion> ranked(double[] raw) {
        double[] scores = softmax(raw, parameters.temperature());
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        List<ComponentSuggestion> ranked = new ArrayList<>(order.length);
        for (int i : order) {
            ranked.add(new ComponentSuggestion(componentIds.get(i), scores[i]));
        }
        return ranked;
    }

    /**
     * Every component with its score for a text given as its whole vector and its sentences' vectors
     * (blended by {@code sentences}), best first.
     */
    List<ComponentSuggestion> rank(float @Nullable [] whole, List<float[]> sentenceVectors) {
        double share = whole == null ? 1 : sentenceVectors.size() > 1 ? parameters.sentences() : 0;
        if (share == 0 && whole != null) {
            return rank(whole);
        }
        double[] raw = new double[componentIds.size()];
        if (share < 1 && whole != null) {
            double[] r = raw(whole);
            for (int c = 0; c < raw.length; c++) {
                raw[c] = (1 - share) * r[c];
            }
        }
        for (float[] sentence : sentenceVectors) {
            double[] r = raw(sentence);
            for (int c = 0; c < raw.length; c++) {
                raw[c] += share * r[c] / sentenceVectors.size();
            }
        }
        return ranked(raw);
    }

    /** The raw (uncalibrated) score of each component, in the components' order. */
    double[] raw(float[] query) {
        if (query.length != dimensions) {
            throw new IllegalArgumentException("Expected " + dimensions + " dimensions, got " + query.length);
        }
        query = centred(query);
        int n = componentIds.size();
        int k = Math.max(1, parameters.k());
        double beta = parameters.knnWeight();
        // The k best similarities of each component, kept sorted (best first), with their weights.
        float[][] best = new float[n][k];
        int[] filled = new int[n];
        if (beta > 0) {
            for (int i = 0; i < examples; i++) {
                float s = dot(query, vectors, i * dimensions);
                int c = owner[i];
                float[] top = best[c];
                int size = filled[c];
                if (size == k && s <= top[k - 1]) {
                    continue;
                }
                int at = size == k ? k - 1 : size;
                if (size < k) {
                    filled[c]++;
                }
                while (at > 0 && top[at - 1] < s) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = s;
            }
        }
        double[] raw = new double[n];
        for (int c = 0; c < n; c++) {
            double centroid = dot(query, centroids, c * dimensions);
            double near = 0;
            if (beta > 0) {
                double sum = 0;
                for (int j = 0; j < filled[c]; j++) {
                    sum += best[c][j];
                }
                near = filled[c] == 0 ? centroid : sum / filled[c];
            }
            raw[c] = (1 - beta) * centroid + beta * near;
        }
        return raw;
    }

    /** The vector less the share of the mean, of length 1 again. */
    private float[] centred(float[] vector) {
        float[] v = new float[dimensions];
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            v[d] = vector[d] - mean[d];
            norm += (double) v[d] * v[d];
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimensions; d++) {
                v[d] *= inverse;
            }
        }
        return v;
    }

    static double[] softmax(double[] raw, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double r : raw) {
            max = Math.max(max, r);
        }
        double[] out = new double[raw.length];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            out[i] = Math.exp((raw[i] - max) / temperature);
            sum += out[i];
        }
        for (int i = 0; i < raw.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    private float dot(float[] query, float[] matrix, int offset) {
        float s = 0;
        for (int d = 0; d < dimensions; d++) {
            s += query[d] * matrix[offset + d];
        }
        return s;
    }
}

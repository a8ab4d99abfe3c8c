package org.peerchallengehub.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Quantising and the brute-force nearest-neighbour search, without the model or the database. */
class EmbeddingIndexTest {

    static float[] randomUnit(Random random) {
        float[] v = new float[TextEmbedder.DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void quantised_cosine_is_close_to_the_exact_one() {
        Random random = new Random(42);
        for (int n = 0; n < 100; n++) {
            float[] a = randomUnit(random);
            float[] b = randomUnit(random);
            for (int i = 0; i < 100; i++) {
                b[i] = a[i]; // make them somewhat alike
            }
            var qa = TextEmbedder.quantise(a);
            var qb = TextEmbedder.quantise(b);
            int dot = 0;
            for (int i = 0; i < a.length; i++) {
                dot += qa.vector()[i] * qb.vector()[i];
            }
            double norm = Math.sqrt(cosine(b, b));
            assertThat((double) (dot * qa.scale() * qb.scale())).isCloseTo(cosine(a, b) / norm, within(0.02));
        }
    }

    @Test
    void nearest_finds_the_most_similar_in_order_in_one_or_many_chunks() {
        Random random = new Random(7);
        for (int n : new int[] {50, 30_000}) {
            float[][] vectors = new float[n][];
            byte[] all = new byte[n * TextEmbedder.DIMENSIONS];
            float[] scales = new float[n];
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                vectors[i] = randomUnit(random);
                var q = TextEmbedder.quantise(vectors[i]);
                System.arraycopy(q.vector(), 0, all, i * TextEmbedder.DIMENSIONS, TextEmbedder.DIMENSIONS);
                scales[i] = q.scale();
                keys[i] = "k" + i;
            }
            // A near copy of vector 17 and a fainter one of it at the end.
            float[] query = vectors[17].clone();
            var snapshot = new EmbeddingIndex.Snapshot(all, scales, keys, n);
            var q = TextEmbedder.quantise(query);
            List<EmbeddingIndex.Neighbour> nearest = EmbeddingIndex.nearest(snapshot, q.vector(), q.scale(), 5);
            assertThat(nearest).hasSize(5);
            assertThat(nearest.getFirst().key()).isEqualTo("k17");
            assertThat(nearest.getFirst().similarity()).isCloseTo(1f, within(0.02f));
            assertThat(nearest)
                    .extracting(EmbeddingIndex.Neighbour::similarity)
                    .isSortedAccordingTo((a, b) -> Float.compare(b, a));
            // The second best is the best of the rest, by exact cosine.
            int best = -1;
            double bestScore = -2;
            for (int i = 0; i < n; i++) {
                double s = cosine(vectors[i], query);
                if (i != 17 && s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            assertThat(nearest.get(1).key()).isEqualTo("k" + best);
        }
    }
}

package org.peerchallengehub.knowledge;

import java.util.List;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;

/**
 * Finding texts as int8 vectors: the shared all-MiniLM-L6-v2 embeddings ({@link SentenceEmbeddings}),
 * each of length 1, quantised to int8 with one scale per vector.
 */
final class TextEmbedder {

    static final String MODEL = SentenceEmbeddings.MODEL;
    static final int DIMENSIONS = SentenceEmbeddings.DIMENSIONS;

    private final SentenceEmbeddings embeddings;

    TextEmbedder(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** One int8 vector with its scale: component i is {@code vector[i] * scale}. */
    record Quantised(byte[] vector, float scale) {}

    List<Quantised> embed(List<String> texts) {
        return embeddings.embedAll(texts).stream().map(TextEmbedder::quantise).toList();
    }

    /** Normalises to length 1, then rounds each component to a byte against the largest one. */
    static Quantised quantise(float[] vector) {
        if (vector.length != DIMENSIONS) {
            throw new IllegalArgumentException("Expected " + DIMENSIONS + " dimensions, got " + vector.length);
        }
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        norm = Math.sqrt(norm);
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        if (norm == 0 || max == 0) {
            // An empty text: a vector that is similar to nothing.
            return new Quantised(new byte[DIMENSIONS], 1e-9f);
        }
        float scale = (float) (max / norm / 127.0);
        byte[] q = new byte[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            q[i] = (byte) Math.round(vector[i] / norm / scale);
        }
        return new Quantised(q, scale);
    }
}

package org.peerchallengehub.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 sentence embeddings, in process (the ONNX model and the tokenizer's native
 * library are inside the jars: nothing is downloaded). The model is loaded on first use, on the
 * thread that first needs it (the embedding worker), never during start-up. Vectors come back with
 * length 1 and are quantised to int8 with one scale per vector.
 */
final class TextEmbedder {

    static final String MODEL = "all-MiniLM-L6-v2";
    static final int DIMENSIONS = 384;

    private static final Logger log = LoggerFactory.getLogger(TextEmbedder.class);

    private volatile EmbeddingModel model;

    /** One int8 vector with its scale: component i is {@code vector[i] * scale}. */
    record Quantised(byte[] vector, float scale) {}

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    long started = System.nanoTime();
                    loaded = new AllMiniLmL6V2EmbeddingModel();
                    log.info(
                            "Loaded the {} embedding model in {} ms", MODEL, (System.nanoTime() - started) / 1_000_000);
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    List<Quantised> embed(List<String> texts) {
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> quantise(e.vector()))
                .toList();
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

package org.peerchallengehub.shared.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * all-MiniLM-L6-v2 sentence embeddings, in process, one model per application (the ONNX model and the
 * tokenizer's native library are inside the jars: nothing is downloaded). The model is loaded on first
 * use, on the thread that first needs it, never during start-up. Every module that compares texts by
 * meaning (similar findings, component suggestions, themes, repeated recommendations) uses this one.
 */
@Component
public class SentenceEmbeddings {

    public static final String MODEL = "all-MiniLM-L6-v2";
    public static final int DIMENSIONS = 384;

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

    private volatile EmbeddingModel model;

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

    /** The texts' vectors, in order, each of {@link #DIMENSIONS} components and length 1. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> normalised(e.vector()))
                .toList();
    }

    /** One text's vector, of length 1. */
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /** Cosine similarity of two vectors of length 1 (their dot product), from -1 to 1. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Vectors of " + a.length + " and " + b.length + " components");
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector.clone();
        }
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }
}

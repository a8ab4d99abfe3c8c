package org.peerchallengehub.knowledge;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored vectors of every distinct finding text, in memory, for nearest-neighbour search by
 * cosine similarity: one contiguous int8 array (384 bytes a text) with one scale a text, searched
 * by brute force split across the cores. Loaded from {@code text_embedding} in the order stored and
 * kept current by loading what is new (the worker does after each batch; other nodes' batches are
 * picked up the same way). Readers see an immutable snapshot; only loading takes the lock.
 */
final class EmbeddingIndex {

    static final int DIMENSIONS = TextEmbedder.DIMENSIONS;
    /** Below this many vectors a search runs on the calling thread only. */
    private static final int PARALLEL_FROM = 20_000;

    /** What a search sees: the first {@code size} vectors. */
    record Snapshot(byte[] vectors, float[] scales, String[] keys, int size) {}

    /** A stored text near the query: its key (hex SHA-256) and cosine similarity. */
    record Neighbour(String key, float similarity) {}

    private final JdbcClient jdbc;
    private final ReentrantLock loading = new ReentrantLock();
    private final Map<String, Integer> slots = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(new byte[0], new float[0], new String[0], 0);
    private volatile boolean loaded;
    private long lastSeq;

    EmbeddingIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the vectors stored before start-up have all been loaded. */
    boolean loaded() {
        return loaded;
    }

    int size() {
        return snapshot.size();
    }

    /** Loads the vectors stored since the last load; returns how many. */
    int loadNew() {
        loading.lock();
        try {
            int added = 0;
            while (true) {
                List<Object[]> rows = jdbc.sql(
                                """
                                select seq, text_key, scale, vector from text_embedding
                                where seq > :after order by seq limit 20000
                                """)
                        .param("after", lastSeq)
                        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getFloat(3), rs.getBytes(4)})
                        .list();
                if (rows.isEmpty()) {
                    break;
                }
                append(rows);
                added += rows.size();
                lastSeq = (Long) rows.getLast()[0];
            }
            loaded = true;
            return added;
        } finally {
            loading.unlock();
        }
    }

    /** Loads what is new unless another thread is loading already (then returns at once). */
    void loadNewIfFree() {
        if (loading.tryLock()) {
            try {
                loadNew();
            } finally {
                loading.unlock();
            }
        }
    }

    private void append(List<Object[]> rows) {
        Snapshot current = snapshot;
        int size = current.size();
        int needed = size + rows.size();
        byte[] vectors = current.vectors();
        float[] scales = current.scales();
        String[] keys = current.keys();
        if (needed > scales.length) {
            int capacity = Math.max(needed, Math.max(1024, scales.length + scales.length / 2));
            vectors = Arrays.copyOf(vectors, capacity * DIMENSIONS);
            scales = Arrays.copyOf(scales, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        HexFormat hex = HexFormat.of();
        for (Object[] row : rows) {
            String key = hex.formatHex((byte[]) row[1]);
            byte[] vector = (byte[]) row[3];
            if (vector.length != DIMENSIONS || slots.containsKey(key)) {
                continue;
            }
            System.arraycopy(vector, 0, vectors, size * DIMENSIONS, DIMENSIONS);
            scales[size] = (Float) row[2];
            keys[size] = key;
            slots.put(key, size);
            size++;
        }
        // Slots below the old size are never written again, so readers of the old snapshot are safe.
        snapshot = new Snapshot(vectors, scales, keys, size);
    }

    /** The slot of a text's vector, if loaded. */
    OptionalInt slotOf(String key) {
        Snapshot current = snapshot;
        Integer slot = slots.get(key);
        return slot == null || slot >= current.size() ? OptionalInt.empty() : OptionalInt.of(slot);
    }

    /** The {@code k} stored texts most similar to the one in {@code slot} (itself included), best first. */
    List<Neighbour> nearest(int slot, int k) {
        Snapshot s = snapshot;
        byte[] query = Arrays.copyOfRange(s.vectors(), slot * DIMENSIONS, (slot + 1) * DIMENSIONS);
        return nearest(s, query, s.scales()[slot], k);
    }

    static List<Neighbour> nearest(Snapshot s, byte[] query, float queryScale, int k) {
        int n = s.size();
        int chunks = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors() * 2;
        int per = (n + chunks - 1) / Math.max(1, chunks);
        List<TopK> parts = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> scan(s, query, Math.min(n, c * per), Math.min(n, (c + 1) * per), k))
                .toList();
        TopK merged = new TopK(k);
        parts.forEach(merged::merge);
        return merged.neighbours(s, queryScale);
    }

    private static TopK scan(Snapshot s, byte[] query, int from, int to, int k) {
        TopK top = new TopK(k);
        byte[] vectors = s.vectors();
        float[] scales = s.scales();
        for (int i = from; i < to; i++) {
            int base = i * DIMENSIONS;
            int dot = 0;
            for (int d = 0; d < DIMENSIONS; d++) {
                dot += query[d] * vectors[base + d];
            }
            top.offer(i, dot * scales[i]);
        }
        return top;
    }

    /** The best k (slot, score) pairs seen, kept as a small sorted array. */
    static final class TopK {
        final int k;
        final int[] slots;
        final float[] scores;
        int size;

        TopK(int k) {
            this.k = k;
            this.slots = new int[k];
            this.scores = new float[k];
        }

        void offer(int slot, float score) {
            if (size == k && score <= scores[k - 1]) {
                return;
            }
            int at = size == k ? k - 1 : size++;
            while (at > 0 && scores[at - 1] < score) {
                scores[at] = scores[at - 1];
                slots[at] = slots[at - 1];
                at--;
            }
            scores[at] = score;
            slots[at] = slot;
        }

        TopK merge(TopK other) {
            for (int i = 0; i < other.size; i++) {
                offer(other.slots[i], other.scores[i]);
            }
            return this;
        }

        List<Neighbour> neighbours(Snapshot s, float queryScale) {
            return IntStream.range(0, size)
                    .mapToObj(i -> new Neighbour(s.keys()[slots[i]], Math.min(1f, scores[i] * queryScale)))
                    .toList();
        }
    }
}

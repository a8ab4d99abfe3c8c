package org.peerchallengehub.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.peerchallengehub.shared.embedding.SentenceEmbeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the vectors of finding texts in the background, never inside an import: imports only
 * queue the texts that have none (a trigger on {@code report_finding}). After start-up one thread
 * loads the stored vectors into the {@link EmbeddingIndex}, then repeatedly claims a batch of
 * queued texts ({@code for update skip locked}, so two nodes never take the same ones), embeds them
 * (the model is loaded on this thread the first time there is work), stores the vectors and removes
 * them from the queue in one transaction, and adds what is new to the index. With nothing queued it
 * looks again every few seconds.
 */
@Component
class EmbeddingWorker {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);
    static final int BATCH = 32;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EmbeddingIndex index;
    private final TextEmbedder embedder;
    private final boolean enabled;
    private final Duration poll;
    private final Object signal = new Object();
    private volatile boolean stopping;
    private volatile Thread thread;

    EmbeddingWorker(
            JdbcClient jdbc, PlatformTransactionManager transactions, Environment env, SentenceEmbeddings embeddings) {
        this.jdbc = jdbc;
        this.embedder = new TextEmbedder(embeddings);
        this.transaction = new TransactionTemplate(transactions);
        this.index = new EmbeddingIndex(jdbc);
        this.enabled = env.getProperty("hub.knowledge.embeddings.worker", Boolean.class, true);
        this.poll = env.getProperty("hub.knowledge.embeddings.poll", Duration.class, Duration.ofSeconds(3));
    }

    EmbeddingIndex index() {
        return index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            log.info("Finding embeddings worker off (hub.knowledge.embeddings.worker=false)");
            return;
        }
        Thread worker = new Thread(this::run, "finding-embeddings");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        thread = worker;
        worker.start();
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
        Thread worker = thread;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Wakes the worker to look for queued texts now. */
    void nudge() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void run() {
        long started = System.nanoTime();
        try {
            int loaded = index.loadNew();
            log.info("Loaded {} finding vectors in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Finding vectors not loaded yet: {}", e.getMessage());
        }
        Duration backoff = poll;
        while (!stopping) {
            try {
                int done = embedBatch();
                if (done > 0) {
                    backoff = poll;
                    continue;
                }
                index.loadNewIfFree();
                synchronized (signal) {
                    signal.wait(backoff.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | LinkageError e) {
                if (stopping) {
                    return;
                }
                log.warn("Finding embeddings: {}; trying again in {}", e.toString(), backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(5)) > 0
                        ? Duration.ofMinutes(5)
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Claims up to {@link #BATCH} queued texts, embeds them and stores their vectors, all in one
     * transaction (a failure leaves them queued), then adds them to the index. Returns how many.
     */
    int embedBatch() {
        Integer done = transaction.execute(status -> {
            List<byte[]> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            jdbc.sql(
                            """
                            delete from embedding_queue where text_key in (
                              select text_key from embedding_queue order by queued_at, text_key
                              limit :batch for update skip locked)
                            returning text_key, text
                            """)
                    .param("batch", BATCH)
                    .query(rs -> {
                        keys.add(rs.getBytes(1));
                        texts.add(rs.getString(2));
                    });
            if (keys.isEmpty()) {
                return 0;
            }
            List<TextEmbedder.Quantised> vectors = embedder.embed(texts);
            for (int i = 0; i < keys.size(); i++) {
                jdbc.sql(
                                """
                                insert into text_embedding (text_key, model, scale, vector)
                                values (:key, :model, :scale, :vector) on conflict (text_key) do nothing
                                """)
                        .param("key", keys.get(i))
                        .param("model", TextEmbedder.MODEL)
                        .param("scale", vectors.get(i).scale())
                        .param("vector", vectors.get(i).vector())
                        .update();
            }
            return keys.size();
        });
        if (done != null && done > 0) {
            index.loadNew();
        }
        return done == null ? 0 : done;
    }

    /** Texts still waiting for their vector. */
    long pending() {
        return jdbc.sql("select count(*) from embedding_queue")
                .query(Long.class)
                .single();
    }

    /**
     * Embeds until nothing is queued (other threads or nodes may be embedding some at the same
     * time: waits for them), or the time is up; returns whether the queue emptied. For tests and
     * the benchmark.
     */
    boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (embedBatch() == 0) {
                if (pending() == 0) {
                    index.loadNew();
                    return true;
                }
                Thread.sleep(50);
            }
        }
        return false;
    }
}

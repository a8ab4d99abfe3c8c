package org.peerchallengehub.evidence;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Embeds notes as they are written, so that a grouping finds their vectors ready: once a note's
 * transaction has committed, one background thread brings the challenge's vectors up to date (a
 * challenge already waiting is not queued twice; a note written while its run is under way queues one
 * more). Embedding is 5–11 ms a note and grouping 2,000 embedded notes under a second, so the board's
 * "Group notes again" stays well inside its 5 s even after a day of notes (docs/benchmarks.md). A
 * grouping run still embeds whatever is missing, so nothing depends on this having finished.
 */
@Component
class NoteVectorsOnSave {

    private static final Logger log = LoggerFactory.getLogger(NoteVectorsOnSave.class);

    private final NoteVectors vectors;
    private final boolean enabled;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("note-vectors").factory());

    NoteVectorsOnSave(NoteVectors vectors, @Value("${hub.evidence.embed-on-save:true}") boolean enabled) {
        this.vectors = vectors;
        this.enabled = enabled;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void written(NoteWritten event) {
        long challenge = event.challengeId();
        if (!enabled || !waiting.add(challenge)) {
            return;
        }
        worker.execute(() -> {
            waiting.remove(challenge);
            try {
                vectors.refresh(challenge, done -> {});
            } catch (RuntimeException e) {
                log.warn("Could not embed the new notes of challenge {}; the next grouping will", challenge, e);
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

package org.peerchallengehub.evidence;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.peerchallengehub.challenges.ChallengeTeams.Seat;
import org.peerchallengehub.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the grouping of a challenge's board in the background, one run per challenge at a time
 * (evidence_grouping_run, so across nodes too): first the notes' missing vectors, a batch at a time
 * with progress, then the grouping itself in one short transaction. The board stays usable meanwhile,
 * showing the previous grouping and the progress.
 */
@Component
class GroupingRuns {

    /** A run silent this long has stopped (its node went away): the board says so and a new one may start. */
    static final java.time.Duration SILENT = java.time.Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(GroupingRuns.class);

    private final EvidenceTable table;
    private final BoardRepository repository;
    private final NoteVectors vectors;
    private final Board board;
    // Platform threads, not virtual ones: embedding and grouping are CPU-bound and a virtual thread is never
    // preempted, so two of them on a two-core machine hold every carrier and starve all other virtual threads.
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("board-grouping-", 0).factory());

    GroupingRuns(EvidenceTable table, BoardRepository repository, NoteVectors vectors, Board board) {
        this.table = table;
        this.repository = repository;
        this.vectors = vectors;
        this.board = board;
    }

    /** Starts grouping the challenge's notes in the background; false (and nothing started) if a run is going. */
    boolean start(CurrentUser user, long challengeId) {
        Seat seat = table.openSeat(user, challengeId);
        if (!claim(challengeId)) {
            return false;
        }
        board.audited(user, challengeId, "Asked for the notes of " + seat.reference() + " to be grouped again");
        executor.execute(() -> run(challengeId, user.displayName()));
        return true;
    }

    /** Groups the challenge's notes now, on this thread (the demo, benchmarks); false if a run is going. */
    boolean runNow(long challengeId) {
        if (!claim(challengeId)) {
            return false;
        }
        run(challengeId, null);
        return true;
    }

    private boolean claim(long challengeId) {
        return repository.claimRun(challengeId, repository.notes(challengeId).size());
    }

    private void run(long challengeId, @Nullable String byName) {
        long started = System.nanoTime();
        try {
            int total = repository.notes(challengeId).size();
            AtomicInteger done = new AtomicInteger(total - vectors.missing(challengeId));
            repository.progress(challengeId, done.get());
            vectors.refresh(challengeId, n -> repository.progress(challengeId, done.addAndGet(n)));
            Board.Outcome outcome = board.regroup(challengeId, Grouping.THRESHOLD);
            repository.finishRun(challengeId, true, null);
            log.info(
                    "Grouped the {} notes of challenge {} into {} themes in {} ms",
                    outcome.notesGrouped(),
                    challengeId,
                    outcome.themes(),
                    (System.nanoTime() - started) / 1_000_000);
            board.audited(
                    null,
                    challengeId,
                    "Grouped " + outcome.notesGrouped() + " notes into " + outcome.themes() + " themes"
                            + (byName == null ? "" : " (asked for by " + byName + ")"));
        } catch (RuntimeException e) {
            log.warn("Grouping the notes of challenge {} failed", challengeId, e);
            repository.finishRun(
                    challengeId, false, "The grouping stopped with an error; the previous themes are kept. Try again.");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

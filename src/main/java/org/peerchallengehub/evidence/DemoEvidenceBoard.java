package org.peerchallengehub.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchallengehub.shared.demo.DemoContext;
import org.peerchallengehub.shared.demo.DemoContributor;
import org.peerchallengehub.shared.security.AuthenticatedUser;
import org.peerchallengehub.shared.security.CurrentUser;
import org.peerchallengehub.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The synthesis board's part of the demonstration programme: after the demo notes (order 200), groups
 * the notes of the demo's on-site challenge (Leeds; any other challenge is left alone) into themes and shows peers' work on it: the demo peer
 * merges the theme closest in meaning to the largest one into it and names the result, and renames
 * one more theme. Does nothing when there are no notes.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-programme", havingValue = "true", matchIfMissing = true)
class DemoEvidenceBoard implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidenceBoard.class);

    /** The demo's challenge on site: Leeds City Council's (challenges.DemoProgramme). */
    static final String LEEDS = "E08000035";

    private final BoardRepository repository;
    private final GroupingRuns runs;
    private final Board board;
    private final NoteVectors vectors;
    private final UserDetailsService users;

    DemoEvidenceBoard(
            BoardRepository repository, GroupingRuns runs, Board board, NoteVectors vectors, UserDetailsService users) {
        this.repository = repository;
        this.runs = runs;
        this.board = board;
        this.vectors = vectors;
        this.users = users;
    }

    @Override
    public String name() {
        return "evidence.board";
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public boolean afterStart() {
        return true; // grouping 250 notes takes seconds: not on the first start's critical path
    }

    @Override
    public void contribute(DemoContext context) {
        for (long challengeId : repository.challengesWithNotesAndNoThemes()) {
            boolean demoOnSite = seated(challengeId, DemoContext.MANAGER)
                    .or(() -> seated(challengeId, DemoContext.PEER))
                    .map(user -> board.view(user, challengeId).seat().councilGss())
                    .filter(LEEDS::equals)
                    .isPresent();
            if (demoOnSite) {
                board(challengeId);
            }
        }
    }

    /** Groups the challenge's notes and shows a peer's work on its board; nothing when it has no notes. */
    void board(long challengeId) {
        if (repository.notes(challengeId).isEmpty()) {
            return;
        }
        runs.runNow(challengeId);
        Optional<CurrentUser> peer =
                seated(challengeId, DemoContext.PEER).or(() -> seated(challengeId, DemoContext.MANAGER));
        peer.ifPresent(p -> showPeersWork(p, challengeId));
    }

    private Optional<CurrentUser> seated(long challengeId, String email) {
        try {
            CurrentUser user = ((AuthenticatedUser) users.loadUserByUsername(email)).currentUser();
            board.view(user, challengeId);
            return Optional.of(user);
        } catch (UsernameNotFoundException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private void showPeersWork(CurrentUser peer, long challengeId) {
        Board.BoardView v = board.view(peer, challengeId);
        if (!v.canChange()) {
            return;
        }
        Optional<Board.SectionView> busiest = v.sections().stream()
                .filter(s -> s.themes().size() >= 2)
                .max(Comparator.comparingInt(s -> s.themes().size()));
        if (busiest.isEmpty()) {
            return;
        }
        Map<Long, float[]> all = vectors.vectors(challengeId);
        Board.ThemeCard largest = busiest.get().themes().getFirst();
        float[] centre = mean(largest.noteIds(), all);
        Board.ThemeCard closest = busiest.get().themes().stream()
                .filter(t -> t.id() != largest.id())
                .max(Comparator.comparingDouble(t -> Grouping.dot(centre, mean(t.noteIds(), all))))
                .orElseThrow();
        board.merge(peer, challengeId, closest.id(), closest.version(), largest.id());
        Board.ThemeCard merged =
                board.view(peer, challengeId).theme(largest.id()).orElseThrow();
        board.rename(peer, challengeId, merged.id(), merged.version(), demoName(merged.name()));
        board.view(peer, challengeId).sections().stream()
                .filter(s -> !s.key().equals(busiest.get().key()) && !s.themes().isEmpty())
                .findFirst()
                .map(s -> s.themes().getFirst())
                .ifPresent(t -> board.rename(peer, challengeId, t.id(), t.version(), demoName(t.name())));
        log.info("Demo board: grouped the notes of challenge {} and showed a peer's merge and renames", challengeId);
    }

    /** A peer's name for a theme: its first words, without the ellipsis, as a statement. */
    static String demoName(String autoName) {
        String words = autoName.replace("…", "").strip();
        return "Agreed theme: " + words;
    }

    private static float[] mean(List<Long> noteIds, Map<Long, float[]> all) {
        List<Grouping.Item> items = noteIds.stream()
                .filter(all::containsKey)
                .map(id -> new Grouping.Item(id, all.get(id)))
                .toList();
        return items.isEmpty() ? new float[384] : Grouping.mean(items);
    }
}
